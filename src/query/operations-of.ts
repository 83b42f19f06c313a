import type { ActorId } from '../data/generated/ids.js'
import type { ShippedOperation } from '../data/shipped-records.js'
import type { Operation } from '../schemas/operation.js'
import type { ParticipantRole } from '../schemas/vocabularies.js'
import { checkCriteria } from './_engine/plan/check-criteria.js'
import { OPERATIONS_OF_OPTIONS } from './_engine/plan/plan-operations.js'
import { defaultDataset } from './default-dataset.js'
import { filterOperations } from './filter-operations.js'
import type { IndexedDataset } from './types.js'

/** Options for {@link operationsOf}. */
export interface OperationsOfOptions {
  /** Only operations where the actor has this role (or one of these). Default: any role, plus operations whose outcomes name the actor. */
  readonly role?: ParticipantRole | readonly ParticipantRole[]
}

/**
 * The same, on a dataset passed explicitly (from `createDataset`): ids may then be any string.
 * @param actor - any actor id
 * @param options - `role`: only this role or roles
 * @param dataset - the indexed dataset to query
 * @returns the operations
 */
export function operationsOf(actor: string, options: OperationsOfOptions | undefined, dataset: IndexedDataset): Operation[]
/**
 * The operations an actor takes part in or, without `role`, is named in an outcome of (killed,
 * detained...), in dataset order. Shorthand for `filterOperations({ actors: [actor], role })`.
 * An unknown id gives `[]`; retired ids are followed.
 *
 * @param actor - the actor id
 * @param options - `role`: only this role or roles (default: any role and outcomes)
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the operations, the record objects themselves
 *
 * @example
 * ```ts
 * import { operationsOf } from 'syria-counter-isis'
 * operationsOf('global-coalition').length                    //=> 8
 * operationsOf('global-coalition', { role: 'lead' }).length  //=> 3
 * operationsOf('khaled-al-masoud').map((op) => op.id)        //=> ['2025-10-18-al-dumayr-ground-incursion']
 * ```
 */
export function operationsOf(actor: ActorId, options?: OperationsOfOptions, dataset?: IndexedDataset): ShippedOperation[]
export function operationsOf(actor: string, options?: OperationsOfOptions, dataset: IndexedDataset = defaultDataset()): Operation[] {
  const { role } = checkCriteria(options, OPERATIONS_OF_OPTIONS, 'operationsOf options')
  if (typeof actor !== 'string') throw new TypeError(`Invalid actor for operationsOf: expected an id string, got ${JSON.stringify(actor) ?? String(actor)}`)
  return filterOperations(role === undefined ? { actors: [actor] } : { actors: [actor], role: role as readonly ParticipantRole[] }, dataset)
}
