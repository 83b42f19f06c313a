import type { EdtfPrecision } from '../dates/edtf.js'
import type { LocalizedText } from '../schemas/localized-text.js'
import type { Dataset } from '../schemas/dataset.js'

/** The unit a timeline is grouped by. */
export type TimelineGrouping = 'day' | 'month' | 'year'

/** What a timeline entry is. */
export type TimelineEntryKind = 'operation' | 'quote'

/** One dated record in a timeline. */
export interface TimelineEntry {
  /** Operation or quote. */
  readonly kind: TimelineEntryKind
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

/** One group of a timeline: a day, month or year, or a coarser span for entries that cross units. */
export interface TimelineGroup {
  /** EDTF of the group: `2025-07`, or a coarser `2025` or `2025-07/2025-08` for entries spanning several units. */
  readonly key: string
  /** First day of the group, `YYYY-MM-DD`. */
  readonly start: string
  /** Last day of the group, `YYYY-MM-DD`. */
  readonly end: string
  /** The entries, in timeline order. */
  readonly entries: readonly TimelineEntry[]
}

/** A timeline: its groups in order. */
export type Timeline = readonly TimelineGroup[]

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
