/** The record kinds of a dataset, as named in error messages and exports. */
export type RecordKind = 'source' | 'actor' | 'location' | 'operation' | 'quote' | 'correction' | 'redirect'

/** The key each record kind has in a `Dataset`, in dataset order. */
export const COLLECTION_OF = Object.freeze({
  source: 'sources',
  actor: 'actors',
  location: 'locations',
  operation: 'operations',
  quote: 'quotes',
  correction: 'corrections',
  redirect: 'redirects',
} as const satisfies Record<RecordKind, string>)

/**
 * The record kinds in dataset order: the one list every layer walks when it handles each kind
 * alike (validation, exports, generated files).
 *
 * @internal
 */
export const RECORD_KINDS: readonly RecordKind[] = Object.freeze(Object.keys(COLLECTION_OF) as RecordKind[])
