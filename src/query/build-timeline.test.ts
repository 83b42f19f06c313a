import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { naiveTimeline } from '../../bench/naive.js'
import { randomDataset } from '../../bench/property-support.js'
import { dataset } from '../data/index.js'
import { edtfToInterval } from '../dates/calendar-interval.js'
import { MIN_DAY } from '../dates/day-bounds.js'
import { buildTimeline } from './build-timeline.js'
import { corroborate } from './corroboration.js'
import type { TimelineOptions } from './criteria.js'
import type { TimelineEntry, TimelineGroup } from './types.js'
import { release020 } from '../../test/fixtures/release-0-2-0.js'

interface Days {
  readonly start: string
  readonly end: string
}

// As documented: an open start sits at its last day; then last day descending, first day ascending.
function dayOrder(a: Days, b: Days): number {
  const pa = a.start === MIN_DAY ? a.end : a.start
  const pb = b.start === MIN_DAY ? b.end : b.start
  if (pa !== pb) return pa < pb ? -1 : 1
  if (a.end !== b.end) return a.end > b.end ? -1 : 1
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0
}

function before(a: Days, b: Days): boolean {
  return dayOrder(a, b) < 0
}

function entryOrder(a: TimelineEntry, b: TimelineEntry): number {
  const days = dayOrder(a, b)
  if (days !== 0) return days
  if (a.kind !== b.kind) return a.kind === 'operation' ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function checkInvariants(timeline: readonly TimelineGroup[]): void {
  const seen = new Set<string>()
  timeline.forEach((group, g) => {
    if (g > 0) expect(before(timeline[g - 1]!, group), `${timeline[g - 1]!.key} before ${group.key}`).toBe(true)
    // The key is EDTF for exactly the group's days.
    expect(edtfToInterval(group.key)).toEqual({ start: group.start, end: group.end })
    group.entries.forEach((e, k) => {
      if (k > 0) expect(entryOrder(group.entries[k - 1]!, e)).toBeLessThan(0)
      expect(e.start >= group.start && e.end <= group.end, `${e.id} inside ${group.key}`).toBe(true)
      expect(edtfToInterval(e.date)).toEqual({ start: e.start, end: e.end })
      expect(seen.has(`${e.kind}:${e.id}`)).toBe(false)
      seen.add(`${e.kind}:${e.id}`)
    })
  })
}

describe('buildTimeline on the shipped data', () => {
  it("gives every operation entry the operation's corroboration grade", () => {
    const entries = buildTimeline({ include: ['operations'] }).flatMap((g) => g.entries)
    expect(entries).toHaveLength(dataset.operations.length)
    for (const e of entries) if (e.kind === 'operation') expect(e.grade).toBe(corroborate(e.record).grade)
  })

  // Exact groupings are read on the records release 0.2.0 published, so new records do not move them.
  const old = release020()

  it('groups July to October by month', () => {
    const timeline = buildTimeline({ from: '2025-07', to: '2025-10', groupBy: 'month' }, old)
    // Muadamiyat al-Qalamoun (../2025-10-18, start unknown) spans every month up to October: a group
    // of its own, placed at its last day, after October's.
    expect(timeline.map((g) => g.key)).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '../2025-10'])
    expect(timeline.map((g) => g.entries.length)).toEqual([2, 1, 1, 6, 1])
    checkInvariants(timeline)
  })

  it('sorts the October week before its days, and months before their days when grouped by year', () => {
    const october = buildTimeline({ from: '2025-10' }, old).find((g) => g.key === '2025-10')!
    expect(october.entries.map((e) => e.id)).toEqual([
      'tom-barrack-syria-back-on-our-side',
      '2025-10-18-al-dumayr-ground-incursion',
      '2025-10-18-rif-dimashq-joint-operation',
      'interior-ministry-cell-dismantled-announcement',
      'interior-ministry-operation-results',
      'interior-ministry-proactive-approach',
    ])
    const year = buildTimeline({ groupBy: 'year' }, old)
    expect(year.map((g) => g.key)).toEqual(['2025', '../2025'])
    expect(year[1]!.entries.map((e) => e.date)).toEqual(['../2025-10-18'])
    expect(year[0]!.entries.map((e) => e.date)).toEqual(['2025-04', '2025-05', '2025-07', '2025-07-25', '2025-08-19/2025-08-20', '2025-09-19', '2025-10-18/2025-10-24', '2025-10-18/2025-10-19', '2025-10-18', '2025-10-18', '2025-10-18', '2025-10-18'])
    checkInvariants(year)
  })

  it('keys an entry spanning days by its interval when grouping by day', () => {
    const days = buildTimeline({ from: '2025-10', groupBy: 'day' }, old)
    expect(days.map((g) => [g.key, g.start, g.end])).toEqual([
      ['2025-10-18/2025-10-24', '2025-10-18', '2025-10-24'],
      ['2025-10-18/2025-10-19', '2025-10-18', '2025-10-19'],
      ['../2025-10-18', '0000-01-01', '2025-10-18'],
      ['2025-10-18', '2025-10-18', '2025-10-18'],
    ])
    expect(buildTimeline({ from: '2025-07', to: '2025-07', groupBy: 'day' }, old).map((g) => g.key)).toEqual(['2025-07', '2025-07-25', '../2025-10-18'])
  })

  it('places a record dated only by its announcement at its last day, among the days sources state', () => {
    // By day, a group has exactly its entries' days, so the entries run in order of place.
    const entries = buildTimeline({ groupBy: 'day' }).flatMap((g) => g.entries)
    const place = (e: TimelineEntry) => (e.start === MIN_DAY ? e.end : e.start)
    expect(entries.filter((e) => e.start === MIN_DAY).length).toBeGreaterThan(1)
    expect(entries[0]!.start).not.toBe(MIN_DAY)
    for (const [k, e] of entries.entries()) if (k > 0) expect(place(entries[k - 1]!) <= place(e), `${entries[k - 1]!.date} before ${e.date}`).toBe(true)
  })

  it('filters by actors (operations involving them, quotes by or about them) and locations', () => {
    const barrack = buildTimeline({ actors: ['tom-barrack'] }, old)
    expect(barrack.flatMap((g) => g.entries.map((e) => e.id))).toEqual(['tom-barrack-syria-back-on-our-side'])
    const aleppo = buildTimeline({ locations: ['aleppo-governorate'] }, old)
    expect(aleppo.flatMap((g) => g.entries.map((e) => e.id))).toEqual(['2025-07-al-bab-airborne-landing'])
    expect(buildTimeline({ include: ['quotes'] }, old).flatMap((g) => g.entries.map((e) => e.kind))).toEqual(Array(7).fill('quote'))
    // Undated quotes have no place on a timeline.
    const dated = dataset.quotes.filter((q) => q.date !== undefined).map((q) => q.id)
    expect(buildTimeline({ include: ['quotes'] }).flatMap((g) => g.entries.map((e) => e.id)).sort()).toEqual(dated.sort())
  })

  it('labels quotes with the speaker and shortened words, in both languages', () => {
    const entry = buildTimeline({ actors: ['tom-barrack'] })[0]!.entries[0]!
    // Built from the data, so a corrected translation does not break the test of the labelling.
    const quote = dataset.quotes.find((q) => q.id === entry.id)!
    const speaker = dataset.actors.find((a) => a.id === quote.speaker)!
    expect(entry.label).toEqual({ en: `${speaker.name.en}: ${quote.text.en}`, ar: `${speaker.name.ar}: ${quote.text.ar}` })
    expect(entry.precision).toBe('interval')
  })

  it('names bad options', () => {
    expect(() => buildTimeline({ groupBy: 'week' as 'day' })).toThrow(/"week"/)
    expect(() => buildTimeline({ include: ['notes' as 'quotes'] })).toThrow(/"notes"/)
  })
})

