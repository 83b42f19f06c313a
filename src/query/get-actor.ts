import type { ActorId } from '../data/generated/ids.js'
import type { ShippedActor } from '../data/shipped-records.js'
import type { Actor } from '../schemas/actor.js'
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
export function getActor(id: string, dataset: IndexedDataset): Actor | undefined
/**
 * The actor with this id, in O(1), following redirects of retired ids (chains included).
 * Returns `undefined` when no actor has the id (never throws). For the shipped dataset the
 * id must be an `ActorId`, so a typo fails to compile; with a dataset, any string is accepted
 * (for an untyped string and the shipped data, pass `defaultDataset()`).
 *
 * @param id - the actor id, or a retired id that redirects to one
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the record itself (not a copy), or `undefined`
 *
 * @example
 * ```ts
 * import { getActor, defaultDataset } from 'syria-counter-isis'
 * getActor('tom-barrack')?.name.en //=> 'Tom Barrack'
 * getActor('no-such-id', defaultDataset()) //=> undefined
 * ```
 */
export function getActor(id: ActorId, dataset?: IndexedDataset): ShippedActor | undefined
export function getActor(id: string, dataset: IndexedDataset = defaultDataset()): Actor | undefined {
  const i = indexOf(dataset).actorById.get(resolveId(indexOf(dataset), id))
  return i === undefined ? undefined : dataset.dataset.actors[i]
}
