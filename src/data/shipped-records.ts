import type { Actor } from '../schemas/actor.js'
import type { Correction, Redirect } from '../schemas/correction.js'
import type { Location } from '../schemas/location.js'
import type { Operation } from '../schemas/operation.js'
import type { Quote } from '../schemas/quote.js'
import type { Source } from '../schemas/source.js'
import type { ActorId, CorrectionId, LocationId, OperationId, QuoteId, SourceId } from './generated/ids.js'

/** Any id of the shipped dataset, of whatever kind (what a correction or redirect may name). */
export type ShippedId = SourceId | ActorId | LocationId | OperationId | QuoteId | CorrectionId

/**
 * The reference fields of the records, by name, and the shipped id type each holds. The same name
 * means the same kind of id at every depth of every record (see `referencesOf`), so this one
 * table retypes them all.
 */
export interface ShippedIdFields {
  /** An affiliation's organisation, a relative, a participant. */
  readonly actor: ActorId
  /** The people or groups an outcome happened to; the actors a quote is about. */
  readonly actors: ActorId
  /** Who said a quote. */
  readonly speaker: ActorId
  /** The outlet a quote was said to or through. */
  readonly medium: ActorId
  /** A source's publisher. */
  readonly publisher: ActorId
  /** Who asserts a claim: `reporter`, `editors` or an actor. */
  readonly assertedBy: ActorId | 'reporter' | 'editors'
  /** The wire services or outlets a report republishes. */
  readonly carries: ActorId
  /** Where an operation or outcome happened; a place's parent or related place. */
  readonly location: LocationId
  /** The places a quote is about. */
  readonly locations: LocationId
  /** Where an operation was launched from. */
  readonly launchedFrom: LocationId
  /** A related operation. */
  readonly operation: OperationId
  /** A quote an operation is related to (an announcement). */
  readonly quote: QuoteId
  /** The operations a quote is about. */
  readonly operations: OperationId
  /** The source an evidence span is in. */
  readonly source: SourceId
  /** The records a correction changes. */
  readonly affects: ShippedId
  /** The id a retired id redirects to. */
  readonly to: ShippedId
}

/**
 * `T` (a record type, or any part of one) with every reference field of {@link ShippedIdFields}
 * typed as the shipped id it holds, at any depth, and the fields of `Own` (the record's own `id`)
 * typed as given. Only plain `string` fields are retyped: a literal such as a translation's
 * `to: 'en'` is left alone, and so is the `quote` of an evidence (its words, not a quote id).
 */
export type WithShippedIds<T, Own = unknown> = T extends readonly (infer U)[]
  ? readonly WithShippedIds<U>[]
  : T extends object
    ? {
        readonly [K in keyof T]: K extends keyof Own
          ? Own[K]
          : // An evidence's `quote` (it has a `type`) is words as printed, not a quote id.
            K extends 'quote'
            ? T extends { readonly type: string }
              ? T[K]
              : string extends T[K]
                ? ShippedIdFields[K]
                : T[K]
            : K extends keyof ShippedIdFields
            ? string extends T[K]
              ? ShippedIdFields[K]
              : T[K] extends readonly (infer E)[]
                ? string extends E
                  ? readonly ShippedIdFields[K][]
                  : WithShippedIds<T[K]>
                : WithShippedIds<T[K]>
            : WithShippedIds<T[K]>
      }
    : T

/**
 * A shipped source: a {@link Source} whose id and references are the shipped literal ids, so
 * they can be passed straight to the lookups. A source a user loads stays a plain `Source`.
 */
export type ShippedSource = WithShippedIds<Source, { id: SourceId }>
/** A shipped actor: an {@link Actor} typed with the shipped literal ids (see {@link ShippedSource}). */
export type ShippedActor = WithShippedIds<Actor, { id: ActorId }>
/** A shipped location: a {@link Location} typed with the shipped literal ids (see {@link ShippedSource}). */
export type ShippedLocation = WithShippedIds<Location, { id: LocationId }>
/** A shipped operation: an {@link Operation} typed with the shipped literal ids (see {@link ShippedSource}). */
export type ShippedOperation = WithShippedIds<Operation, { id: OperationId }>
/** A shipped quote: a {@link Quote} typed with the shipped literal ids (see {@link ShippedSource}). */
export type ShippedQuote = WithShippedIds<Quote, { id: QuoteId }>
/** A shipped correction: a {@link Correction} typed with the shipped literal ids (see {@link ShippedSource}). */
export type ShippedCorrection = WithShippedIds<Correction, { id: CorrectionId }>
/** A shipped redirect: a {@link Redirect} from a retired id to a shipped one (see {@link ShippedSource}). */
export type ShippedRedirect = WithShippedIds<Redirect, { id: ShippedId }>

/** The shipped dataset's shape: a `Dataset` whose records carry the shipped literal ids. */
export interface ShippedDataset {
  readonly sources: readonly ShippedSource[]
  readonly actors: readonly ShippedActor[]
  readonly locations: readonly ShippedLocation[]
  readonly operations: readonly ShippedOperation[]
  readonly quotes: readonly ShippedQuote[]
  readonly corrections: readonly ShippedCorrection[]
  readonly redirects: readonly ShippedRedirect[]
}