describe('buildTimeline properties', () => {
  it('is sorted as documented, has each matching record exactly once, and matches a naive sort', () => {
    const bound = fc.oneof(
      fc.constant(undefined),
      fc.record({ y: fc.integer({ min: 2023, max: 2026 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`),
    )
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.constantFrom('day' as const, 'month' as const, 'year' as const), bound, bound, fc.nat(), fc.nat(), (seed, groupBy, from, to, a, l) => {
        const { ds } = randomDataset(seed)
        if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from]
        const actors = a % 3 === 0 ? [ds.dataset.actors[a % ds.dataset.actors.length]!.id] : undefined
        const locations = l % 4 === 0 ? [ds.dataset.locations[l % ds.dataset.locations.length]!.id] : undefined
        const options: TimelineOptions = {
          groupBy,
          ...(from !== undefined ? { from } : {}),
          ...(to !== undefined ? { to } : {}),
          ...(actors ? { actors } : {}),
          ...(locations ? { locations } : {}),
        }
        const timeline = buildTimeline(options, ds)
        checkInvariants(timeline)
        expect(timeline.map((g) => [g.key, g.entries.map((e) => e.id)])).toEqual(naiveTimeline(ds.dataset, options as Parameters<typeof naiveTimeline>[1]).map((g) => [g.key, g.entries.map((e) => e.id)]))
      }),
      { numRuns: 200 },
    )
  })
})
