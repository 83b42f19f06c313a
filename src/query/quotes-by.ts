import type { ActorId } from '../data/generated/ids.js'
import type { ShippedQuote } from '../data/shipped-records.js'
import type { Quote } from '../schemas/quote.js'
import { defaultDataset } from './default-dataset.js'
import type { IndexedDataset } from './types.js'
import { postingsRecords } from './_engine/index/postings.js'
import { resolveId } from './_engine/resolve-ids.js'
import { indexOf } from './_engine/index/dataset-index.js'

/**
 * The same, on a dataset passed explicitly (from `createDataset`): ids may then be any string.
 * @param actor - any actor id
 * @param dataset - the indexed dataset to query
 * @returns the quotes
 */
export function quotesBy(actor: string, dataset: IndexedDataset): Quote[]
/**
 * Everything an actor said: the quotes whose speaker is the actor, in dataset order (dated or
 * not). An unknown id gives `[]`; retired ids are followed.
 *
 * @param actor - the speaker's actor id
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the quotes, the record objects themselves
 *
 * @example
 * ```ts
 * import { quotesBy } from 'syria-counter-isis'
 * quotesBy('tom-barrack').map((q) => q.text.en) //=> ['has largely expired', 'Syria is back on our side.']
 * quotesBy('firas-allawi').length                //=> 3
 * ```
 */
export function quotesBy(actor: ActorId, dataset?: IndexedDataset): ShippedQuote[]
export function quotesBy(actor: string, dataset: IndexedDataset = defaultDataset()): Quote[] {
  const index = indexOf(dataset)
  return postingsRecords(index.speakerQuotes, index.actorById.get(resolveId(index, actor)), dataset.dataset.quotes)
}
