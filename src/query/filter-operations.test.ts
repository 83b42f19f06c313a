import fc from 'fast-check'
import { areIntervalsOverlapping, isWithinInterval, parseISO } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { naiveFilterOperations } from '../../bench/naive.js'
import { dateBound, randomDataset } from '../../bench/property-support.js'
import { deepFreeze } from '../data/deep-freeze.js'
import { dataset as shipped } from '../data/index.js'
import type { Operation } from '../schemas/operation.js'
import { corroborate } from './corroboration.js'
import { createDataset } from './create-dataset.js'
import { filterOperations } from './filter-operations.js'
import type { IndexedDataset } from './types.js'
import type { OperationCriteria } from './criteria.js'
import { indexOf } from './_engine/index/dataset-index.js'
import { release020 } from '../../test/fixtures/release-0-2-0.js'

const two = (n: number): string => String(n).padStart(2, '0')
const ids = (ops: readonly Operation[]): string[] => ops.map((op) => op.id)

describe('filterOperations on the shipped data', () => {
  // Exact answers are read on the records release 0.2.0 published, so new records do not move them.
  const old = release020()

  it('finds everything inside Rif Dimashq through the parent hierarchy', () => {
    expect(ids(filterOperations({ locations: ['rif-dimashq'] }, old))).toEqual([
      '2025-10-18-al-dumayr-ground-incursion',
      '2025-10-18-rif-dimashq-joint-operation',
      '2025-10-muadamiyat-al-qalamoun-cell-dismantling',
    ])
    // A town matches only itself; launchedFrom (al-Tanf base) is not a match.
    expect(ids(filterOperations({ locations: ['al-dumayr'] }, old))).toEqual(['2025-10-18-al-dumayr-ground-incursion'])
    expect(ids(filterOperations({ locations: ['al-tanf-base'] }, old))).toEqual([])
    expect(filterOperations({ locations: ['syria'] }, old)).toHaveLength(6)
  })

  it('counts died-of-wounds as fatalities for minKilled', () => {
    expect(ids(filterOperations({ actors: ['global-coalition'], role: 'lead', minKilled: 1 }, old))).toEqual([
      '2025-08-atmeh-airborne-landing',
      '2025-09-al-jurayjisa-airborne-landing',
      '2025-10-18-al-dumayr-ground-incursion',
    ])
    expect(ids(filterOperations({ minKilled: 3 }, old))).toEqual(['2025-07-al-bab-airborne-landing'])
    expect(ids(filterOperations({ minDetained: 2 }, old))).toEqual(['2025-07-al-bab-airborne-landing'])
  })

  it('matches actors in any role, named in outcomes, or only in the given roles', () => {
    expect(ids(filterOperations({ actors: ['khaled-al-masoud'] }, old))).toEqual(['2025-10-18-al-dumayr-ground-incursion'])
    expect(ids(filterOperations({ actors: ['khaled-al-masoud'], role: 'target' }, old))).toEqual([])
    expect(ids(filterOperations({ actors: ['global-coalition'], role: ['partner', 'support'] }, old))).toEqual([
      '2025-07-al-bab-airborne-landing',
      '2025-10-18-rif-dimashq-joint-operation',
      '2025-10-muadamiyat-al-qalamoun-cell-dismantling', // one outlet's claim that it was joint
    ])
    expect(ids(filterOperations({ actors: ['syrian-government'], role: 'partner' }, old))).toEqual(['2025-10-18-al-dumayr-ground-incursion', '2025-10-18-rif-dimashq-joint-operation'])
    expect(ids(filterOperations({ actors: ['syrian-government'], role: 'coordinated' }, old))).toEqual(['2025-09-al-jurayjisa-airborne-landing'])
  })

  it('reads a date as every day it spans, in both date modes', () => {
    // Muadamiyat al-Qalamoun is ../2025-10-18 (start unknown): it overlaps every earlier day, lies within no bounded range.
    // Atmeh is 2025-08-19/2025-08-20 (two sources' readings): it overlaps its second day but does not lie within it.
    expect(ids(filterOperations({ from: '2025-08-20', to: '2025-08-20' }, old))).toEqual(['2025-08-atmeh-airborne-landing', '2025-10-muadamiyat-al-qalamoun-cell-dismantling'])
    expect(ids(filterOperations({ from: '2025-08-20', to: '2025-08-20', dateMode: 'within' }, old))).toEqual([])
    expect(filterOperations({ from: '2025-08', to: '2025-10', dateMode: 'within' }, old)).toHaveLength(4)
    expect(filterOperations({ from: '2025-08', to: '2025-10' }, old)).toHaveLength(5)
    expect(ids(filterOperations({ to: '2025-07' }, old))).toEqual(['2025-07-al-bab-airborne-landing', '2025-10-muadamiyat-al-qalamoun-cell-dismantling'])
  })

  it('takes a Date as its local calendar day', () => {
    expect(ids(filterOperations({ from: new Date(2025, 9, 18, 23, 59), to: new Date(2025, 9, 18, 0, 1) }, old))).toEqual([
      '2025-10-18-al-dumayr-ground-incursion',
      '2025-10-18-rif-dimashq-joint-operation',
      '2025-10-muadamiyat-al-qalamoun-cell-dismantling',
    ])
  })

  it('keeps or drops uncertain dates on request', () => {
    // The shipped data has no uncertain operation date since 0.2.0: mark one.
    const records = JSON.parse(JSON.stringify(shipped)) as { operations: { date: string }[] }
    records.operations[0]!.date = '2025-07?'
    const marked = createDataset(records)
    expect(filterOperations({ includeUncertainDates: false }, marked)).toHaveLength(shipped.operations.length - 1)
    expect(filterOperations({ includeUncertainDates: false }, marked).map((op) => op.id)).not.toContain(shipped.operations[0]!.id)
    expect(filterOperations({ includeApproximateDates: false }, marked)).toHaveLength(shipped.operations.length)
  })

  it('filters on types and record-level certainty', () => {
    const old = release020()
    expect(ids(filterOperations({ certainty: ['claimed'] }, old))).toEqual(['2025-10-muadamiyat-al-qalamoun-cell-dismantling'])
    expect(ids(filterOperations({ types: ['arrest'] }, old))).toEqual(['2025-10-18-al-dumayr-ground-incursion', '2025-10-muadamiyat-al-qalamoun-cell-dismantling'])
    expect(ids(filterOperations({ certainty: ['claimed'] }))).toEqual(ids(shipped.operations.filter((op) => op.certainty === 'claimed')))
    expect(ids(filterOperations({ types: ['arrest'] }))).toEqual(ids(shipped.operations.filter((op) => op.types.includes('arrest'))))
  })

  it('returns the records themselves, in dataset order; unknown ids match nothing; [] is no constraint', () => {
    const all = filterOperations({})
    expect(all).toHaveLength(shipped.operations.length)
    all.forEach((op, i) => expect(op).toBe(shipped.operations[i]))
    expect(filterOperations({ actors: ['no-such-actor' as 'isis'] })).toEqual([])
    expect(filterOperations({ actors: [], types: [] })).toHaveLength(shipped.operations.length)
  })

  it('names the offending input in errors', () => {
    expect(() => filterOperations({ from: '2025-13' })).toThrow(/from "2025-13"/)
    expect(() => filterOperations({ to: new Date(Number.NaN) })).toThrow(/Invalid to/)
    expect(() => filterOperations({ from: '2025-10', to: '2025-07' })).toThrow(/from "2025-10" is after to "2025-07"/)
    expect(() => filterOperations({ dateMode: 'inside' as 'within' })).toThrow(/"inside"/)
    expect(() => filterOperations({ role: 'boss' as 'lead', actors: ['isis'] })).toThrow(/"boss"/)
    expect(() => filterOperations({ types: ['raid' as 'clash'] })).toThrow(/"raid"/)
    expect(() => filterOperations({ minKilled: Number.NaN })).toThrow(/minKilled/)
  })
})

