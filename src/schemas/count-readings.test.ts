import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countGroups, countTotal, groupedTotal, type CountedOutcome } from './count-readings.js'

const outcome = (kind: string, min: number, max: number | null, assertedBy: string, ...sources: string[]): CountedOutcome => ({
  kind, count: { min, max }, assertedBy, evidence: sources.map((source) => ({ source })),
})

describe('countTotal', () => {
  it('counts a kind once when two sources give the same number', () => {
    expect(countTotal([outcome('killed', 3, 3, 'reporter', 'paper'), outcome('killed', 3, 3, 'command', 'wire-a', 'wire-b')], ['killed'])).toEqual({ min: 3, max: 3 })
  })

  it('spans differing readings from the smallest min to the largest max', () => {
    expect(countTotal([outcome('killed', 2, 2, 'ministry', 'paper'), outcome('killed', 1, 1, 'ministry', 'agency')], ['killed'])).toEqual({ min: 1, max: 2 })
  })

  it('leaves the span open when one reading is open', () => {
    expect(countTotal([outcome('detained', 2, null, 'reporter', 'paper'), outcome('detained', 1, 1, 'ministry', 'agency')], ['detained'])).toEqual({ min: 1, max: null })
  })

  it('adds parts of one reading (same voice, same sources) and adds kinds', () => {
    const outcomes = [outcome('killed', 1, 1, 'reporter', 'paper'), outcome('killed', 2, 2, 'reporter', 'paper'), outcome('died-of-wounds', 1, 1, 'reporter', 'paper'), outcome('killed', 3, 3, 'command', 'wire')]
    expect(countTotal(outcomes, ['killed', 'died-of-wounds'])).toEqual({ min: 4, max: 4 })
  })

  it('is empty when no outcome of the kinds is recorded', () => {
    expect(countTotal([outcome('detained', 1, 1, 'reporter', 'paper')], ['killed'])).toEqual({ min: null, max: null })
  })
})

// Made-up claims in the shape of the Palmyra ambush of 2025-12-13: the rule, not the data, decides.
const named = (kind: string, actors: string[], min: number, max: number | null, assertedBy: string, ...sources: string[]): CountedOutcome => ({
  ...outcome(kind, min, max, assertedBy, ...sources), actors,
})
const AMERICANS = ['soldier-a', 'soldier-b', 'interpreter']

describe('countTotal per group', () => {
  it('adds groups and spans readings of one group: 3 Americans and the attacker killed are 4', () => {
    const killed = [
      named('killed', AMERICANS, 3, 3, 'centcom', 'centcom-statement'),
      named('killed', ['attacker'], 1, 1, 'sana', 'sana-report'),
      named('killed', AMERICANS, 3, 3, 'reporter', 'wire-report'),
    ]
    expect(countTotal(killed, ['killed'])).toEqual({ min: 4, max: 4 })
    expect(countGroups(killed).map((g) => [g.actors, g.count, g.disagrees])).toEqual([[[...AMERICANS].sort(), { min: 3, max: 3 }, false], [['attacker'], { min: 1, max: 1 }, false]])
  })

  it('spans 2 and at least 3 wounded Syrians and adds the 3 Americans: 3 + [2..]', () => {
    const wounded = [
      named('wounded', ['us-unit'], 3, 3, 'reporter', 'wire-report'),
      named('wounded', ['ministry'], 2, 2, 'sana', 'sana-report'),
      named('wounded', ['ministry'], 3, null, 'sohr', 'sohr-report'),
    ]
    expect(countTotal(wounded, ['wounded'])).toEqual({ min: 5, max: null })
    expect(countGroups(wounded).map((g) => g.disagrees)).toEqual([false, true])
  })

  it('leaves out a reading naming only some of the actors another names (a part, not a reading)', () => {
    const killed = [named('killed', AMERICANS, 3, 3, 'centcom', 'centcom-statement'), named('killed', ['soldier-a', 'soldier-b'], 2, 2, 'guard', 'guard-release')]
    const [group] = countGroups(killed)
    expect(group).toMatchObject({ count: { min: 3, max: 3 }, disagrees: false })
    expect(group!.readings.map((r) => r.partial)).toEqual([false, true])
  })

  it('joins claims sharing an actor transitively, and adds groups within one account', () => {
    const killed = [named('killed', ['a'], 1, 1, 'x', 'p'), named('killed', ['b'], 1, 1, 'x', 'p'), named('killed', ['a', 'b'], 2, 2, 'y', 'q')]
    expect(countGroups(killed)).toHaveLength(1)
    expect(countTotal(killed, ['killed'])).toEqual({ min: 2, max: 2 })
    expect(countTotal(killed.slice(0, 2), ['killed'])).toEqual({ min: 2, max: 2 })
  })

  it('keeps the unnamed group apart from named ones', () => {
    const detained = [outcome('detained', 5, 5, 'ministry', 'agency'), outcome('detained', 3, 3, 'reporter', 'paper'), named('detained', ['security-members'], 12, null, 'security-source', 'wire')]
    expect(countGroups(detained).map((g) => [g.actors, g.count, g.disagrees])).toEqual([[[], { min: 3, max: 5 }, true], [['security-members'], { min: 12, max: null }, false]])
    // The five may be among the twelve: the unnamed group adds only as far as one account adds it.
    expect(countTotal(detained, ['detained'])).toEqual({ min: 12, max: null })
  })

  it('adds an unnamed group to a named one where one account gives both', () => {
    const wounded = [named('wounded', ['americans'], 3, 3, 'command', 'statement'), outcome('wounded', 2, 2, 'command', 'statement')]
    expect(countTotal(wounded, ['wounded'])).toEqual({ min: 5, max: 5 })
    const apart = [named('wounded', ['americans'], 3, 3, 'command', 'statement'), outcome('wounded', 2, 2, 'agency', 'agency-report')]
    expect(countTotal(apart, ['wounded'])).toEqual({ min: 3, max: 5 })
  })

  it('tells "35" and "more than 35" apart, but not "at least 2" and "3"', () => {
    expect(countGroups([outcome('killed', 35, 35, 'a', 's1'), outcome('killed', 36, null, 'b', 's2')])[0]!.disagrees).toBe(true)
    expect(countGroups([outcome('killed', 2, null, 'a', 's1'), outcome('killed', 3, 3, 'b', 's2')])[0]!.disagrees).toBe(false)
  })

  it('skips claims without a count and treats a claim without attribution as an account of its own', () => {
    expect(countGroups([{ count: undefined }])).toEqual([])
    expect(countGroups([{ count: { min: 1, max: 1 } }, { count: { min: 2, max: 2 } }])[0]).toMatchObject({ count: { min: 1, max: 2 }, disagrees: true })
  })
})

