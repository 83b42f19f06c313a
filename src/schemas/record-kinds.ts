/**
 * The record kinds of a dataset, in dataset order: the one list every layer walks when it
 * handles each kind alike (validation, exports, generated files).
 *
 * @internal
 */
export const RECORD_KINDS = Object.freeze(['source', 'actor', 'location', 'operation', 'quote', 'correction', 'redirect'] as const)

/** The record kinds of a dataset, as named in error messages and exports. */
export type RecordKind = (typeof RECORD_KINDS)[number]

/** The key each record kind has in a `Dataset`. */
export const COLLECTION_OF = Object.freeze({
  source: 'sources',
  actor: 'actors',
  location: 'locations',
  operation: 'operations',
  quote: 'quotes',
  correction: 'corrections',
  redirect: 'redirects',
} as const satisfies Record<RecordKind, string>)
