import type { QuoteChannel, QuoteMode } from '../schemas/vocabularies.js'
import type { DateInput, DateMode } from './_engine/plan/day-range.js'

/** What a quote must be about, for {@link QuoteCriteria}: each key given must match (any-of within a key). */
export interface QuoteAboutCriteria<A extends string = string, L extends string = string, O extends string = string> {
  /** Quotes whose `about.operations` names one of these. */
  readonly operations?: readonly O[]
  /** Quotes whose `about.actors` names one of these. */
  readonly actors?: readonly A[]
  /** Quotes whose `about.locations` names one of these or a place inside one (parent hierarchy). */
  readonly locations?: readonly L[]
  /** Quotes with one of these topics. */
  readonly topics?: readonly string[]
}

/**
 * Criteria for {@link filterQuotes}. Keys combine with AND, arrays mean any-of, an empty array
 * is the same as leaving the key out; unknown ids match nothing and retired ids are followed.
 * Undated quotes never match a date criterion (`from` or `to`).
 */
export interface QuoteCriteria<A extends string = string, L extends string = string, O extends string = string> {
  /** Earliest day (EDTF or Date; default: no bound). */
  readonly from?: DateInput
  /** Latest day (EDTF or Date; default: no bound). */
  readonly to?: DateInput
  /** `'overlaps'` (default) or `'within'`, as for operations. */
  readonly dateMode?: DateMode
  /** Quotes spoken by one of these actors. */
  readonly speakers?: readonly A[]
  /** What the quote is about. */
  readonly about?: QuoteAboutCriteria<A, L, O>
  /** Direct or indirect speech. */
  readonly modes?: readonly QuoteMode[]
  /** Where it was said. */
  readonly channels?: readonly QuoteChannel[]
  /** Keep quotes whose date is uncertain (`?` or `%`). Default `true`. */
  readonly includeUncertainDates?: boolean
  /** Keep quotes whose date is approximate (`~` or `%`). Default `true`. */
  readonly includeApproximateDates?: boolean
}
