import type { QuoteId } from '../data/generated/ids.js'
import type { ShippedQuote } from '../data/shipped-records.js'
import type { Quote } from '../schemas/quote.js'
import { defaultDataset } from './default-dataset.js'
import type { IndexedDataset } from './types.js'
import { resolveId } from './_engine/resolve-ids.js'
import { indexOf } from './_engine/index/dataset-index.js'

/**
 * The same, on a dataset passed explicitly (from `createDataset`): ids may then be any string.
 * @param id - any id string
 * @param dataset - the indexed dataset to look in
 * @returns the record, or `undefined`
 */
export function getQuote(id: string, dataset: IndexedDataset): Quote | undefined
/**
 * The quote with this id, in O(1), following redirects of retired ids (chains included).
 * Returns `undefined` when no quote has the id (never throws). For the shipped dataset the
 * id must be a `QuoteId`, so a typo fails to compile; with a dataset, any string is accepted
 * (for an untyped string and the shipped data, pass `defaultDataset()`).
 *
 * @param id - the quote id, or a retired id that redirects to one
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the record itself (not a copy), or `undefined`
 *
 * @example
 * ```ts
 * import { getQuote, defaultDataset } from 'syria-counter-isis'
 * getQuote('tom-barrack-syria-back-on-our-side')?.speaker //=> 'tom-barrack'
 * getQuote('no-such-id', defaultDataset()) //=> undefined
 * ```
 */
export function getQuote(id: QuoteId, dataset?: IndexedDataset): ShippedQuote | undefined
export function getQuote(id: string, dataset: IndexedDataset = defaultDataset()): Quote | undefined {
  const i = indexOf(dataset).quoteById.get(resolveId(indexOf(dataset), id))
  return i === undefined ? undefined : dataset.dataset.quotes[i]
}
