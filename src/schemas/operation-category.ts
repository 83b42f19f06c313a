import { OPERATION_TYPE_CATEGORY, type OPERATION_CATEGORIES, type OPERATION_TYPES } from './vocabulary-values.js'

/**
 * The category of an operation record: `operation` or `development`, read off its types (a
 * record's types are all of one category, which validation checks).
 *
 * @param record - anything with the record's `types`
 * @returns the category of its first type
 *
 * @example
 * ```ts
 * import { operationCategory } from 'syria-counter-isis/schemas'
 * operationCategory({ types: ['coalition-accession'] }) //=> 'development'
 * operationCategory({ types: ['arrest', 'seizure'] })   //=> 'operation'
 * ```
 */
export function operationCategory(record: { readonly types: readonly (typeof OPERATION_TYPES)[number][] }): (typeof OPERATION_CATEGORIES)[number] {
  const first = record.types[0]
  return first === undefined ? 'operation' : OPERATION_TYPE_CATEGORY[first]
}
