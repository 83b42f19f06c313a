import { deepFreeze } from '../data/deep-freeze.js'
import type { ParseDatasetOptions } from '../schemas/parse-dataset.js'
import { indexDataset } from './_engine/index/index-dataset.js'
import { parseDataset } from './_engine/parse-records.js'
import type { IndexedDataset } from './types.js'

/** Options for {@link createDataset}: those of `parseDataset`. */
export interface CreateDatasetOptions extends ParseDatasetOptions {}

/**
 * Validates a whole dataset with `parseDataset` and builds its indexes once, for the query
 * helpers (pass the result as their last argument). Use it for extended or corrected records,
 * or your own records in the same schema. The validated copy is deeply frozen, so its indexes
 * cannot go stale; the input itself is never modified. This is the only query helper that
 * loads Zod (in Node, on its first call, not when `./query` is imported).
 *
 * @param records - `{ sources, actors, locations, operations, quotes, corrections?, redirects? }`,
 *   e.g. parsed JSON
 * @param options - `sourceTexts`: source texts by source id, to check every evidence span
 *   against its text (default: spans are checked for internal consistency only)
 * @returns the indexed dataset
 * @throws DatasetValidationError listing every problem, each with its record id and field path
 *
 * @example
 * ```ts
 * import { createDataset, dataset, getOperation, filterOperations } from 'syria-counter-isis'
 * const mine = createDataset({ ...dataset, operations: dataset.operations.slice(0, 2), quotes: [] })
 * mine.dataset.operations.length                             //=> 2
 * filterOperations({ types: ['airborne-landing'] }, mine).length //=> 1
 * getOperation('2025-08-atmeh-airborne-landing', mine)       //=> undefined
 * ```
 */
export function createDataset(records: unknown, options: CreateDatasetOptions = {}): IndexedDataset {
  return indexDataset(deepFreeze(parseDataset(records, options)))
}
