import type { DateIndex } from '../index/dataset-index.js'
import type { QueryPlan } from './query-plan.js'

/**
 * Runs a plan and returns the matching record indices in dataset order.
 *
 * @internal
 * @param plan - the plan
 * @param dates - the date index of the kind (to map date positions back to records)
 * @param count - number of records of the kind
 * @returns matching record indices, ascending
 */
export function matchingIndices(plan: QueryPlan, dates: DateIndex, count: number): Uint32Array {
  const { test } = plan
  let candidates: Uint32Array
  if (plan.records) candidates = plan.records
  else if (plan.positions) {
    candidates = new Uint32Array(plan.positions.length)
    for (let j = 0; j < candidates.length; j++) candidates[j] = dates.order[plan.positions[j]!]!
    // Date order is not dataset order: one numeric sort of the candidates, never of records.
    candidates.sort()
  } else {
    const out = new Uint32Array(count)
    let k = 0
    for (let i = 0; i < count; i++) if (test(i)) out[k++] = i
    return out.subarray(0, k)
  }
  const out = new Uint32Array(candidates.length)
  let k = 0
  for (let j = 0; j < candidates.length; j++) if (test(candidates[j]!)) out[k++] = candidates[j]!
  return out.subarray(0, k)
}
