import type { OperationId } from '../data/generated/ids.js'
import type { ShippedOperation } from '../data/shipped-records.js'
import type { Operation } from '../schemas/operation.js'
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
export function getOperation(id: string, dataset: IndexedDataset): Operation | undefined
/**
 * The operation with this id, in O(1), following redirects of retired ids (chains included).
 * Returns `undefined` when no operation has the id (never throws). For the shipped dataset the
 * id must be a `OperationId`, so a typo fails to compile; with a dataset, any string is accepted
 * (for an untyped string and the shipped data, pass `defaultDataset()`).
 *
 * @param id - the operation id, or a retired id that redirects to one
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the record itself (not a copy), or `undefined`
 *
 * @example
 * ```ts
 * import { getOperation, defaultDataset } from 'syria-counter-isis'
 * getOperation('2025-08-atmeh-airborne-landing')?.date //=> '2025-08-19/2025-08-20'
 * getOperation('no-such-id', defaultDataset()) //=> undefined
 * ```
 */
export function getOperation(id: OperationId, dataset?: IndexedDataset): ShippedOperation | undefined
export function getOperation(id: string, dataset: IndexedDataset = defaultDataset()): Operation | undefined {
  const i = indexOf(dataset).operationById.get(resolveId(indexOf(dataset), id))
  return i === undefined ? undefined : dataset.dataset.operations[i]
}
