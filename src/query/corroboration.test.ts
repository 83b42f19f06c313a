import { describe, expect, it } from 'vitest'
import type { Dataset } from '../schemas/dataset.js'
import type { Operation } from '../schemas/operation.js'
import { corroborate, gradeClaims } from './corroboration.js'

// Made-up sources and actors: the grades must follow from the rules, not from the shipped data.
const sources = [
  { id: 'article', kind: 'full-text', publisher: 'paper-a' },
  { id: 'outlet-b', kind: 'report', publisher: 'outlet-b' },
  { id: 'ap-wire', kind: 'report', publisher: 'wire' },
  { id: 'paper-c-carrying-ap', kind: 'report', publisher: 'paper-c', carries: ['wire'] },
  { id: 'paper-d-carrying-ap', kind: 'report', publisher: 'paper-d', carries: ['wire'] },
  { id: 'paper-a-second-story', kind: 'report', publisher: 'paper-a' },
  { id: 'centcom-statement', kind: 'report', publisher: 'centcom' },
  { id: 'encyclopedia', kind: 'reference' },
  { id: 'gazetteer', kind: 'reference' },
]
const actors = [
  { id: 'centcom', affiliations: [{ actor: 'us-military' }] },
  { id: 'us-military', affiliations: [{ actor: 'united-states' }] },
  { id: 'united-states', affiliations: [{ actor: 'coalition' }] },
  { id: 'coalition' },
  { id: 'ministry', affiliations: [{ actor: 'government' }] },
  { id: 'unit', affiliations: [{ actor: 'ministry' }] },
  { id: 'government' },
  { id: 'security-source' },
  { id: 'local-sources' },
]
const locations = [{ id: 'country' }, { id: 'governorate', parent: { location: 'country' } }, { id: 'town', parent: { location: 'governorate' } }, { id: 'other-town', parent: { location: 'governorate' } }]
const dataset = { sources, actors, locations, operations: [], quotes: [], corrections: [], redirects: [] } as unknown as Dataset

const claim = (assertedBy: string, ...ids: string[]) => ({ assertedBy, certainty: 'reported', evidence: ids.map((source) => ({ source })) })
const operation = (fields: Record<string, unknown> = {}): Operation =>
  ({ id: 'op', date: '2025-07', location: 'town', types: ['arrest'], participants: [], outcomes: [], relations: [], notes: [], readings: [], ...claim('reporter', 'article'), ...fields }) as unknown as Operation
const dateReading = (date: string, assertedBy: string, source: string) => ({ field: 'date', date, dateBasis: 'explicit', ...claim(assertedBy, source) })

