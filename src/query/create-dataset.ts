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
 * filterOperations({ types: ['airborne-landing'] }, mine).length //=> 2
 * getOperation('2025-08-atmeh-airborne-landing', mine)       //=> { id: '2025-08-atmeh-airborne-landing', title: { en: 'Coalition airborne landing in Atmeh', ar: 'عملية إنزال جوي في بلدة أطمة بريف إدلب الشمالي' }, date: '2025-08', dateBasis: 'relative-to-publication', dateExpression: 'في أغسطس/آب الماضي', location: 'atmeh', types: ['airborne-landing'], participants: [{ actor: 'global-coalition', role: 'lead', assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'span', source: 'alaraby-2025-10-24', start: 2912, end: 2959, utf16: { start: 2912, end: 2959 }, sha256: 'aef5321a00b4e5c6b6133996c3b12078ba7baa9d9332eee5cd78a09dc5a8c1d5' }] }], outcomes: [{ kind: 'killed', actors: ['atmeh-isis-leader'], count: { min: 1, max: 1 }, circumstances: { en: 'while trying to flee', ar: 'أثناء محاولته الهرب' }, assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'span', source: 'alaraby-2025-10-24', start: 2979, end: 3037, utf16: { start: 2979, end: 3037 }, sha256: '3046d5f0b102807d77ea87916d6d9a9fb5695dc147617684cf1cec9a240b7460' }] }], relations: [], readings: [], notes: [], assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'span', source: 'alaraby-2025-10-24', start: 2891, end: 2977, utf16: { start: 2891, end: 2977 }, sha256: 'a5afdb7a085c7f4f0e1b08b4e8124187ebd91bd453be9cc073a1267a91bc4d27' }] }
 * ```
 */
export function createDataset(records: unknown, options: CreateDatasetOptions = {}): IndexedDataset {
  return indexDataset(deepFreeze(parseDataset(records, options)))
}
