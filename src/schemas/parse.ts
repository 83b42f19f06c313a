import type * as z from 'zod/mini'
import { RECORD_SCHEMAS } from './dataset.js'
import type { DeepReadonly } from './deep-readonly.js'
import { DatasetValidationError, issuesFromZod } from './validation-error.js'
import { type RecordKind } from './record-kinds.js'
import type { Actor } from './actor.js'
import type { Correction } from './correction.js'
import type { Location } from './location.js'
import type { Operation } from './operation.js'
import type { Quote } from './quote.js'
import type { Source } from './source.js'

/** The result of a `safeParse*` helper: the typed record, or the error `parse*` would throw. */
export type SafeParseResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: DatasetValidationError }

/** The typed, deeply readonly record a parser returns for a kind. */
export type RecordOf<K extends RecordKind> = DeepReadonly<z.output<(typeof RECORD_SCHEMAS)[K]>>

/**
 * Validates one record of the given kind; never throws. The kind-specific helpers
 * (`safeParseActor`, ...) are shorthands for it.
 *
 * @example
 * ```ts
 * import { safeParseRecord } from 'syria-counter-isis/schemas'
 * safeParseRecord('redirect', { id: 'old-id', to: 'new-id', date: '2026-01-15', reason: 'Renamed.' }).success //=> true
 * ```
 */
export function safeParseRecord<K extends RecordKind>(kind: K, input: unknown): SafeParseResult<RecordOf<K>> {
  const result = RECORD_SCHEMAS[kind].safeParse(input)
  if (result.success) return { success: true, data: result.data as RecordOf<K> }
  const id = typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string' ? ` "${(input as { id: string }).id}"` : ''
  return { success: false, error: new DatasetValidationError(`Invalid ${kind}${id}`, issuesFromZod(result.error.issues, kind, undefined, input)) }
}

/**
 * Validates one record of the given kind and returns it typed; throws a
 * {@link DatasetValidationError} naming each problem's field.
 *
 * @example
 * ```ts
 * import { parseRecord } from 'syria-counter-isis/schemas'
 * parseRecord('redirect', { id: 'old-id', to: 'new-id', date: '2026-01-15', reason: 'Renamed.' }).to //=> 'new-id'
 * ```
 */
export function parseRecord<K extends RecordKind>(kind: K, input: unknown): RecordOf<K> {
  const result = safeParseRecord(kind, input)
  if (!result.success) throw result.error
  return result.data
}

/**
 * Validates one source record and returns it typed, with defaults filled in. Checks the record
 * alone; cross-record rules (ids resolve, spans match the source) need `parseDataset`.
 *
 * @throws DatasetValidationError listing every problem with its field path
 *
 * @example
 * ```ts
 * import { parseSource } from 'syria-counter-isis/schemas'
 * import { sources } from 'syria-counter-isis/data'
 * parseSource(sources[0]).id === sources[0]?.id //=> true
 * ```
 */
export function parseSource(input: unknown): Source {
  return parseRecord('source', input)
}

/**
 * Like {@link parseSource}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseSource } from 'syria-counter-isis/schemas'
 * safeParseSource({}).success //=> false
 * ```
 */
export function safeParseSource(input: unknown): SafeParseResult<Source> {
  return safeParseRecord('source', input)
}

/**
 * Validates one actor record and returns it typed, with defaults filled in. Checks the record
 * alone; cross-record rules (ids resolve, spans match the source) need `parseDataset`.
 *
 * @throws DatasetValidationError listing every problem with its field path
 *
 * @example
 * ```ts
 * import { parseActor } from 'syria-counter-isis/schemas'
 * import { actors } from 'syria-counter-isis/data'
 * parseActor(actors[0]).id === actors[0]?.id //=> true
 * ```
 */
export function parseActor(input: unknown): Actor {
  return parseRecord('actor', input)
}

/**
 * Like {@link parseActor}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseActor } from 'syria-counter-isis/schemas'
 * safeParseActor({}).success //=> false
 * ```
 */