describe('corroborate', () => {
  it('grades one source single-source', () => {
    expect(corroborate(operation(), dataset)).toEqual({ grade: 'single-source', sources: ['article'], independentSources: 1, acknowledgedBy: [], disagreements: [] })
  })

  it('grades two outlets that agree corroborated', () => {
    const op = operation({ readings: [dateReading('2025-07', 'reporter', 'article'), dateReading('2025-07-25', 'reporter', 'outlet-b')] })
    const c = corroborate(op, dataset)
    expect(c.grade).toBe('corroborated')
    expect(c.independentSources).toBe(2)
    expect(c.sources).toEqual(['article', 'outlet-b'])
  })

  it('counts a wire and the papers carrying it as one group', () => {
    expect(corroborate(operation({ evidence: [{ source: 'ap-wire' }, { source: 'paper-c-carrying-ap' }] }), dataset)).toMatchObject({ grade: 'single-source', independentSources: 1 })
    // Two papers carrying the same wire are one group too, and so are two stories of one publisher.
    expect(corroborate(operation({ evidence: [{ source: 'paper-c-carrying-ap' }, { source: 'paper-d-carrying-ap' }] }), dataset).independentSources).toBe(1)
    expect(corroborate(operation({ evidence: [{ source: 'article' }, { source: 'paper-a-second-story' }] }), dataset).independentSources).toBe(1)
    expect(corroborate(operation({ evidence: [{ source: 'ap-wire' }, { source: 'paper-c-carrying-ap' }, { source: 'outlet-b' }] }), dataset)).toMatchObject({ grade: 'corroborated', independentSources: 2 })
  })

  it('never lets a reference corroborate an event', () => {
    const op = operation({ readings: [{ field: 'location', location: 'town', ...claim('reporter', 'gazetteer') }], notes: [{ text: { en: 'x' }, ...claim('reporter', 'encyclopedia') }] })
    expect(corroborate(op, dataset)).toMatchObject({ grade: 'single-source', independentSources: 1, sources: ['article', 'encyclopedia', 'gazetteer'] })
  })

  it('grades an operation a party claims acknowledged, through the affiliations chain', () => {
    const op = operation({ participants: [{ actor: 'coalition', role: 'lead', ...claim('centcom', 'centcom-statement') }] })
    expect(corroborate(op, dataset)).toMatchObject({ grade: 'acknowledged', acknowledgedBy: ['centcom'] })
    // The record's own assertion by a party, and a body speaking for its own unit, count too.
    const ministry = operation({ ...claim('ministry', 'article'), participants: [{ actor: 'unit', role: 'partner', ...claim('ministry', 'article') }] })
    expect(corroborate(ministry, dataset).acknowledgedBy).toEqual(['ministry'])
    // A party's own statement page speaks in the party's voice: its reporter is the party.
    expect(corroborate(operation({ participants: [{ actor: 'coalition', role: 'lead', ...claim('reporter', 'centcom-statement') }] }), dataset).acknowledgedBy).toEqual(['centcom'])
    // The editors are never a party.
    expect(corroborate(operation({ participants: [{ actor: 'coalition', role: 'lead', ...claim('editors', 'article') }] }), dataset).grade).toBe('single-source')
    // A participant named by someone else, or in a supporting role, is no acknowledgement.
    expect(corroborate(operation({ participants: [{ actor: 'coalition', role: 'lead', ...claim('reporter', 'article') }] }), dataset).grade).toBe('single-source')
    expect(corroborate(operation({ participants: [{ actor: 'centcom', role: 'support', ...claim('centcom', 'centcom-statement') }] }), dataset).grade).toBe('corroborated')
  })

  it('grades date readings that cannot both be true contested', () => {
    const op = operation({ date: '2025-10-18/2025-10-19', readings: [dateReading('2025-10-18', 'reporter', 'article'), dateReading('2025-10-19', 'reporter', 'outlet-b')] })
    expect(corroborate(op, dataset)).toMatchObject({ grade: 'contested', disagreements: ['date'] })
  })

  it('compares the values, not the evidence: a place inside another or fewer types agree', () => {
    const agree = operation({
      readings: [
        { field: 'location', location: 'town', ...claim('reporter', 'article') },
        { field: 'location', location: 'governorate', ...claim('reporter', 'outlet-b') },
        { field: 'types', types: ['arrest'], ...claim('reporter', 'article') },
        { field: 'types', types: ['arrest', 'ground-incursion'], ...claim('reporter', 'outlet-b') },
      ],
    })
    expect(corroborate(agree, dataset).disagreements).toEqual([])
    const differ = operation({
      readings: [
        { field: 'location', location: 'town', ...claim('reporter', 'article') },
        { field: 'location', location: 'other-town', ...claim('reporter', 'outlet-b') },
        { field: 'types', types: ['airborne-landing'], ...claim('reporter', 'article') },
        { field: 'types', types: ['ground-incursion'], ...claim('reporter', 'outlet-b') },
      ],
    })
    expect(corroborate(differ, dataset).disagreements).toEqual(['location', 'types'])
  })

  it('grades counts from different voices that cannot both hold contested, not two groups of one voice', () => {
    const killed = (min: number, max: number | null, assertedBy: string, source: string) => ({ kind: 'killed', actors: [], count: { min, max }, ...claim(assertedBy, source) })
    expect(corroborate(operation({ outcomes: [killed(2, 2, 'ministry', 'article'), killed(3, 3, 'local-sources', 'article')] }), dataset).disagreements).toEqual(['count:killed'])
    expect(corroborate(operation({ outcomes: [killed(2, null, 'ministry', 'article'), killed(3, 3, 'local-sources', 'article')] }), dataset).disagreements).toEqual([])
    expect(corroborate(operation({ outcomes: [killed(2, 2, 'ministry', 'article'), killed(1, 1, 'ministry', 'article')] }), dataset).disagreements).toEqual([])
    // The same voice in two sources gives two readings of one count.
    expect(corroborate(operation({ outcomes: [killed(2, 2, 'reporter', 'ap-wire'), killed(4, 4, 'reporter', 'outlet-b')] }), dataset).disagreements).toEqual(['count:killed'])
  })

  it('grades different voices naming different leads contested, unless one lead is part of the other', () => {
    const lead = (actor: string, assertedBy: string, source: string) => ({ actor, role: 'lead', ...claim(assertedBy, source) })
    const differ = corroborate(operation({ participants: [lead('ministry', 'security-source', 'article'), lead('us-military', 'centcom', 'centcom-statement')] }), dataset)
    expect(differ).toMatchObject({ disagreements: ['participants'], acknowledgedBy: ['centcom'] })
    expect(corroborate(operation({ participants: [lead('coalition', 'reporter', 'article'), lead('us-military', 'centcom', 'centcom-statement')] }), dataset).disagreements).toEqual([])
  })

  it('puts contested before acknowledged before corroborated before single-source', () => {
    const contestedAndAcknowledged = operation({
      participants: [{ actor: 'coalition', role: 'lead', ...claim('centcom', 'centcom-statement') }],
      readings: [dateReading('2025-10-18', 'reporter', 'article'), dateReading('2025-10-19', 'centcom', 'centcom-statement')],
    })
    expect(corroborate(contestedAndAcknowledged, dataset).grade).toBe('contested')
    const acknowledgedAndCorroborated = operation({ participants: [{ actor: 'coalition', role: 'lead', ...claim('centcom', 'centcom-statement') }], evidence: [{ source: 'article' }, { source: 'outlet-b' }] })
    expect(corroborate(acknowledgedAndCorroborated, dataset)).toMatchObject({ grade: 'acknowledged', independentSources: 3 })
  })

  it('accepts an indexed dataset as well as a plain one, and never changes the operation', () => {
    const op = operation()
    const before = structuredClone(op)
    expect(corroborate(op, { dataset })).toEqual(corroborate(op, dataset))
    expect(op).toEqual(before)
    expect(Object.isFrozen(corroborate(op, dataset).sources)).toBe(true)
  })
})

