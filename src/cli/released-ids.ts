import type { Dataset } from '../schemas/dataset.js'
import { COLLECTION_OF } from '../schemas/record-kinds.js'
import { UsageError } from './usage-error.js'

/** The ids a published release contained, by collection (see `release-history.ts`). */
export interface ReleasedIds {
  readonly version: string
  readonly ids: Readonly<Record<string, readonly string[]>>
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Checks the shape of a parsed release file (`data/releases/<version>.json`) (`{ "version": "x.y.z", "ids": { "actors":
 * ["..."], ... } }`), so a malformed file is a usage error naming the file and field, not a crash.
 */
export function parseReleasedIds(value: unknown, path: string): ReleasedIds {
  const fail = (field: string, expected: string): never => {
    throw new UsageError(`${path} › ${field}: expected ${expected}`)
  }
  if (!isPlainObject(value)) return fail('(top level)', 'an object with "version" and "ids"')
  if (typeof value.version !== 'string') fail('version', 'a string such as "0.1.0"')
  if (!isPlainObject(value.ids)) fail('ids', 'an object of id lists by collection')
  const collections = new Set<string>(Object.values(COLLECTION_OF))
  for (const [collection, list] of Object.entries(value.ids as Record<string, unknown>)) {
    if (!collections.has(collection)) fail(`ids.${collection}`, `one of the collections ${[...collections].join(', ')}`)
    if (!Array.isArray(list)) fail(`ids.${collection}`, 'an array of ids')
    for (const [i, id] of (list as unknown[]).entries()) if (typeof id !== 'string') fail(`ids.${collection}[${i}]`, 'an id (a string)')
  }
  return value as unknown as ReleasedIds
}

/** The id list of a dataset, for `data/releases/<version>.json` at release time. */
export function releasedIdsOf(version: string, dataset: Dataset): ReleasedIds {
  const ids: Record<string, string[]> = {}
  for (const collection of Object.values(COLLECTION_OF)) ids[collection] = dataset[collection].map((r) => r.id).sort()
  return { version, ids }
}