describe('filterOperations by grade', () => {
  // The shipped grades change as sources are added: compare with corroborate, never with counts.
  it('keeps exactly the operations whose corroboration grade is one of those given', () => {
    const grades = ['contested', 'acknowledged', 'corroborated', 'single-source'] as const
    for (const grade of grades) expect(ids(filterOperations({ grade: [grade] }))).toEqual(shipped.operations.filter((op) => corroborate(op).grade === grade).map((op) => op.id))
    expect(filterOperations({ grade: [...grades] })).toHaveLength(shipped.operations.length)
    expect(filterOperations({ grade: [] })).toHaveLength(shipped.operations.length)
  })

  it('combines with the other criteria', () => {
    const { grade } = corroborate(shipped.operations[0]!)
    expect(ids(filterOperations({ grade: [grade], locations: [shipped.operations[0]!.location] }))).toContain(shipped.operations[0]!.id)
  })
})

// Property tests: random valid datasets, random criteria, against the naive reference.
function criteriaFor(ds: IndexedDataset): fc.Arbitrary<OperationCriteria> {
  const actorIds = [...ds.dataset.actors.map((a) => a.id), ...ds.dataset.redirects.map((r) => r.id), 'no-such-actor']
  const locationIds = [...ds.dataset.locations.map((l) => l.id), 'no-such-place']
  return fc.record(
    {
      from: dateBound,
      to: dateBound,
      dateMode: fc.constantFrom('overlaps' as const, 'within' as const),
      actors: fc.subarray(actorIds, { maxLength: 3 }),
      role: fc.oneof(fc.constantFrom('lead' as const, 'partner' as const, 'support' as const, 'coordinated' as const, 'target' as const), fc.subarray(['lead', 'partner', 'target'] as const)),
      locations: fc.subarray(locationIds, { maxLength: 3 }),
      types: fc.subarray(['ground-incursion', 'airborne-landing', 'arrest', 'clash', 'security-operation'] as const),
      certainty: fc.subarray(['confirmed', 'reported', 'claimed', 'believed', 'disputed'] as const),
      minKilled: fc.integer({ min: 0, max: 5 }),
      minDetained: fc.integer({ min: 0, max: 5 }),
      includeUncertainDates: fc.boolean(),
      includeApproximateDates: fc.boolean(),
    },
    { requiredKeys: [] },
  )
}

