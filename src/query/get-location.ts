import type { LocationId } from '../data/generated/ids.js'
import type { ShippedLocation } from '../data/shipped-records.js'
import type { Location } from '../schemas/location.js'
import { defaultDataset } from './default-dataset.js'
import type { IndexedDataset } from './types.js'
import { resolveId } from './_engine/resolve-ids.js'
import { indexOf } from './_engine/index/dataset-index.js'

/**
 * The same, on a dataset passed explicitly (from `createDataset`): ids may then be any string.
 * @param id - any id string
 * @param dataset - the indexed dataset to look in
 * @returns the record, or `undefined`
 */
export function getLocation(id: string, dataset: IndexedDataset): Location | undefined
/**
 * The location with this id, in O(1), following redirects of retired ids (chains included).
 * Returns `undefined` when no location has the id (never throws). For the shipped dataset the
 * id must be a `LocationId`, so a typo fails to compile; with a dataset, any string is accepted
 * (for an untyped string and the shipped data, pass `defaultDataset()`).
 *
 * @param id - the location id, or a retired id that redirects to one
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the record itself (not a copy), or `undefined`
 *
 * @example
 * ```ts
 * import { getLocation, defaultDataset } from 'syria-counter-isis'
 * getLocation('al-dumayr')?.parent?.location //=> 'rif-dimashq'
 * getLocation('no-such-id', defaultDataset()) //=> undefined
 * ```
 */
export function getLocation(id: LocationId, dataset?: IndexedDataset): ShippedLocation | undefined
export function getLocation(id: string, dataset: IndexedDataset = defaultDataset()): Location | undefined {
  const i = indexOf(dataset).locationById.get(resolveId(indexOf(dataset), id))
  return i === undefined ? undefined : dataset.dataset.locations[i]
}
