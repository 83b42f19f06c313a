import type { Actor } from '../schemas/actor.js'
import { defaultDataset } from './default-dataset.js'
import type { IndexedDataset } from './types.js'
import { searchNames } from './_engine/search-names.js'
import { indexOf } from './_engine/index/dataset-index.js'

/**
 * Finds actors by name or alias, in Arabic or English, folding what readers treat as the
 * same (see {@link foldForSearch}): diacritics, shadda and tatweel, alef forms, ta marbuta and
 * alef maqsura in Arabic; case, accents, hyphens, apostrophes, spaces and a joined `al-`
 * article in Latin script. A actor matches when a folded name contains the folded text.
 * Ranked by best match (exact, then prefix, then substring), then by id; deterministic. The
 * folded names are built once per dataset, with its indexes. Empty or punctuation-only text
 * finds nothing.
 *
 * @param text - what to search for
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the matching actors, the record objects themselves
 *
 * @example
 * ```ts
 * import { searchActors } from 'syria-counter-isis'
 * searchActors('براك').map((a) => a.id)       //=> ['tom-barrack']
 * searchActors('Barrack').map((a) => a.id)    //=> ['tom-barrack']
 * searchActors('الاسعد').map((a) => a.id)     //=> ['abdullah-al-asaad']
 * searchActors('daesh').map((a) => a.id)      //=> ['isis', 'global-coalition-alliance']
 * ```
 */
export function searchActors(text: string, dataset: IndexedDataset = defaultDataset()): Actor[] {
  return searchNames(indexOf(dataset).actorNames, dataset.dataset.actors, text)
}
