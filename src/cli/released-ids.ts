import type { Dataset } from '../schemas/dataset.js'
import { COLLECTION_OF } from '../schemas/record-kinds.js'

/** The ids a published release contained, by collection: `data/release-ids.json`. */
export interface ReleasedIds {
  readonly version: string
  readonly ids: Readonly<Record<string, readonly string[]>>
}

/**
 * Every id of the last release that the data no longer has, neither as a live record nor as a
 * redirect. A published id is forever: deleting or renaming a record must leave a redirect.
 */
export function releasedIdProblems(released: unknown, dataset: Record<string, unknown[]>): string[] {
  const { version, ids } = released as ReleasedIds
  const live = new Set<string>()
  for (const collection of Object.values(COLLECTION_OF)) for (const record of dataset[collection] ?? []) live.add((record as { id: string }).id)
  const problems: string[] = []
  for (const [collection, list] of Object.entries(ids ?? {})) {
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
