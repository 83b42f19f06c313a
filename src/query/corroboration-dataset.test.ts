import { describe, expect, it } from 'vitest'
import { miniDataset } from '../../test/fixtures/mini-dataset.js'
import { fingerprintWords } from '../evidence/fingerprint-words.js'
import { corroborate } from './corroboration.js'
import { createDataset } from './create-dataset.js'
import { filterOperations } from './filter-operations.js'
import { buildTimeline } from './build-timeline.js'
import { toTables } from '../export/to-tables.js'

// The same rules on a dataset that passes validation: made-up outlets, reports and words.
function graded() {
  const records = miniDataset()
  const [op] = records.operations
  const report = (id: string, publisher: string, carries?: string[]) => ({
    id, kind: 'report', genre: 'news-article', publisher, ...(carries ? { carries } : {}),
    published: '2025-10-25', publishedBasis: 'date header', url: `https://example.org/${id}`, language: 'en', textDirection: 'ltr',
  })
  const words = (source: string, text: string) => ({ type: 'fingerprint', source, ...fingerprintWords(text) })
  const media = (id: string) => ({ id, kind: 'media', name: { en: id }, evidence: records.actors[0]!.evidence })
  records.sources.push(report('outlet-b-2025-10-25-raid', 'outlet-b') as never, report('paper-c-2025-10-25-wire', 'paper-c', ['wire']) as never, report('wire-2025-10-25', 'wire') as never)
  records.actors.push(media('outlet-b') as never, media('paper-c') as never, media('wire') as never)
  const span = op!.evidence[0]!
  const base = { title: { en: 'x' }, location: 'al-bab', types: ['security-operation'], participants: [], outcomes: [], assertedBy: 'reporter', certainty: 'reported' }
  records.operations.push(
    // Two outlets: corroborated.
    { ...base, id: 'op-two-outlets', date: '2025-10', dateBasis: 'explicit', evidence: [span, words('outlet-b-2025-10-25-raid', 'an operation in al-Bab')] } as never,
    // A wire and a paper carrying it: one group.
    { ...base, id: 'op-one-wire', date: '2025-10', dateBasis: 'explicit', evidence: [words('wire-2025-10-25', 'raid'), words('paper-c-2025-10-25-wire', 'raid')] } as never,
    // Date readings that cannot both be true: contested, the record spanning both.
    {
      ...base, id: 'op-two-dates', date: '2025-10-18/2025-10-19', dateBasis: 'reconciled', evidence: [span],
      readings: [
        { field: 'date', date: '2025-10-18', dateBasis: 'explicit', assertedBy: 'reporter', certainty: 'reported', evidence: [span] },
        { field: 'date', date: '2025-10-19', dateBasis: 'explicit', time: '03:00', assertedBy: 'reporter', certainty: 'reported', evidence: [words('outlet-b-2025-10-25-raid', 'on Sunday')] },
      ],
    } as never,
    // The coalition claims its own raid: acknowledged.
    { ...base, id: 'op-claimed', date: '2025-10', dateBasis: 'explicit', evidence: [span], participants: [{ actor: 'coalition', role: 'lead', assertedBy: 'coalition', certainty: 'claimed', evidence: [words('wire-2025-10-25', 'we raided')] }] } as never,
  )
  return createDataset(records)
}

describe('grades on a validated dataset', () => {
  const ds = graded()
  const grade = (id: string) => corroborate(ds.dataset.operations.find((op) => op.id === id)!, ds)

  it('derives each grade from the claims and sources', () => {
    expect(grade('op-al-bab')).toMatchObject({ grade: 'single-source', independentSources: 1 })
    expect(grade('op-two-outlets')).toMatchObject({ grade: 'corroborated', independentSources: 2 })
    expect(grade('op-one-wire')).toMatchObject({ grade: 'single-source', independentSources: 1 })
    expect(grade('op-two-dates')).toMatchObject({ grade: 'contested', disagreements: ['date'] })
    expect(grade('op-claimed')).toMatchObject({ grade: 'acknowledged', acknowledgedBy: ['coalition'] })
  })

  it('filters and labels by grade', () => {
    expect(filterOperations({ grade: ['contested', 'acknowledged'] }, ds).map((op) => op.id)).toEqual(['op-two-dates', 'op-claimed'])
    expect(filterOperations({ grade: ['single-source'] }, ds).map((op) => op.id)).toEqual(['op-al-bab', 'op-one-wire'])
    const entries = buildTimeline({ include: ['operations'] }, ds).flatMap((g) => g.entries)
    expect(Object.fromEntries(entries.map((e) => [e.id, e.kind === 'operation' ? e.grade : undefined]))).toEqual({
      'op-al-bab': 'single-source', 'op-two-outlets': 'corroborated', 'op-one-wire': 'single-source', 'op-two-dates': 'contested', 'op-claimed': 'acknowledged',
    })
  })

  it('exports the grade and every reading side by side', () => {
    const tables = toTables(ds.dataset)
    expect(tables.operations.find((o) => o.id === 'op-two-dates')).toMatchObject({ date: '2025-10-18/2025-10-19', grade: 'contested', independent_sources: 2 })
    expect(tables.readings.filter((r) => r.record_id === 'op-two-dates').map((r) => [r.field, r.value, r.time, r.source, r.publisher])).toEqual([
      ['date', '2025-10-18', null, 'mini-source', 'mini-paper'],
      ['date', '2025-10-19', '03:00', 'outlet-b-2025-10-25-raid', 'outlet-b'],
    ])
  })
})
