import type { Dataset } from '../schemas/dataset.js'
import { COLLECTION_OF } from '../schemas/record-kinds.js'
import { UsageError } from './usage-error.js'

/** The ids a published release contained, by collection: `data/release-ids.json`. */
export interface ReleasedIds {
  readonly version: string
  readonly ids: Readonly<Record<string, readonly string[]>>
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Checks the shape of a parsed `release-ids.json` (`{ "version": "x.y.z", "ids": { "actors":
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

/**
 * Every id of the last release that the data no longer has, neither as a live record nor as a
 * redirect. A published id is forever: deleting or renaming a record must leave a redirect.
 */
export function releasedIdProblems(released: ReleasedIds, dataset: Record<string, unknown[]>): string[] {
  const { version, ids } = released
  const live = new Set<unknown>()
  // Records are not validated yet: one that is not an object simply has no id.
  for (const collection of Object.values(COLLECTION_OF)) for (const record of dataset[collection] ?? []) if (typeof record === 'object' && record !== null) live.add((record as { id?: unknown }).id)
  const problems: string[] = []
  for (const [collection, list] of Object.entries(ids)) {
    for (const id of list) {
      if (!live.has(id)) problems.push(`${collection} "${id}": released in ${version} but now missing; keep it or add a redirect in redirects.json`)
    }
  }
  return problems
}

/** The id list of a dataset, for `data/release-ids.json` at release time. */
export function releasedIdsOf(version: string, dataset: Dataset): ReleasedIds {
  const ids: Record<string, string[]> = {}
  for (const collection of Object.values(COLLECTION_OF)) ids[collection] = dataset[collection].map((r) => r.id).sort()
  return { version, ids }
}
