import type { EdtfPrecision } from '../dates/edtf.js'
import type { CorroborationGrade } from './corroboration.js'
import type { LocalizedText } from '../schemas/localized-text.js'
import type { Dataset } from '../schemas/dataset.js'
import type { Operation } from '../schemas/operation.js'
import type { Quote } from '../schemas/quote.js'

/** The unit a timeline is grouped by. */
export type TimelineGrouping = 'day' | 'month' | 'year'

/** What a timeline entry is. */
export type TimelineEntryKind = 'operation' | 'quote'

/** The fields every timeline entry has, whatever its kind. */
interface TimelineEntryFields {
  /** The record id. */
  readonly id: string
  /** The record's EDTF date, as recorded (`2025-07`, `2025-10-18?`, `2025-10-18/2025-10-24`). */
  readonly date: string
  /** First day the date covers, `YYYY-MM-DD` (`0000-01-01` for an open start). */
  readonly start: string
  /** Last day the date covers, `YYYY-MM-DD` (`9999-12-31` for an open end). */
  readonly end: string
  /** How finely the date is known: a day, month or year, or an interval. */
  readonly precision: EdtfPrecision | 'interval'
  /** One-line label: an operation's title, or a quote's speaker and its words shortened. */
  readonly label: LocalizedText
}

/**
 * A timeline entry for an operation record, with the record itself. Developments (joining the
 * coalition, a handover, a tally) are operation records too: their entries have this `kind`, and
 * `operationCategory(entry.record)` from `syria-counter-isis/schemas` tells them apart.
 */
export interface OperationTimelineEntry<O extends Operation = Operation> extends TimelineEntryFields {
  /** Always `'operation'`: test it to narrow a {@link TimelineEntry}. */
  readonly kind: 'operation'
  /** The operation's corroboration grade, as `corroborate` derives it. */
  readonly grade: CorroborationGrade
  /** The operation record itself (not a copy). */
  readonly record: O
}

/** A timeline entry for a dated quote, with the quote itself. */
export interface QuoteTimelineEntry<Q extends Quote = Quote> extends TimelineEntryFields {
  /** Always `'quote'`: test it to narrow a {@link TimelineEntry}. */
  readonly kind: 'quote'
  /** The quote record itself (not a copy). */
  readonly record: Q
}

/**
 * One dated record in a timeline: a union discriminated by `kind`, so testing
 * `entry.kind === 'operation'` types `entry.record` as the operation. On the shipped dataset the
 * records carry the shipped literal ids.
 */
export type TimelineEntry<O extends Operation = Operation, Q extends Quote = Quote> = OperationTimelineEntry<O> | QuoteTimelineEntry<Q>

/** One group of a timeline: a day, month or year, or a coarser span for entries that cross units. */
export interface TimelineGroup<O extends Operation = Operation, Q extends Quote = Quote> {
  /** EDTF of the group: `2025-07`, or a coarser `2025` or `2025-07/2025-08` for entries spanning several units. */
  readonly key: string
  /** First day of the group, `YYYY-MM-DD`. */
  readonly start: string
  /** Last day of the group, `YYYY-MM-DD`. */
  readonly end: string
  /** The entries, in timeline order. */
  readonly entries: readonly TimelineEntry<O, Q>[]
}

/** A timeline: its groups in order. */
export type Timeline<O extends Operation = Operation, Q extends Quote = Quote> = readonly TimelineGroup<O, Q>[]

/**
 * A dataset with its indexes, as {@link createDataset} returns it. Pass it as the last argument
 * of any query helper to query it instead of the shipped data. `dataset` holds the validated,
 * deeply frozen records; the indexes are private to the query helpers, so no caller can change
 * what another one sees. Only objects from `createDataset` or `defaultDataset` are accepted.
 */
export interface IndexedDataset {
  /** The validated records the indexes point into. */
  readonly dataset: Dataset
}
