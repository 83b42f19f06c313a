import type { DateIndex } from '../index/dataset-index.js'
import type { QueryPlan } from './query-plan.js'
import { DATED } from '../index/bit-layout.js'

/**
 * Runs a plan and returns the matching record indices in dataset order.
 *
 * @internal
 * @param plan - the plan
 * @param dates - the date index of the kind (to map date positions back to records)
 * @param count - number of records of the kind
 * @returns matching record indices, ascending
 */
export function runPlan(plan: QueryPlan, dates: DateIndex, count: number): Uint32Array {
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

/**
 * Runs a plan and returns the matching dated records as positions in timeline order
 * (undated records are left out).
 *
 * @internal
 * @param plan - the plan
 * @param dates - the date index of the kind
 * @returns matching positions, ascending
 */
export function runPlanInDateOrder(plan: QueryPlan, dates: DateIndex): Uint32Array {
  const { test } = plan
  let candidates: Uint32Array
  if (plan.positions) candidates = plan.positions
  else if (plan.records) {
    candidates = new Uint32Array(plan.records.length)
    let k = 0
    for (const i of plan.records) if (dates.flags[i]! & DATED) candidates[k++] = dates.position[i]!
    candidates = candidates.subarray(0, k).sort()
  } else {
    // Every dated record, already in timeline order: no sort at all.
    const out = new Uint32Array(dates.order.length)
    let k = 0
    for (let p = 0; p < dates.order.length; p++) if (test(dates.order[p]!)) out[k++] = p
    return out.subarray(0, k)
  }
  const out = new Uint32Array(candidates.length)
  let k = 0
  for (let j = 0; j < candidates.length; j++) if (test(dates.order[candidates[j]!]!)) out[k++] = candidates[j]!
  return out.subarray(0, k)
}
