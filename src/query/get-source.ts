import type { SourceId } from '../data/generated/ids.js'
import type { ShippedSource } from '../data/shipped-records.js'
import type { Source } from '../schemas/source.js'
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
export function getSource(id: string, dataset: IndexedDataset): Source | undefined
/**
 * The source with this id, in O(1), following redirects of retired ids (chains included).
 * Returns `undefined` when no source has the id (never throws). For the shipped dataset the
 * id must be a `SourceId`, so a typo fails to compile; with a dataset, any string is accepted
 * (for an untyped string and the shipped data, pass `defaultDataset()`).
 *
 * @param id - the source id, or a retired id that redirects to one
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the record itself (not a copy), or `undefined`
 *
 * @example
 * ```ts
 * import { getSource, defaultDataset } from 'syria-counter-isis'
 * getSource('alaraby-2025-10-24')?.published //=> '2025-10-24'
 * getSource('no-such-id', defaultDataset()) //=> undefined
 * ```
 */
export function getSource(id: SourceId, dataset?: IndexedDataset): ShippedSource | undefined
export function getSource(id: string, dataset: IndexedDataset = defaultDataset()): Source | undefined {
  const i = indexOf(dataset).sourceById.get(resolveId(indexOf(dataset), id))
  return i === undefined ? undefined : dataset.dataset.sources[i]
}
