import { describe, expect, it } from 'vitest'
import { dataset as shipped } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import { corroborate } from '../query/corroboration.js'
import { readingRows } from './reading-rows.js'
import { toTables } from './to-tables.js'

const claim = (assertedBy: string, ...ids: string[]) => ({ assertedBy, certainty: 'reported', evidence: ids.map((source) => ({ source })) })
const made = {
  sources: [
    { id: 'article', kind: 'full-text', publisher: 'paper' },
    { id: 'wire-copy', kind: 'report', publisher: 'outlet', carries: ['wire'] },
  ],
  actors: [],
  locations: [],
  operations: [
    {
      id: 'op',
      date: '2025-10-18/2025-10-19',
      participants: [{ actor: 'coalition', role: 'lead', ...claim('reporter', 'article') }],
      outcomes: [{ kind: 'detained', actors: [], count: { min: 2, max: null }, ...claim('local-sources', 'article') }],
      readings: [
        { field: 'date', date: '2025-10-18', dateBasis: 'relative-to-publication', ...claim('reporter', 'article') },
        { field: 'date', date: '2025-10-19', time: '03:00', dateBasis: 'explicit', ...claim('reporter', 'wire-copy') },
        { field: 'types', types: ['ground-incursion', 'arrest'], ...claim('reporter', 'article', 'wire-copy') },
      ],
    },
  ],
} as unknown as Dataset

describe('readingRows', () => {
  it('puts every reading, count and participant side by side with its source and publisher', () => {
    expect(readingRows(made).readings).toEqual([
      { record_id: 'op', path: 'readings[0]', field: 'date', value: '2025-10-18', date_start: '2025-10-18', date_end: '2025-10-18', time: null, date_basis: 'relative-to-publication', derivation: null, source: 'article', publisher: 'paper', asserted_by: 'reporter', certainty: 'reported', reasoning: null },
      { record_id: 'op', path: 'readings[1]', field: 'date', value: '2025-10-19', date_start: '2025-10-19', date_end: '2025-10-19', time: '03:00', date_basis: 'explicit', derivation: null, source: 'wire-copy', publisher: 'outlet', asserted_by: 'reporter', certainty: 'reported', reasoning: null },
      { record_id: 'op', path: 'readings[2]', field: 'types', value: 'ground-incursion;arrest', date_start: null, date_end: null, time: null, date_basis: null, derivation: null, source: 'article;wire-copy', publisher: 'paper;outlet', asserted_by: 'reporter', certainty: 'reported', reasoning: null },
      { record_id: 'op', path: 'outcomes[0]', field: 'count:detained', value: '2+', date_start: null, date_end: null, time: null, date_basis: null, derivation: null, source: 'article', publisher: 'paper', asserted_by: 'local-sources', certainty: 'reported', reasoning: null },
      { record_id: 'op', path: 'participants[0]', field: 'participant:lead', value: 'coalition', date_start: null, date_end: null, time: null, date_basis: null, derivation: null, source: 'article', publisher: 'paper', asserted_by: 'reporter', certainty: 'reported', reasoning: null },
    ])
  })

  it('gives each shipped operation a row per outcome and participant, and its grade in the operations table', () => {
    const tables = toTables()
    for (const op of shipped.operations) {
      const rows = tables.readings.filter((r) => r.record_id === op.id)
      expect(rows.filter((r) => String(r.field).startsWith('count:'))).toHaveLength(op.outcomes.length)
      expect(rows.filter((r) => String(r.field).startsWith('participant:'))).toHaveLength(op.participants.length)
      const row = tables.operations.find((o) => o.id === op.id)
      const { grade, independentSources } = corroborate(op)
      expect([row?.grade, row?.independent_sources]).toEqual([grade, independentSources])
    }
  })
})
