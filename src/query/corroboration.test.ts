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
  { id: 'sana-report', kind: 'report', publisher: 'sana' },
  { id: 'sohr-via-wire', kind: 'report', publisher: 'paper-e', carries: ['wire-b'] },
  // A stored page that shows no date: a report still, independent like any other.
  { id: 'undated-page', kind: 'report', publisher: 'paper-f', publishedBasis: 'not stated in the stored copy' },
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

  it('compares counts per group of people: 3 Americans and the attacker killed are no disagreement', () => {
    const outcome = (kind: string, actors: string[], min: number, max: number | null, assertedBy: string, source: string) => ({ kind, actors, count: { min, max }, ...claim(assertedBy, source) })
    const americans = ['soldier-a', 'soldier-b', 'interpreter']
    const palmyra = operation({
      outcomes: [
        outcome('killed', americans, 3, 3, 'centcom', 'centcom-statement'),
        outcome('killed', ['attacker'], 1, 1, 'sana', 'sana-report'),
        outcome('killed', americans, 3, 3, 'reporter', 'ap-wire'),
        // A unit naming two of its own dead gives a part of the group, not a reading of its count.
        outcome('killed', ['soldier-a', 'soldier-b'], 2, 2, 'reporter', 'outlet-b'),
        outcome('wounded', ['us-unit'], 3, 3, 'reporter', 'ap-wire'),
        outcome('wounded', ['ministry'], 2, 2, 'sana', 'sana-report'),
      ],
    })
    expect(corroborate(palmyra, dataset).disagreements).toEqual([])
    const sohr = outcome('wounded', ['ministry'], 3, null, 'local-sources', 'sohr-via-wire')
    expect(corroborate(operation({ outcomes: [...palmyra.outcomes, sohr] }), dataset).disagreements).toEqual(['count:wounded'])
  })

  it('compares figures per measure and label, never with outcomes', () => {
    const figure = (measure: string, min: number, max: number | null, assertedBy: string, source: string, label?: string) => ({ measure, count: { min, max }, ...(label ? { label: { en: label } } : {}), ...claim(assertedBy, source) })
    const strikes = operation({ figures: [figure('targets-struck', 36, null, 'centcom', 'centcom-statement'), figure('targets-struck', 35, 35, 'reporter', 'outlet-b'), figure('munitions', 91, null, 'centcom', 'centcom-statement')] })
    expect(corroborate(strikes, dataset)).toMatchObject({ grade: 'contested', disagreements: ['figure:targets-struck'] })
    expect(corroborate(operation({ figures: [figure('targets-struck', 35, null, 'centcom', 'centcom-statement'), figure('targets-struck', 35, 35, 'reporter', 'outlet-b')] }), dataset).disagreements).toEqual([])
    const transfer = operation({ figures: [figure('detainees-transferred', 150, 150, 'centcom', 'centcom-statement', 'first flight'), figure('detainees-transferred', 5701, null, 'centcom', 'centcom-statement', 'total at completion'), figure('detainees-transferred', 5704, 5704, 'reporter', 'outlet-b', 'total at completion')] })
    expect(corroborate(transfer, dataset).disagreements).toEqual([])
    // A tally's killed figure is not a reading of the record's killed outcomes.
    const tally = operation({ outcomes: [{ kind: 'killed', actors: [], count: { min: 1, max: 1 }, ...claim('reporter', 'outlet-b') }], figures: [figure('killed', 5, 5, 'centcom', 'centcom-statement')] })
    expect(corroborate(tally, dataset).disagreements).toEqual([])
    expect(gradeClaims(strikes.figures, dataset).disagreements).toEqual(['figure:targets-struck'])
  })

  it('reads the development roles handing-over, receiving, host and chair as parties, not subject or support', () => {
    const party = (role: string) => operation({ types: ['facility-handover'], participants: [{ actor: 'ministry', role, ...claim('ministry', 'outlet-b') }] })
    for (const role of ['handing-over', 'receiving', 'host', 'chair', 'lead', 'partner']) expect(corroborate(party(role), dataset).acknowledgedBy).toEqual(['ministry'])
    for (const role of ['subject', 'target', 'support', 'coordinated']) expect(corroborate(party(role), dataset).acknowledgedBy).toEqual([])
  })

  it('counts a report page without a published date for independence', () => {
    expect(corroborate(operation({ evidence: [{ source: 'article' }, { source: 'undated-page' }] }), dataset)).toMatchObject({ grade: 'corroborated', independentSources: 2 })
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
