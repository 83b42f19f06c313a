import type { ActorId, LocationId, OperationId } from '../data/generated/ids.js'
import type { ShippedQuote } from '../data/shipped-records.js'
import type { Quote } from '../schemas/quote.js'
import { defaultDataset } from './default-dataset.js'
import type { IndexedDataset } from './types.js'
import { runPlan } from './_engine/plan/run-plan.js'
import { planQuotes } from './_engine/plan/plan-quotes.js'
import type { QuoteCriteria } from './criteria.js'
import { indexOf } from './_engine/index/dataset-index.js'

/**
 * The same, on a dataset passed explicitly (from `createDataset`): ids may then be any string.
 * @param criteria - what to keep; ids may be any string when a dataset is passed
 * @param dataset - the indexed dataset to query
 * @returns the matching quotes
 */
export function filterQuotes(criteria: QuoteCriteria, dataset: IndexedDataset): Quote[]
/**
 * The quotes that match every given criterion (see {@link QuoteCriteria}): date range (undated
 * quotes never match one), speakers, what the quote is about (operations, actors, locations
 * through the parent hierarchy, topics), mode and channel. Results are the record objects
 * themselves, in the dataset's order (sorted by id for the shipped data).
 *
 * @param criteria - what to keep; `{}` keeps every quote
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the matching quotes
 * @throws TypeError naming the key at fault: an unknown key (with a did-you-mean), a string or
 *   Set where an array is expected, a flag that is not a boolean
 * @throws RangeError naming the offending value: an invalid EDTF string or Date, `from` after
 *   `to`, an unknown `dateMode`, mode or channel
 *
 * @example
 * ```ts
 * import { filterQuotes } from 'syria-counter-isis'
 * filterQuotes({ from: '2025-10' }).map((q) => q.id)
 * //=> ['centcom-harm-our-warfighters', 'coalition-riyadh-national-leadership', 'fadi-al-qassem-camp-closed-today', 'interior-ministry-cell-dismantled-announcement', 'interior-ministry-operation-results', 'interior-ministry-proactive-approach', 'nour-al-din-al-baba-attacker-no-leadership-rank', 'sean-parnell-key-leader-engagement', 'tom-barrack-sdf-role-largely-expired', 'tom-barrack-syria-back-on-our-side', 'us-embassy-damascus-syria-90th-partner']
 * filterQuotes({ about: { topics: ['sanctions'] } }).map((q) => q.speaker) //=> ['white-house']
 * filterQuotes({ speakers: ['firas-allawi'], about: { locations: ['syria'] } }).length //=> 3
 * ```
 */
export function filterQuotes(criteria: QuoteCriteria<ActorId, LocationId, OperationId>, dataset?: IndexedDataset): ShippedQuote[]
export function filterQuotes(criteria: QuoteCriteria, dataset: IndexedDataset = defaultDataset()): Quote[] {
  const quotes = dataset.dataset.quotes
  const found = runPlan(planQuotes(criteria, dataset), indexOf(dataset).quoteDates, quotes.length)
  const out = new Array<Quote>(found.length)
  for (let k = 0; k < found.length; k++) out[k] = quotes[found[k]!]!
  return out
}
