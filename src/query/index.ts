/**
 * Lookups, filters and timelines over the shipped dataset or any dataset a user loads.
 *
 * Every helper takes an optional last argument, an `IndexedDataset` from `createDataset`, and
 * otherwise queries the shipped records (indexed once, on first use, without loading Zod).
 * Results are the records themselves, never copies, in a documented order.
 *
 * @module query
 */
export { createDataset, type CreateDatasetOptions } from './create-dataset.js'
export { defaultDataset } from './default-dataset.js'
export type {
  IndexedDataset,
  OperationTimelineEntry,
  QuoteTimelineEntry,
  Timeline,
  TimelineEntry,
  TimelineEntryKind,
  TimelineGroup,
  TimelineGrouping,
} from './types.js'
// The lookups take these ids and return these records on the shipped dataset: typing app code
// needs them without a second import from `./data`.
export type { ActorId, CorrectionId, LocationId, OperationId, QuoteId, SourceId } from '../data/generated/ids.js'
// Every shipped record type (ShippedActor, ... ShippedDataset, WithShippedIds): one list, in shipped-records.ts.
export type * from '../data/shipped-records.js'
export type { DateCriteria, DateInput, DateMode, OperationCriteria, QuoteAboutCriteria, QuoteCriteria, TimelineOptions } from './criteria.js'
export { getActor } from './get-actor.js'
export { getLocation } from './get-location.js'
export { getOperation } from './get-operation.js'
export { getQuote } from './get-quote.js'
export { getSource } from './get-source.js'
export { filterOperations } from './filter-operations.js'
export { filterQuotes } from './filter-quotes.js'
export { operationsOf, type OperationsOfOptions } from './operations-of.js'
export { quotesBy } from './quotes-by.js'
export { quotesAbout } from './quotes-about.js'
export { ancestorsOf } from './ancestors-of.js'
export { relatedOperations, type RelatedOperation } from './related-operations.js'
export { locate, type LocatedOperation } from './locate.js'
export { ucdpWherePrecision, type UcdpWherePrecision, type UcdpWherePrecisionOptions } from './ucdp-where-precision.js'
export { buildTimeline } from './build-timeline.js'
export { corroborate, gradeClaims, type Corroboration, type CorroborationGrade, type GradedClaim } from './corroboration.js'
export { reconciledCount, type ReconciledClaim } from './reconciled-count.js'
export { renderTimelineText, type RenderTimelineTextOptions } from '../render/render-timeline-text.js'
export { renderTimelineMarkdown } from '../render/render-timeline-markdown.js'
export { searchActors } from './search-actors.js'
export { searchLocations } from './search-locations.js'
export { foldForSearch } from './fold-for-search.js'
