import { describe, expect, it } from 'vitest'
import { buildTimeline } from './build-timeline.js'
import { filterOperations } from './filter-operations.js'
import { filterQuotes } from './filter-quotes.js'
import { operationsOf } from './operations-of.js'

// Criteria are checked, not trusted: each mistake below used to give a silent wrong answer
// (`{ actor: [...] }` returned all 7 operations, `{ actors: 'global-coalition' }` none).
const loose = <T>(value: unknown): T => value as T

describe('query criteria are validated by one checker', () => {
  it('rejects an unknown key with a did-you-mean', () => {
    expect(() => filterOperations(loose({ actor: ['global-coalition'] }))).toThrow(TypeError)
    expect(() => filterOperations(loose({ actor: ['global-coalition'] }))).toThrow('Unknown key "actor" in filterOperations criteria (did you mean "actors"?)')
    expect(() => filterQuotes(loose({ speaker: ['white-house'] }))).toThrow(/Unknown key "speaker" in filterQuotes criteria \(did you mean "speakers"\?\)/)
    expect(() => filterQuotes(loose({ about: { topic: ['sanctions'] } }))).toThrow(/Unknown key "topic" in filterQuotes criteria › about \(did you mean "topics"\?\)/)
    expect(() => buildTimeline(loose({ groupby: 'day' }))).toThrow(/Unknown key "groupby" in buildTimeline options \(did you mean "groupBy"\?\)/)
    expect(() => filterOperations(loose({ zzz: 1 }))).toThrow(/Unknown key "zzz" in filterOperations criteria: expected from, to, dateMode, actors/)
  })

  it('rejects a string or a Set where an array is expected', () => {
    expect(() => filterOperations(loose({ actors: 'global-coalition' }))).toThrow(TypeError)
    expect(() => filterOperations(loose({ actors: 'global-coalition' }))).toThrow('Invalid actors in filterOperations criteria: expected an array of ids, got a string ("global-coalition")')
    expect(() => filterOperations(loose({ locations: new Set(['syria']) }))).toThrow('Invalid locations in filterOperations criteria: expected an array of ids, got a Set')
    expect(() => filterOperations(loose({ types: 'clash' }))).toThrow(/Invalid types .*got a string/)
    expect(() => filterQuotes(loose({ modes: new Set(['direct']) }))).toThrow(TypeError)
    expect(() => buildTimeline(loose({ actors: 'global-coalition' }))).toThrow(/Invalid actors in buildTimeline options/)
    expect(() => filterOperations(loose({ actors: [42] }))).toThrow(/an item that is a number 42/)
  })

  it('rejects role without actors', () => {
    expect(() => filterOperations({ role: 'lead' })).toThrow(RangeError)
    expect(() => filterOperations({ role: 'lead', actors: [] })).toThrow('Invalid filterOperations criteria: role needs actors')
    expect(filterOperations({ role: 'lead', actors: ['global-coalition'] }).length).toBe(3)
  })

  it('rejects a wrong-typed flag or minimum', () => {
    expect(() => filterOperations(loose({ includeUncertainDates: 'no' }))).toThrow(TypeError)
    expect(() => filterOperations(loose({ includeUncertainDates: 'no' }))).toThrow('Invalid includeUncertainDates in filterOperations criteria: expected true or false, got a string ("no")')
    expect(() => filterQuotes(loose({ includeApproximateDates: 0 }))).toThrow(/expected true or false, got a number 0/)
    expect(() => filterOperations(loose({ minKilled: '1' }))).toThrow(TypeError)
    expect(() => filterOperations({ minKilled: Number.NaN })).toThrow(RangeError)
    expect(() => filterOperations({ minKilled: -1 })).toThrow('Invalid minKilled in filterOperations criteria: expected a count of 0 or more, got -1')
  })

  it('rejects criteria that are not a plain object', () => {
    for (const bad of [null, 'actors', ['x'], new Map()]) expect(() => filterOperations(loose(bad))).toThrow(TypeError)
    expect(() => buildTimeline(loose(7))).toThrow(/Invalid buildTimeline options: expected a plain object, got a number 7/)
  })

  it('names unknown vocabulary values as RangeErrors', () => {
    expect(() => filterOperations(loose({ certainty: ['sure'] }))).toThrow(RangeError)
    expect(() => filterOperations(loose({ certainty: ['sure'] }))).toThrow(/Unknown certainty "sure" .*expected one of confirmed, reported/)
    expect(() => buildTimeline(loose({ groupBy: 'week' }))).toThrow(RangeError)
    expect(() => filterOperations(loose({ grade: ['contestd'] }))).toThrow(/Unknown grade "contestd" in filterOperations criteria \(did you mean "contested"\?\): expected one of contested, acknowledged/)
    expect(() => filterOperations(loose({ grades: ['contested'] }))).toThrow(/Unknown key "grades" in filterOperations criteria \(did you mean "grade"\?\)/)
    expect(() => filterOperations(loose({ grade: 'contested' }))).toThrow(TypeError)
    expect(() => operationsOf('global-coalition', loose({ role: 'boss' }))).toThrow(/Unknown role "boss"/)
    expect(() => operationsOf('global-coalition', loose({ roles: ['lead'] }))).toThrow(/Unknown key "roles" in operationsOf options \(did you mean "role"\?\)/)
  })

  it('treats an empty string bound, an empty array and an undefined value as no criterion', () => {
    const all = filterOperations({}).length
    expect(filterOperations({ from: '', to: '' }).length).toBe(all)
    expect(filterOperations(loose({ actors: [], types: undefined }))).toHaveLength(all)
    expect(filterQuotes({ from: '' }).length).toBe(filterQuotes({}).length)
    expect(buildTimeline({ from: '', to: '2025-07' }).map((g) => g.key)).toEqual(buildTimeline({ to: '2025-07' }).map((g) => g.key))
  })
})