export function safeParseActor(input: unknown): SafeParseResult<Actor> {
  return safeParseRecord('actor', input)
}

/**
 * Validates one location record and returns it typed, with defaults filled in. Checks the record
 * alone; cross-record rules (ids resolve, spans match the source) need `parseDataset`.
 *
 * @throws DatasetValidationError listing every problem with its field path
 *
 * @example
 * ```ts
 * import { parseLocation } from 'syria-counter-isis/schemas'
 * import { locations } from 'syria-counter-isis/data'
 * parseLocation(locations[0]).id === locations[0]?.id //=> true
 * ```
 */
export function parseLocation(input: unknown): Location {
  return parseRecord('location', input)
}

/**
 * Like {@link parseLocation}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseLocation } from 'syria-counter-isis/schemas'
 * safeParseLocation({}).success //=> false
 * ```
 */
export function safeParseLocation(input: unknown): SafeParseResult<Location> {
  return safeParseRecord('location', input)
}

/**
 * Validates one operation record and returns it typed, with defaults filled in. Checks the record
 * alone; cross-record rules (ids resolve, spans match the source) need `parseDataset`.
 *
 * @throws DatasetValidationError listing every problem with its field path
 *
 * @example
 * ```ts
 * import { parseOperation } from 'syria-counter-isis/schemas'
 * import { operations } from 'syria-counter-isis/data'
 * parseOperation(operations[0]).id === operations[0]?.id //=> true
 * ```
 */
export function parseOperation(input: unknown): Operation {
  return parseRecord('operation', input)
}

/**
 * Like {@link parseOperation}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseOperation } from 'syria-counter-isis/schemas'
 * safeParseOperation({}).success //=> false
 * ```
 */
export function safeParseOperation(input: unknown): SafeParseResult<Operation> {
  return safeParseRecord('operation', input)
}

/**
 * Validates one quote record and returns it typed, with defaults filled in. Checks the record
 * alone; cross-record rules (ids resolve, spans match the source) need `parseDataset`.
 *
 * @throws DatasetValidationError listing every problem with its field path
 *
 * @example
 * ```ts
 * import { parseQuote } from 'syria-counter-isis/schemas'
 * import { quotes } from 'syria-counter-isis/data'
 * parseQuote(quotes[0]).id === quotes[0]?.id //=> true
 * ```
 */
export function parseQuote(input: unknown): Quote {
  return parseRecord('quote', input)
}

/**
 * Like {@link parseQuote}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseQuote } from 'syria-counter-isis/schemas'
 * safeParseQuote({}).success //=> false
 * ```
 */
export function safeParseQuote(input: unknown): SafeParseResult<Quote> {
  return safeParseRecord('quote', input)
}

/**
 * Validates one correction record and returns it typed, with defaults filled in. Checks the record
 * alone; cross-record rules (ids resolve, spans match the source) need `parseDataset`.
 *
 * @throws DatasetValidationError listing every problem with its field path
 *
 * @example
 * ```ts
 * import { parseCorrection } from 'syria-counter-isis/schemas'
 * const correction = parseCorrection({
 *   id: 'fix-atmeh-name', date: '2025-11-01', version: '0.1.1', affects: ['atmeh'],
 *   change: 'English name Atmah → Atmeh.', reason: 'Transliteration error.',
 *   evidence: [{ type: 'reference', source: 'wikipedia-en-atme', quote: 'Atme' }],
 * })
 * correction.evidence.length //=> 1
 * ```
 */
export function parseCorrection(input: unknown): Correction {
  return parseRecord('correction', input)
}

/**
 * Like {@link parseCorrection}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseCorrection } from 'syria-counter-isis/schemas'
 * safeParseCorrection({}).success //=> false
 * ```
 */
export function safeParseCorrection(input: unknown): SafeParseResult<Correction> {
  return safeParseRecord('correction', input)
}
