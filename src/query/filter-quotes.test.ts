import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { naiveFilterQuotes } from '../../bench/naive.js'
import { dateBound, randomDataset } from '../../bench/property-support.js'
import { deepFreeze } from '../data/deep-freeze.js'
import type { Quote } from '../schemas/quote.js'
import { filterQuotes } from './filter-quotes.js'
import type { IndexedDataset } from './types.js'
import type { QuoteCriteria } from './criteria.js'
import { indexOf } from './_engine/index/dataset-index.js'
import { dataset } from '../data/index.js'
import { release020 } from '../../test/fixtures/release-0-2-0.js'

const ids = (quotes: readonly Quote[]): string[] => quotes.map((q) => q.id)

describe('filterQuotes on the shipped data', () => {
  // Exact answers are read on the records release 0.2.0 published, so new records do not move them.
  const old = release020()

  it('leaves undated quotes out of any date criterion', () => {
    expect(filterQuotes({})).toHaveLength(dataset.quotes.length)
    expect(ids(filterQuotes({ from: '0001', to: '9999' }))).toEqual(ids(dataset.quotes.filter((q) => q.date !== undefined)))
    expect(ids(filterQuotes({ to: '2025-12-31' }, old))).toEqual([
      'interior-ministry-cell-dismantled-announcement',
      'interior-ministry-operation-results',
      'interior-ministry-proactive-approach',
      'isis-warning-to-al-sharaa',
      'security-source-east-aleppo-operation',
      'tom-barrack-syria-back-on-our-side',
      'white-house-sanctions-conditions',
    ])
  })

  it('uses overlaps and within on the quote interval', () => {
    expect(ids(filterQuotes({ from: '2025-10-20' }, old))).toEqual(['tom-barrack-syria-back-on-our-side'])
    expect(ids(filterQuotes({ from: '2025-10-20', dateMode: 'within' }, old))).toEqual([])
    expect(ids(filterQuotes({ from: '2025-10-18', to: '2025-10-24', dateMode: 'within' }, old))).toEqual([
      'interior-ministry-cell-dismantled-announcement',
      'interior-ministry-operation-results',
      'interior-ministry-proactive-approach',
      'tom-barrack-syria-back-on-our-side',
    ])
  })

  it('filters by speaker, what the quote is about, mode and channel', () => {
    expect(ids(filterQuotes({ speakers: ['tom-barrack'] }, old))).toEqual(['tom-barrack-syria-back-on-our-side'])
    expect(ids(filterQuotes({ about: { operations: ['2025-10-18-al-dumayr-ground-incursion'] } }, old))).toEqual(['local-sources-al-masoud-not-isis'])
    expect(ids(filterQuotes({ about: { actors: ['united-states'] } }, old))).toEqual(['firas-allawi-us-vision', 'white-house-sanctions-conditions'])
    // northeast Syria contains the detention centres two quotes are about.
    expect(ids(filterQuotes({ about: { locations: ['northeast-syria'] } }, old))).toEqual(['firas-allawi-coalition-keeps-sdf', 'white-house-sanctions-conditions'])
    expect(ids(filterQuotes({ about: { topics: ['sanctions', 'iranian-militias'] } }, old))).toEqual(['firas-allawi-iranian-militias', 'white-house-sanctions-conditions'])
    expect(ids(filterQuotes({ channels: ['post-on-x'] }, old))).toEqual(['tom-barrack-syria-back-on-our-side'])
    expect(filterQuotes({ modes: ['direct'] }, old)).toHaveLength(3)
    expect(filterQuotes({ speakers: ['wael-alwan'], about: { topics: ['sanctions'] } }, old)).toEqual([])
  })

  it('names bad input', () => {
    expect(() => filterQuotes({ modes: ['shouted' as 'direct'] })).toThrow(/"shouted"/)
    expect(() => filterQuotes({ from: 'last week' })).toThrow(/from "last week"/)
  })
})

function criteriaFor(ds: IndexedDataset): fc.Arbitrary<QuoteCriteria> {
  const actorIds = [...ds.dataset.actors.map((a) => a.id), ...ds.dataset.redirects.map((r) => r.id), 'no-such-actor']
  const locationIds = [...ds.dataset.locations.map((l) => l.id), 'no-such-place']
  const operationIds = ds.dataset.operations.map((o) => o.id)
  return fc.record(
    {
      from: dateBound,
      to: dateBound,
      dateMode: fc.constantFrom('overlaps' as const, 'within' as const),
      speakers: fc.subarray(actorIds, { maxLength: 3 }),
      about: fc.record(
        {
          operations: fc.subarray(operationIds, { maxLength: 3 }),
          actors: fc.subarray(actorIds, { maxLength: 3 }),
          locations: fc.subarray(locationIds, { maxLength: 3 }),
          topics: fc.subarray(['security-coordination', 'counter-terrorism', 'sanctions', 'unknown-topic']),
        },
        { requiredKeys: [] },
      ),
      modes: fc.subarray(['direct', 'indirect'] as const),
      channels: fc.subarray(['post-on-x', 'official-statement', 'unspecified'] as const),
      includeUncertainDates: fc.boolean(),
      includeApproximateDates: fc.boolean(),
    },
    { requiredKeys: [] },
  )
}

describe('filterQuotes properties', () => {
  it('agrees with a naive filter and returns a subset in dataset order, without mutating input', () => {
    const scenario = fc.integer({ min: 1, max: 40 }).chain((seed) => criteriaFor(randomDataset(seed).ds).map((criteria) => ({ seed, criteria: deepFreeze(criteria) as QuoteCriteria })))
    fc.assert(
      fc.property(scenario, ({ seed, criteria }) => {
        const { ds } = randomDataset(seed)
        const before = JSON.stringify(criteria)
        let result: Quote[]
        try {
          result = filterQuotes(criteria, ds)
        } catch (error) {
          expect(String(error)).toMatch(/is after to/)
          return
        }
        expect(ids(result)).toEqual(ids(naiveFilterQuotes(ds.dataset, criteria)))
        let last = -1
        for (const q of result) {
          const at = ds.dataset.quotes.indexOf(q)
          expect(at).toBeGreaterThan(last)
          last = at
        }
        expect(JSON.stringify(criteria)).toBe(before)
      }),
      { numRuns: 300 },
    )
  })
})
