import type { Certainty, OperationCategory, OperationType, ParticipantRole, QuoteChannel, QuoteMode } from '../schemas/vocabularies.js'
import type { CorroborationGrade } from './corroboration.js'
import type { TimelineGrouping } from './types.js'

/** A date criterion bound: an EDTF string (`2025-08`, `2025-10-18`) or a `Date`, taken as its local calendar day. An empty string is no bound. */
export type DateInput = string | Date

/**
 * How a record's date interval must relate to the `[from, to]` range: `overlaps` (share at
 * least one day) or `within` (every day of the record inside the range).
 */
export type DateMode = 'overlaps' | 'within'

/**
 * The date range every query shares: {@link OperationCriteria}, {@link QuoteCriteria} and
 * {@link TimelineOptions} extend it. A bound left out (or given as `''`) is no bound.
 */
export interface DateCriteria {
  /** Earliest day (EDTF or Date; default: no bound). `'2025-08'` means from August 1. */
  readonly from?: DateInput
  /** Latest day (EDTF or Date; default: no bound). `'2025-10'` means through October 31. */
  readonly to?: DateInput
  /** `'overlaps'` (default): the record's interval shares a day with `[from, to]`; `'within'`: it lies entirely inside. */
  readonly dateMode?: DateMode
}

/**
 * Criteria for {@link filterOperations}. Every key is optional and narrows the result; keys
 * combine with AND, array values mean any-of, and an empty array is the same as leaving the key
 * out. Ids may be retired ids (redirects are followed); ids the dataset does not know match
 * nothing. `A` and `L` are the id types (the literal unions for the shipped data). A key the
 * criteria do not have (a typo such as `actor`) is a `TypeError`, never silently ignored.
 */
export interface OperationCriteria<A extends string = string, L extends string = string> extends DateCriteria {
  /** Keep operations in which one of these actors takes part (any role, or only `role`) or is named in an outcome (only when `role` is not given). */
  readonly actors?: readonly A[]
  /** With `actors` (required with it): only participants in this role (or any of these roles). Default: any role, plus actors named in outcomes. */
  readonly role?: ParticipantRole | readonly ParticipantRole[]
  /** Keep operations whose `location` is one of these or lies inside one of them through the parent hierarchy. `launchedFrom` and outcome locations are not matched. */
  readonly locations?: readonly L[]
  /** Keep operations with at least one of these types. */
  readonly types?: readonly OperationType[]
  /**
   * Keep only records of this category: `'operation'` (raids, strikes, arrests, attacks) or
   * `'development'` (joining the coalition, a handover, a detainee transfer, a meeting, a
   * statement, a tally), as `operationCategory` reads it off the types. Default: both.
   */
  readonly category?: OperationCategory
  /** Keep operations whose record-level certainty is one of these. */
  readonly certainty?: readonly Certainty[]
  /** Keep operations whose corroboration grade (see `corroborate`) is one of these: `contested`, `acknowledged`, `corroborated`, `single-source`. */
  readonly grade?: readonly CorroborationGrade[]
  /**
   * Keep operations with at least this many fatalities: the smallest total of the `killed` and
   * `died-of-wounds` outcomes by the one count rule (see `reconciledCount`): per kind, each group
   * of people once (when several sources give its count, the smallest reading), the groups and
   * then the kinds added, so three soldiers and the attacker killed are 4. Figures (a tally's
   * killed) never count. An operation with no such outcome counts 0 here, but in the data "not
   * mentioned" is not "zero": the source may simply not say.
   */
  readonly minKilled?: number
  /** Keep operations with at least this many detained: the smallest total of `detained` outcomes, by the same rule as `minKilled` (no outcome counts 0). */
  readonly minDetained?: number
  /** Keep operations whose date is uncertain (`?` or `%`). Default `true`. */
  readonly includeUncertainDates?: boolean
  /** Keep operations whose date is approximate (`~` or `%`). Default `true`. */
  readonly includeApproximateDates?: boolean
}

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
 * Undated quotes never match a date criterion (`from` or `to`). An unknown key is a `TypeError`.
 */
export interface QuoteCriteria<A extends string = string, L extends string = string, O extends string = string> extends DateCriteria {
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

/** Options for {@link buildTimeline}. Every key is optional; `A`/`L` are the id types. An unknown key is a `TypeError`. */
export interface TimelineOptions<A extends string = string, L extends string = string> extends DateCriteria {
  /** Group by `'day'`, `'month'` (default) or `'year'`. */
  readonly groupBy?: TimelineGrouping
  /** Which records to include (default: both). */
  readonly include?: readonly ('operations' | 'quotes')[]
  /** Only operations involving one of these actors (any role, or named in an outcome) and quotes spoken by or about one of them. */
  readonly actors?: readonly A[]
  /** Only operations located in one of these places (or inside one) and quotes about one of them (or a place inside). */
  readonly locations?: readonly L[]
  /** Only operation records of this category (`'operation'` or `'development'`); quotes are kept unless `include` leaves them out. Default: both. */
  readonly category?: OperationCategory
}
