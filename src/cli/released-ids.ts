import type { Dataset } from '../schemas/dataset.js'
import { COLLECTION_OF } from '../schemas/validation-error.js'

/** The ids a published release contained, by collection (see `release-history.ts`). */
export interface ReleasedIds {
  readonly version: string
  readonly ids: Readonly<Record<string, readonly string[]>>
}

/** The id list of a dataset, for `data/releases/<version>.json` at release time. */
export function releasedIdsOf(version: string, dataset: Dataset): ReleasedIds {
  const ids: Record<string, string[]> = {}
  for (const collection of Object.values(COLLECTION_OF)) ids[collection] = dataset[collection].map((r) => r.id).sort()
  return { version, ids }
}