describe('gradeClaims', () => {
  it('grades the readings of one value', () => {
    const date = [dateReading('2025-10-18', 'reporter', 'article'), dateReading('2025-10-19', 'reporter', 'outlet-b')]
    expect(gradeClaims(date, dataset)).toMatchObject({ grade: 'contested', disagreements: ['date'], independentSources: 2 })
    expect(gradeClaims(date.slice(0, 1), dataset).grade).toBe('single-source')
    expect(gradeClaims([dateReading('2025-10', 'reporter', 'article'), dateReading('2025-10-19', 'reporter', 'outlet-b')], dataset).grade).toBe('corroborated')
  })

  it('finds a party only among the participants given', () => {
    const participant = { actor: 'coalition', role: 'lead', ...claim('centcom', 'centcom-statement') }
    expect(gradeClaims([participant], dataset)).toMatchObject({ grade: 'acknowledged', acknowledgedBy: ['centcom'] })
    expect(gradeClaims([dateReading('2025-10-19', 'centcom', 'centcom-statement')], dataset).grade).toBe('single-source')
  })

  it('grades no claims single-source with no sources', () => {
    expect(gradeClaims([], dataset)).toEqual({ grade: 'single-source', sources: [], independentSources: 0, acknowledgedBy: [], disagreements: [] })
  })
})
