import type { Location } from '../schemas/location.js'
import { defaultDataset } from './default-dataset.js'
import type { IndexedDataset } from './types.js'
import { searchNames } from './_engine/search-names.js'
import { indexOf } from './_engine/index/dataset-index.js'

/**
 * Finds locations by name or alias, in Arabic or English, folding what readers treat as the
 * same (see {@link foldForSearch}): diacritics, shadda and tatweel, alef forms, ta marbuta and
 * alef maqsura in Arabic; case, accents, hyphens, apostrophes, spaces and a joined `al-`
 * article in Latin script. A location matches when a folded name contains the folded text.
 * Ranked by best match (exact, then prefix, then substring), then by id; deterministic. The
 * folded names are built once per dataset, with its indexes. Empty or punctuation-only text
 * finds nothing.
 *
 * @param text - what to search for
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the matching locations, the record objects themselves
 *
 * @example
 * ```ts
 * import { searchLocations } from 'syria-counter-isis'
 * searchLocations('al bab').map((l) => l.id)     //=> ['al-bab']
 * searchLocations('Dumayr').map((l) => l.id)     //=> ['al-dumayr']
 * searchLocations('اطمه').map((l) => l.id)       //=> ['atmeh']
 * searchLocations('harasta').map((l) => l.id)    //=> ['harasta', 'harasta-national-hospital']
 * ```
 */
export function searchLocations(text: string, dataset: IndexedDataset = defaultDataset()): Location[] {
  return searchNames(indexOf(dataset).locationNames, dataset.dataset.locations, text)
}
