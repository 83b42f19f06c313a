import { ANY_ROLE, APPROXIMATE, CERTAINTIES, OPERATION_TYPES, OUTCOME_BIT, ROLES, UNCERTAIN } from '../index/bit-layout.js'
import { dateCandidates } from './date-candidates.js'
import { dayRange } from './day-range.js'
import { choosePlan } from './query-plan.js'
import { inSubtreeRanges } from './subtree-ranges.js'
import type { IndexedDataset } from '../index/dataset-index.js'
import { resolveIds } from '../resolve-ids.js'
import { lowerBound } from '../lower-bound.js'
import type { OperationCriteria } from '../../criteria.js'
import { postingsSize } from '../index/postings.js'
import type { CandidateSource, QueryPlan } from './query-plan.js'
import { subtreeRanges } from './subtree-ranges.js'
import { unionPostings } from '../index/postings.js'

const NOTHING: QueryPlan = { test: () => false, records: new Uint32Array(0) }

function given<T>(list: readonly T[] | undefined): list is readonly T[] {
  return list !== undefined && list.length > 0
}

function maskOf(vocabulary: readonly string[], values: readonly string[], name: string): number {
  let mask = 0
  for (const v of values) {
    const i = vocabulary.indexOf(v)
    if (i === -1) throw new RangeError(`Unknown ${name} ${JSON.stringify(v)}: expected one of ${vocabulary.join(', ')}`)
    mask |= 1 << i
  }
  return mask
}

function minimum(value: number | undefined, name: string): number {
  if (value === undefined) return 0
  if (typeof value !== 'number' || Number.isNaN(value)) throw new RangeError(`Invalid ${name}: expected a number, got ${JSON.stringify(value)}`)
  return value
}

/**
 * Compiles operation criteria into a plan: validated criteria, the smallest candidate source
 * (actor postings, a location subtree slice or a date range) and an exact per-record test.
 *
 * @internal
 * @param criteria - the criteria (see `OperationCriteria`)
 * @param ds - the indexed dataset
 * @returns the plan
 * @throws RangeError naming a bad date, mode, role, type, certainty or minimum
 */
export function planOperations(criteria: OperationCriteria, ds: IndexedDataset): QueryPlan {
  const { index } = ds
  const dates = index.operationDates
  const range = dayRange(criteria.from, criteria.to, criteria.dateMode)
  const roles = criteria.role === undefined ? undefined : typeof criteria.role === 'string' ? [criteria.role] : criteria.role
  const roleMask = given(roles) ? maskOf(ROLES, roles, 'role') : ANY_ROLE | OUTCOME_BIT
  const typeMask = given(criteria.types) ? maskOf(OPERATION_TYPES, criteria.types, 'operation type') : 0
  const certaintyMask = given(criteria.certainty) ? maskOf(CERTAINTIES, criteria.certainty, 'certainty') : 0
  const minKilled = minimum(criteria.minKilled, 'minKilled')
  const minDetained = minimum(criteria.minDetained, 'minDetained')
  const excluded = (criteria.includeUncertainDates === false ? UNCERTAIN : 0) | (criteria.includeApproximateDates === false ? APPROXIMATE : 0)

  const sources: CandidateSource[] = []
  let actorSet: Set<number> | undefined
  if (given(criteria.actors)) {
    const actors = resolveIds(index, index.actorById, criteria.actors)
    if (actors.length === 0) return NOTHING
    actorSet = new Set(actors)
    sources.push({ estimate: postingsSize(index.actorOperations, actors), collect: () => ({ records: unionPostings(index.actorOperations, actors) }) })
  }
  let ranges: number[] | undefined
  if (given(criteria.locations)) {
    const found = subtreeRanges(index, criteria.locations)
    if (found.length === 0) return NOTHING
    ranges = found
    const slices: [number, number][] = []
    let estimate = 0
    for (let r = 0; r < found.length; r += 2) {
      const lo = lowerBound(index.operationsByTinKey, found[r]!)
      const hi = lowerBound(index.operationsByTinKey, found[r + 1]!)
      slices.push([lo, hi])
      estimate += hi - lo
    }
    sources.push({
      estimate,
      collect: () => {
        const out = new Uint32Array(estimate)
        let at = 0
        for (const [lo, hi] of slices) {
          out.set(index.operationsByTin.subarray(lo, hi), at)
          at += hi - lo
        }
        return { records: out.sort() }
      },
    })
  }
  if (range.active) {
    const found = dateCandidates(dates, range)
    sources.push({ estimate: found.estimate, collect: () => ({ positions: found.collect() }) })
  }

  const { start, end, flags } = dates
  const { from, to } = range
  const within = range.mode === 'within'
  const test = (i: number): boolean => {
    if (flags[i]! & excluded) return false
    if (range.active && (within ? start[i]! < from || end[i]! > to : start[i]! > to || end[i]! < from)) return false
    if (typeMask !== 0 && (index.operationTypes[i]! & typeMask) === 0) return false
    if (certaintyMask !== 0 && ((certaintyMask >> index.operationCertainty[i]!) & 1) === 0) return false
    if (index.operationKilled[i]! < minKilled || index.operationDetained[i]! < minDetained) return false
    if (ranges !== undefined && !inSubtreeRanges(ranges, index.locationTin[index.operationLocation[i]!]!)) return false
    if (actorSet !== undefined && !involves(i)) return false
    return true
  }
  // Reads the actor's postings bits rather than the record, so roles are decoded once at index time.
  const involves = (i: number): boolean => {
    const p = index.actorOperations
    for (const a of actorSet!) {
      const end = p.offsets[a + 1]!
      const at = lowerBound(p.records, i, p.offsets[a]!, end)
      if (at < end && p.records[at] === i && (p.bits[at]! & roleMask) !== 0) return true
    }
    return false
  }
  return choosePlan(sources, test)
}
