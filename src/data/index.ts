/**
 * The dataset itself: validated, deeply frozen records, their literal id types and the release
 * they belong to. Importing this entry point does not load Zod.
 *
 * @module data
 */
import type { ShippedDataset } from './shipped-records.js'
import { actors } from './generated/actors.js'
import { corrections } from './generated/corrections.js'
import { locations } from './generated/locations.js'
import { operations } from './generated/operations.js'
import { quotes } from './generated/quotes.js'
import { redirects } from './generated/redirects.js'
import { sources } from './generated/sources.js'

export { actors, corrections, locations, operations, quotes, redirects, sources }
export { DATASET_VERSION, DATASET_RELEASE_DATE, DATASET_COVERAGE } from './generated/release.js'
export type { ActorId, CorrectionId, LocationId, OperationId, QuoteId, SourceId } from './generated/ids.js'
// Every shipped record type (ShippedActor, ... ShippedDataset, WithShippedIds): one list, in shipped-records.ts.
export type * from './shipped-records.js'
export { deepFreeze } from './deep-freeze.js'

/**
 * The whole shipped dataset in one object, in the shape `parseDataset` returns, for helpers
 * that take a dataset argument. Its records carry the shipped literal ids (`ActorId`...).
 *
 * @example
 * ```ts
 * import { dataset } from 'syria-counter-isis/data'
 * dataset.sources[0]?.published //=> '2025-10-18'
 * ```
 */
export const dataset: ShippedDataset = /* @__PURE__ */ Object.freeze({ sources, actors, locations, operations, quotes, corrections, redirects })