describe('filterOperations properties', () => {
  const scenario = fc.integer({ min: 1, max: 40 }).chain((seed) => criteriaFor(randomDataset(seed).ds).map((criteria) => ({ seed, criteria: deepFreeze(criteria) as OperationCriteria })))

  it('agrees with a naive filter, returns a subset in dataset order, of the records themselves', () => {
    fc.assert(
      fc.property(scenario, ({ seed, criteria }) => {
        const { ds } = randomDataset(seed)
        let result: Operation[]
        try {
          result = filterOperations(criteria, ds)
        } catch (error) {
          // The only inputs that may throw here are a reversed range and a role without actors.
          expect(error).toBeInstanceOf(RangeError)
          expect(String(error)).toMatch(/is after to|role needs actors/)
          return
        }
        expect(ids(result)).toEqual(ids(naiveFilterOperations(ds.dataset, criteria)))
        const positions = result.map((op) => ds.dataset.operations.indexOf(op))
        positions.forEach((p, k) => {
          expect(p).toBeGreaterThanOrEqual(0)
          if (k > 0) expect(p).toBeGreaterThan(positions[k - 1]!)
        })
      }),
      { numRuns: 300 },
    )
  })

  it('never mutates its inputs (frozen inputs stay valid and equal)', () => {
    fc.assert(
      fc.property(scenario, ({ seed, criteria }) => {
        const { raw, ds } = randomDataset(seed)
        const before = JSON.stringify(criteria) + JSON.stringify(raw.operations.length)
        try {
          filterOperations(criteria, ds)
        } catch {
          /* reversed range */
        }
        expect(JSON.stringify(criteria) + JSON.stringify(raw.operations.length)).toBe(before)
        expect(Object.isFrozen(ds.dataset.operations[0])).toBe(true)
      }),
      { numRuns: 50 },
    )
  })

  it('integer day comparison agrees with date-fns interval semantics', () => {
    const day = fc.date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }).map((d) => `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`)
    const pair = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string])
    fc.assert(
      fc.property(pair, pair, ([s, e], [f, t]) => {
        const item = { start: parseISO(s), end: parseISO(e) }
        const range = { start: parseISO(f), end: parseISO(t) }
        expect(s <= t && e >= f).toBe(areIntervalsOverlapping(item, range, { inclusive: true }))
        expect(s >= f && e <= t).toBe(isWithinInterval(item.start, range) && isWithinInterval(item.end, range))
      }),
    )
  })
})
