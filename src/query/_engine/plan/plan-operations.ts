import type { IndexedDataset } from '../../types.js'
import { OPERATION_TYPE_CATEGORY } from '../../../schemas/vocabulary-values.js'
import { ANY_ROLE, APPROXIMATE, CATEGORIES, CERTAINTIES, OPERATION_TYPES, OUTCOME_BIT, ROLES, UNCERTAIN } from '../index/bit-layout.js'
import { indexOf } from '../index/dataset-index.js'
import { postingsSize, unionPostings } from '../index/postings.js'
import { lowerBound } from '../lower-bound.js'
import { GRADES, gradeColumn } from '../grade/grade-column.js'
import { resolveIds } from '../resolve-ids.js'
import { checkCriteria, DATE_RULES, type CriteriaShape, type CriterionRule } from './check-criteria.js'
import { dateCandidates } from './date-candidates.js'
import { dayRange } from './day-range.js'
import { choosePlan, type CandidateSource, type QueryPlan } from './query-plan.js'
import { inSubtreeRanges, subtreeRanges } from './subtree-ranges.js'

const NOTHING: QueryPlan = { test: () => false, records: new Uint32Array(0) }

const ROLE = { kind: 'values', vocabulary: ROLES, what: 'role', single: true } as const satisfies CriterionRule

/** @internal The keys of `OperationsOfOptions` (the actor is given apart, so `role` needs nothing more). */
export const OPERATIONS_OF_OPTIONS = { role: ROLE } as const satisfies CriteriaShape

/** @internal The keys of `OperationCriteria`, each with its rule. */
export const OPERATION_CRITERIA = {
  ...DATE_RULES,
  actors: { kind: 'ids' },
  role: { ...ROLE, requires: 'actors' },
  locations: { kind: 'ids' },
  types: { kind: 'values', vocabulary: OPERATION_TYPES, what: 'operation type' },
  category: { kind: 'choice', vocabulary: CATEGORIES },
  certainty: { kind: 'values', vocabulary: CERTAINTIES, what: 'certainty' },
  grade: { kind: 'values', vocabulary: GRADES, what: 'grade' },
  minKilled: { kind: 'minimum' },
  minDetained: { kind: 'minimum' },
  includeUncertainDates: { kind: 'flag' },
  includeApproximateDates: { kind: 'flag' },
} as const satisfies CriteriaShape

// Values are checked against the vocabulary already: each one has its bit.
function maskOf(vocabulary: readonly string[], values: readonly string[]): number {
  let mask = 0
  for (const v of values) mask |= 1 << vocabulary.indexOf(v)
  return mask
}

/**
 * Compiles operation criteria into a plan: validated criteria, the smallest candidate source
 * (actor postings, a location subtree slice or a date range) and an exact per-record test.
 *
 * @internal
 * @param criteria - the criteria (see `OperationCriteria`), checked here
 * @param ds - the indexed dataset
 * @param where - how errors name the criteria
 * @returns the plan
 * @throws TypeError or RangeError naming the key and value at fault (see `checkCriteria`, `dayRange`)
 */
export function planOperations(criteria: unknown, ds: IndexedDataset, where = 'filterOperations criteria'): QueryPlan {
  const index = indexOf(ds)
  const dates = index.operationDates
  const c = checkCriteria(criteria, OPERATION_CRITERIA, where)
  const range = dayRange(c.from, c.to, c.dateMode)
  const roleMask = c.role ? maskOf(ROLES, c.role) : ANY_ROLE | OUTCOME_BIT
  const typeMask = c.types ? maskOf(OPERATION_TYPES, c.types) : 0
  // A category is the set of its types: a record's types never mix categories.
  const categoryMask = c.category ? maskOf(OPERATION_TYPES, OPERATION_TYPES.filter((t) => OPERATION_TYPE_CATEGORY[t] === c.category)) : 0
  const certaintyMask = c.certainty ? maskOf(CERTAINTIES, c.certainty) : 0
  const gradeMask = c.grade ? maskOf(GRADES, c.grade) : 0
  const grades = gradeMask !== 0 ? gradeColumn(ds) : undefined
  const minKilled = c.minKilled ?? 0
  const minDetained = c.minDetained ?? 0
  const excluded = (c.includeUncertainDates === false ? UNCERTAIN : 0) | (c.includeApproximateDates === false ? APPROXIMATE : 0)

  const sources: CandidateSource[] = []
  let actorSet: Set<number> | undefined
  if (c.actors) {
    const actors = resolveIds(index, index.actorById, c.actors)
    if (actors.length === 0) return NOTHING
    actorSet = new Set(actors)
    sources.push({ estimate: postingsSize(index.actorOperations, actors), collect: () => ({ records: unionPostings(index.actorOperations, actors) }) })
  }
  let ranges: number[] | undefined
  if (c.locations) {
    const found = subtreeRanges(index, c.locations)
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
    if (categoryMask !== 0 && (index.operationTypes[i]! & categoryMask) === 0) return false
    if (certaintyMask !== 0 && ((certaintyMask >> index.operationCertainty[i]!) & 1) === 0) return false
    if (grades !== undefined && ((gradeMask >> grades[i]!) & 1) === 0) return false
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
