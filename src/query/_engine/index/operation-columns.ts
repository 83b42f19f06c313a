import type { Dataset } from '../../../schemas/dataset.js'
import { countTotal } from '../../../schemas/count-readings.js'
import { FATAL_OUTCOME_KINDS } from '../../../schemas/vocabulary-values.js'
import { CERTAINTIES, OPERATION_TYPES } from './bit-layout.js'
import type { IdIndex } from './ids.js'
import type { LocationTree } from './location-tree.js'

const DETAINED = ['detained'] as const
const TYPE_BIT = new Map(OPERATION_TYPES.map((type, i) => [type as string, 1 << i]))
const CERTAINTY_CODE = new Map(CERTAINTIES.map((c, i) => [c as string, i]))

/** @internal Stage 3 of `indexDataset`: one typed column per operation field a filter tests. */
export interface OperationColumns {
  readonly operationLocation: Uint32Array
  readonly operationsByTin: Uint32Array
  readonly operationsByTinKey: Int32Array
  readonly operationTypes: Uint32Array
  readonly operationCertainty: Uint8Array
  readonly operationKilled: Float64Array
  readonly operationDetained: Float64Array
}

/**
 * Stage 3: the location, type bits, certainty code and fatality and detention totals of each
 * operation, and the operations sorted by the tin of their location (a counting sort), so a
 * location subtree is one slice.
 *
 * @internal
 * @param dataset - a validated dataset
 * @param ids - stage 1
 * @param tree - stage 2
 * @returns the columns
 */
export function buildOperationColumns({ operations, locations }: Dataset, ids: IdIndex, tree: LocationTree): OperationColumns {
  const operationLocation = new Uint32Array(operations.length)
  const operationTypes = new Uint32Array(operations.length)
  const operationCertainty = new Uint8Array(operations.length)
  const operationKilled = new Float64Array(operations.length)
  const operationDetained = new Float64Array(operations.length)
  const perTin = new Uint32Array(locations.length + 1)
  operations.forEach((op, i) => {
    const loc = ids.locationById.get(op.location) ?? 0
    operationLocation[i] = loc
    perTin[tree.tin[loc]! + 1]! += 1
    let types = 0
    for (const t of op.types) types |= TYPE_BIT.get(t) ?? 0
    operationTypes[i] = types
    operationCertainty[i] = CERTAINTY_CODE.get(op.certainty) ?? 0
    // Each kind once, however many sources give its count (the smallest reading's min).
    operationKilled[i] = countTotal(op.outcomes, FATAL_OUTCOME_KINDS).min ?? 0
    operationDetained[i] = countTotal(op.outcomes, DETAINED).min ?? 0
  })
  for (let t = 0; t < locations.length; t++) perTin[t + 1]! += perTin[t]!
  const operationsByTin = new Uint32Array(operations.length)
  const operationsByTinKey = new Int32Array(operations.length)
  for (let i = 0; i < operations.length; i++) {
    const t = tree.tin[operationLocation[i]!]!
    const at = perTin[t]!++
    operationsByTin[at] = i
    operationsByTinKey[at] = t
  }
  return { operationLocation, operationsByTin, operationsByTinKey, operationTypes, operationCertainty, operationKilled, operationDetained }
}
