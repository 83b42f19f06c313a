import type { Dataset } from '../../../schemas/dataset.js'
import type { IndexedDataset } from '../../types.js'
import type { IdIndex } from './ids.js'

/**
 * Postings in compressed sparse row form: the records of key `k` are
 * `records[offsets[k]] .. records[offsets[k + 1] - 1]`, ascending, each with its `bits`.
 * One flat typed array per relation keeps a million-record index compact and GC-friendly.
 *
 * @internal
 */
export interface Postings {
  readonly offsets: Uint32Array
  readonly records: Uint32Array
  /** Role bits and OUTCOME_BIT: 16 bits, so up to 15 participant roles. */
  readonly bits: Uint16Array
}

/**
 * Dates of one record kind as integer day numbers (days since 1970-01-01), plus the dated
 * records presorted in timeline order.
 *
 * @internal
 */
export interface DateIndex {
  /** First day covered, per record (dataset order); 0 for undated records. */
  readonly start: Int32Array
  /** Last day covered, per record. */
  readonly end: Int32Array
  /** Per record: DATED | UNCERTAIN | APPROXIMATE bits, and the precision code in bits 4-5. */
  readonly flags: Uint8Array
  /** Dated record indices by start ascending, end descending, id ascending. */
  readonly order: Uint32Array
  /** `start[order[p]]`, for binary search. */
  readonly orderStart: Int32Array
  /** `position[i]` is the position of record `i` in `order` (undefined for undated records). */
  readonly position: Uint32Array
  /** Positions (ascending) of records spanning more than LONG_SPAN days or open-ended. */
  readonly long: Uint32Array
  /** Longest span (end - start) among the other records. */
  readonly maxShortSpan: number
}

/**
 * Folded names of actors or locations for search.
 *
 * @internal
 */
export interface NameIndex {
  /** Folded name or alias. */
  readonly names: readonly string[]
  /** Record index of each name. */
  readonly owners: Uint32Array
}

/**
 * The indexes `createDataset` builds once. Their layout is an implementation detail and may
 * change in any release: use the query helpers.
 *
 * @internal
 */
export interface DatasetIndex extends IdIndex {
  /** Location parent index, -1 for roots. */
  readonly locationParent: Int32Array
  /** Location index -> quotes whose `about.locations` name it. */
  readonly aboutLocationQuotes: Postings
  /** Euler-tour entry time of each location: a subtree is the tin range [tin, tout). */
  readonly locationTin: Int32Array
  readonly locationTout: Int32Array
  /** Location indices ordered by tin. */
  readonly locationsByTin: Uint32Array
  readonly operationDates: DateIndex
  /** Location index of each operation. */
  readonly operationLocation: Uint32Array
  /** Operation indices ordered by the tin of their location, then by index. */
  readonly operationsByTin: Uint32Array
  /** `locationTin[operationLocation[operationsByTin[p]]]`, for binary search. */
  readonly operationsByTinKey: Int32Array
  /** Actor index -> operations, bits = participant roles and OUTCOME_BIT. */
  readonly actorOperations: Postings
  /** Bit per operation type. */
  readonly operationTypes: Uint32Array
  /** Certainty code per operation. */
  readonly operationCertainty: Uint8Array
  /** Fatalities (killed and died-of-wounds), each kind once across sources: the sum of each kind's smallest reading. */
  readonly operationKilled: Float64Array
  /** Detained, once across sources: the smallest reading's min. */
  readonly operationDetained: Float64Array
  /** Operation index -> operations whose `relations` point to it (bits unused). */
  readonly incomingRelations: Postings
  readonly quoteDates: DateIndex
  /** Actor index -> quotes spoken. */
  readonly speakerQuotes: Postings
  /** Actor index -> quotes about the actor. */
  readonly aboutActorQuotes: Postings
  /** Operation index -> quotes about the operation. */
  readonly aboutOperationQuotes: Postings
  readonly actorNames: NameIndex
  readonly locationNames: NameIndex
}

// The indexes are kept out of the caller's reach: a typed array cannot be frozen and a Map's
// `set` ignores Object.freeze, so handing them out would let one caller rewire every query of
// the process (`defaultDataset().index.redirects.set(...)`). The public object carries only
// the frozen records; its indexes are found here by identity.
const INDEXES = new WeakMap<IndexedDataset, DatasetIndex>()

/**
 * Seals a dataset and its indexes together: the returned object is frozen and holds only the
 * dataset; {@link indexOf} finds its indexes.
 *
 * @internal
 * @param dataset - the validated, frozen records
 * @param index - their indexes
 * @returns the indexed dataset
 */
export function sealIndex(dataset: Dataset, index: DatasetIndex): IndexedDataset {
  const indexed: IndexedDataset = Object.freeze({ dataset })
  INDEXES.set(indexed, index)
  return indexed
}

/**
 * The indexes of a dataset from `createDataset` or `defaultDataset`.
 *
 * @internal
 * @param dataset - the indexed dataset a helper was given
 * @returns its indexes
 * @throws TypeError when the object did not come from `createDataset` or `defaultDataset`
 */
export function indexOf(dataset: IndexedDataset): DatasetIndex {
  const index = typeof dataset === 'object' && dataset !== null ? INDEXES.get(dataset) : undefined
  if (index === undefined) throw new TypeError('Expected an indexed dataset from createDataset() or defaultDataset() as the last argument (a copy or a plain { dataset } object has no indexes)')
  return index
}
