import type { LocationId } from '../data/generated/ids.js'
import type { ShippedLocation } from '../data/shipped-records.js'
import type { Location } from '../schemas/location.js'
import { defaultDataset } from './default-dataset.js'
import type { IndexedDataset } from './types.js'
import { resolveId } from './_engine/resolve-ids.js'
import { indexOf } from './_engine/index/dataset-index.js'

/**
 * The same, on a dataset passed explicitly (from `createDataset`): ids may then be any string.
 * @param location - any location id
 * @param dataset - the indexed dataset to query
 * @returns the ancestors
 */
export function ancestorsOf(location: string, dataset: IndexedDataset): Location[]
/**
 * The administrative parents of a location, nearest first, up to the top of its chain (the
 * country, or a cross-border place with no parent). The location itself is not included. An
 * unknown id gives `[]`; retired ids are followed.
 *
 * @param location - the location id
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the ancestors, the record objects themselves
 *
 * @example
 * ```ts
 * import { ancestorsOf } from 'syria-counter-isis'
 * ancestorsOf('harasta-national-hospital').map((l) => l.id) //=> ['harasta', 'rif-dimashq', 'syria']
 * ancestorsOf('syria')                                      //=> []
 * ```
 */
export function ancestorsOf(location: LocationId, dataset?: IndexedDataset): ShippedLocation[]
export function ancestorsOf(location: string, dataset: IndexedDataset = defaultDataset()): Location[] {
  const index = indexOf(dataset)
  const out: Location[] = []
  const start = index.locationById.get(resolveId(index, location))
  if (start === undefined) return out
  // The length bound guards against a looping chain in a dataset that skipped validation.
  for (let at = index.locationParent[start]!; at >= 0 && out.length < index.locationParent.length; at = index.locationParent[at]!) {
    out.push(dataset.dataset.locations[at]!)
  }
  return out
}
