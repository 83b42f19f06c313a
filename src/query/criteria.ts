import type { Certainty, OperationType, ParticipantRole } from '../schemas/vocabularies.js'
import type { DateInput, DateMode } from './_engine/plan/day-range.js'

/**
 * Criteria for {@link filterOperations}. Every key is optional and narrows the result; keys
 * combine with AND, array values mean any-of, and an empty array is the same as leaving the key
 * out. Ids may be retired ids (redirects are followed); ids the dataset does not know match
 * nothing. `A` and `L` are the id types (the literal unions for the shipped data).
 */
export interface OperationCriteria<A extends string = string, L extends string = string> {
  /** Earliest day (EDTF or Date; default: no bound). `'2025-08'` means from August 1. */
  readonly from?: DateInput
  /** Latest day (EDTF or Date; default: no bound). `'2025-10'` means through October 31. */
  readonly to?: DateInput
  /** `'overlaps'` (default): the operation's interval shares a day with `[from, to]`; `'within'`: it lies entirely inside. */
  readonly dateMode?: DateMode
  /** Keep operations in which one of these actors takes part (any role, or only `role`) or is named in an outcome (only when `role` is not given). */
  readonly actors?: readonly A[]
  /** With `actors`: only participants in this role (or any of these roles). Default: any role, plus actors named in outcomes. */
  readonly role?: ParticipantRole | readonly ParticipantRole[]
  /** Keep operations whose `location` is one of these or lies inside one of them through the parent hierarchy. `launchedFrom` and outcome locations are not matched. */
  readonly locations?: readonly L[]
  /** Keep operations with at least one of these types. */
  readonly types?: readonly OperationType[]
  /** Keep operations whose record-level certainty is one of these. */
  readonly certainty?: readonly Certainty[]
  /**
   * Keep operations with at least this many fatalities: the sum of `count.min` of the `killed`
   * and `died-of-wounds` outcomes. An operation with no such outcome counts 0 here, but in the
   * data "not mentioned" is not "zero": the source may simply not say.
   */
  readonly minKilled?: number
  /** Keep operations with at least this many detained: the sum of `count.min` of `detained` outcomes (no outcome counts 0, as for `minKilled`). */
  readonly minDetained?: number
  /** Keep operations whose date is uncertain (`?` or `%`). Default `true`. */
  readonly includeUncertainDates?: boolean
  /** Keep operations whose date is approximate (`~` or `%`). Default `true`. */
  readonly includeApproximateDates?: boolean
}
