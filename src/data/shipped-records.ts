import type { Actor } from '../schemas/actor.js'
import type { Correction, Redirect } from '../schemas/correction.js'
import type { Location } from '../schemas/location.js'
import type { Operation } from '../schemas/operation.js'
import type { Quote } from '../schemas/quote.js'
import type { Source } from '../schemas/source.js'
import type { ActorId, CorrectionId, LocationId, OperationId, QuoteId, SourceId } from './generated/ids.js'

/** Any id of the shipped dataset, of whatever kind (what a correction or redirect may name). */
export type ShippedId = SourceId | ActorId | LocationId | OperationId | QuoteId | CorrectionId

// The reference fields, by name: the same names mean the same kind of id at every depth of every
// record (see `referencesOf`), so one table retypes them all.
interface IdOfField {
  readonly actor: ActorId
  readonly actors: ActorId
  readonly speaker: ActorId
  readonly medium: ActorId
  readonly publisher: ActorId
  readonly assertedBy: ActorId | 'reporter'
  readonly location: LocationId
  readonly locations: LocationId
  readonly launchedFrom: LocationId
  readonly operation: OperationId
  readonly operations: OperationId
  readonly source: SourceId
}

type Field<T, K> = K extends keyof IdOfField
  ? T extends string
    ? IdOfField[K]
    : T extends readonly string[]
      ? readonly IdOfField[K][]
      : WithShippedIds<T>
  : WithShippedIds<T>

type WithShippedIds<T> = T extends readonly (infer U)[]
  ? readonly WithShippedIds<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Field<T[K], K> }
    : T

type Shipped<T, Own extends Partial<Record<keyof T, unknown>>> = {
  readonly [K in keyof T]: K extends keyof Own ? Own[K] : Field<T[K], K>
}

/**
 * A shipped source: a {@link Source} whose id and references are the shipped literal ids, so
 * they can be passed straight to the lookups. A source a user loads stays a plain `Source`.
 */
export type ShippedSource = Shipped<Source, { id: SourceId }>
/** A shipped actor: an {@link Actor} typed with the shipped literal ids (see {@link ShippedSource}). */
export type ShippedActor = Shipped<Actor, { id: ActorId }>
/** A shipped location: a {@link Location} typed with the shipped literal ids (see {@link ShippedSource}). */
export type ShippedLocation = Shipped<Location, { id: LocationId }>
/** A shipped operation: an {@link Operation} typed with the shipped literal ids (see {@link ShippedSource}). */
export type ShippedOperation = Shipped<Operation, { id: OperationId }>
/** A shipped quote: a {@link Quote} typed with the shipped literal ids (see {@link ShippedSource}). */
export type ShippedQuote = Shipped<Quote, { id: QuoteId }>
/** A shipped correction: a {@link Correction} typed with the shipped literal ids (see {@link ShippedSource}). */
export type ShippedCorrection = Shipped<Correction, { id: CorrectionId; affects: readonly ShippedId[] }>
/** A shipped redirect: a {@link Redirect} from a retired id to a shipped one (see {@link ShippedSource}). */
export type ShippedRedirect = Shipped<Redirect, { id: ShippedId; to: ShippedId }>

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
