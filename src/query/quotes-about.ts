import type { OperationId } from '../data/generated/ids.js'
import type { ShippedQuote } from '../data/shipped-records.js'
import type { Quote } from '../schemas/quote.js'
import { defaultDataset } from './default-dataset.js'
import type { IndexedDataset } from './types.js'
import { postingsRecords } from './_engine/index/postings.js'
import { resolveId } from './_engine/resolve-ids.js'
import { indexOf } from './_engine/index/dataset-index.js'

/**
 * The same, on a dataset passed explicitly (from `createDataset`): ids may then be any string.
 * @param operation - any operation id
 * @param dataset - the indexed dataset to query
 * @returns the quotes
 */
export function quotesAbout(operation: string, dataset: IndexedDataset): Quote[]
/**
 * The quotes about an operation (those whose `about.operations` names it), in dataset order.
 * An unknown id gives `[]`; retired ids are followed.
 *
 * @param operation - the operation id
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the quotes, the record objects themselves
 *
 * @example
 * ```ts
 * import { quotesAbout } from 'syria-counter-isis'
 * quotesAbout('2025-10-muadamiyat-al-qalamoun-cell-dismantling').map((q) => q.id)
 * //=> ['interior-ministry-cell-dismantled-announcement', 'interior-ministry-operation-results', 'interior-ministry-proactive-approach']
 * ```
 */
export function quotesAbout(operation: OperationId, dataset?: IndexedDataset): ShippedQuote[]
export function quotesAbout(operation: string, dataset: IndexedDataset = defaultDataset()): Quote[] {
  const index = indexOf(dataset)
  return postingsRecords(index.aboutOperationQuotes, index.operationById.get(resolveId(index, operation)), dataset.dataset.quotes)
}