// The rule with no shortcut, kind by kind (groupedTotal), the kinds added: countTotal's
// shortcuts (one counted claim; every claim in one account) must give exactly this.
function totalByGroups(outcomes: readonly CountedOutcome[], kinds: readonly string[]): { min: number | null; max: number | null } {
  const totals = kinds.flatMap((kind) => groupedTotal(outcomes.filter((o) => o.kind === kind)) ?? [])
  if (totals.length === 0) return { min: null, max: null }
  return { min: totals.reduce((sum, t) => sum + t.min, 0), max: totals.some((t) => t.max === null) ? null : totals.reduce((sum, t) => sum + t.max!, 0) }
}

describe('countTotal shortcuts', () => {
  const claim = fc.record({
    kind: fc.constantFrom('killed', 'died-of-wounds', 'detained'),
    count: fc.option(fc.tuple(fc.nat(5), fc.option(fc.nat(3), { nil: null })).map(([min, extra]) => ({ min, max: extra === null ? null : min + extra })), { nil: undefined }),
    actors: fc.option(fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }), { nil: undefined }),
    assertedBy: fc.option(fc.constantFrom('reporter', 'ministry'), { nil: undefined }),
    evidence: fc.option(fc.array(fc.record({ source: fc.constantFrom('paper', 'wire', 'agency') }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  }, { requiredKeys: ['kind'] })

  it('give what the grouping gives, for any claims and kinds', () => {
    fc.assert(fc.property(fc.array(claim, { maxLength: 6 }), fc.constantFrom(['killed'], ['killed', 'died-of-wounds'], ['detained']), (outcomes, kinds) => {
      expect(countTotal(outcomes as CountedOutcome[], kinds)).toEqual(totalByGroups(outcomes as CountedOutcome[], kinds))
    }), { numRuns: 3000 })
  })

  it('adds the claims of one account, named and unnamed alike', () => {
    const one = (kind: string, min: number, max: number | null, actors: string[]) => ({ kind, count: { min, max }, actors, assertedBy: 'ministry', evidence: [{ source: 'wire' }, { source: 'paper' }] })
    expect(countTotal([one('detained', 5, 5, []), one('detained', 3, null, ['a']), { ...one('detained', 2, 2, ['b']), evidence: [{ source: 'paper' }, { source: 'wire' }] }], ['detained'])).toEqual({ min: 10, max: null })
  })
})
