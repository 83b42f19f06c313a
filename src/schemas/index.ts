/**
 * The data model: Zod 4 schemas for every record kind and the pieces they share, the types
 * inferred from them, and helpers that validate one record or a whole dataset.
 *
 * @module schemas
 */
export * from './vocabularies.js'
export type { DeepReadonly } from './deep-readonly.js'
export { Slug, SLUG_PATTERN, AssertedBy, REPORTER, EDITORS } from './slug.js'
export * from './localized-text.js'
export * from './evidence.js'
export { Note } from './claim.js'
export * from './count.js'
export * from './edtf-date.js'
export * from './source.js'
export * from './actor.js'
export * from './location.js'
export * from './reading.js'
export * from './figure.js'
export * from './operation.js'
export { operationCategory } from './operation-category.js'
export * from './quote.js'
export * from './correction.js'
export * from './dataset.js'
export * from './parse.js'
export * from './parse-dataset.js'
export { referencesOf, type RecordReference } from './references.js'
export { DatasetValidationError, formatIssue, type DatasetIssue } from './validation-error.js'
export type { RecordKind } from './record-kinds.js'
