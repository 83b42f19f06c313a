import type { OperationId } from '../data/generated/ids.js'
import type { Operation, OperationRelation } from '../schemas/operation.js'
import type { RelationKind } from '../schemas/vocabularies.js'
import { defaultDataset } from './default-dataset.js'
import type { IndexedDataset } from './types.js'
import { resolveId } from './_engine/resolve-ids.js'
import { indexOf } from './_engine/index/dataset-index.js'

/** One link between two operations, seen from the operation asked about. */
export interface RelatedOperation {
  /** The other operation. */
  readonly operation: Operation
  /** How they are linked. */
  readonly kind: RelationKind
  /**
   * `outgoing`: the asked operation's record holds the relation ("this is `kind` that");
   * `incoming`: the other operation's record does ("that is `kind` this").
   */
  readonly direction: 'outgoing' | 'incoming'
  /** The relation as recorded, with its attribution, certainty and evidence. */
  readonly relation: OperationRelation
}

/**
 * The same, on a dataset passed explicitly (from `createDataset`): ids may then be any string.
 * @param operation - any operation id
 * @param dataset - the indexed dataset to query
 * @returns the links
 */
export function relatedOperations(operation: string, dataset: IndexedDataset): RelatedOperation[]
/**
 * The operations linked to an operation by `relations`, in both directions: first the links the
 * operation's own record holds (outgoing, in record order), then those other records hold
 * pointing to it (incoming, in dataset order). An unknown id gives `[]`.
 *
 * @param operation - the operation id
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the links
 *
 * @example
 * ```ts
 * import { relatedOperations } from 'syria-counter-isis'
 * relatedOperations('2025-10-18-al-dumayr-ground-incursion').map((r) => [r.direction, r.kind, r.operation.id])
 * //=> [['incoming', 'possibly-same-as', '2025-10-18-rif-dimashq-joint-operation']]
 * ```
 */
export function relatedOperations(operation: OperationId, dataset?: IndexedDataset): RelatedOperation[]
export function relatedOperations(operation: string, dataset: IndexedDataset = defaultDataset()): RelatedOperation[] {
  const index = indexOf(dataset)
  const operations = dataset.dataset.operations
  const i = index.operationById.get(resolveId(index, operation))
  if (i === undefined) return []
  const self = operations[i]!
  const out: RelatedOperation[] = []
  for (const relation of self.relations) {
    // A link to a quote (an announcement) is not a related operation.
    if (relation.operation === undefined) continue
    const j = index.operationById.get(relation.operation)
    if (j !== undefined) out.push({ operation: operations[j]!, kind: relation.kind, direction: 'outgoing', relation })
  }
  const incoming = index.incomingRelations
  for (let p = incoming.offsets[i]!; p < incoming.offsets[i + 1]!; p++) {
    const other = operations[incoming.records[p]!]!
    for (const relation of other.relations) {
      if (relation.operation === self.id) out.push({ operation: other, kind: relation.kind, direction: 'incoming', relation })
    }
  }
  return out
}
