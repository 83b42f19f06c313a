/**
 * The shipped dataset plus what it does not yet exercise: a correction and a redirect, an actor
 * identifier, a separately dated outcome, and cells that need quoting (Arabic with commas and
 * quotes, CR, LF, CRLF, leading and trailing spaces). Built from a mutable copy, never from the
 * frozen records.
 */
import { dataset } from '../../src/data/index.js'
import type { Dataset } from '../../src/schemas/dataset.js'

/** Arabic with an Arabic comma, an ASCII comma and ASCII quotes: every RFC 4180 special at once. */
export const TRICKY_ARABIC = 'توم برّاك، "المبعوث الأميركي", إلى سورية'

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> }

export function trickyDataset(): Dataset {
  const copy = structuredClone(dataset) as unknown as Mutable<Dataset> & Record<string, unknown[]>
  const tom = copy.actors.find((a) => a.id === 'tom-barrack')!
  tom.name.ar = TRICKY_ARABIC
  tom.notes.push({ text: { en: ' line one\r\nline two\nline three\rline four ' }, assertedBy: 'editors', certainty: 'reported', reasoning: 'a, "b"\r\nc', evidence: [{ type: 'reference', source: 'open-syria-governorates', locator: 'a, "b"', quote: 'x' }] })
  const coalition = copy.actors.find((a) => a.id === 'global-coalition')!
  coalition.identifiers.push({ scheme: 'wikidata', value: 'Q18357128', evidence: [{ type: 'reference', source: 'open-syria-governorates', locator: 'Wikidata, "Global Coalition" (test only)', quote: 'Q18357128' }] })
  const alBab = copy.operations.find((o) => o.id === '2025-07-al-bab-airborne-landing')!
  alBab.outcomes[1]!.date = '2025-07-15/..'
  alBab.evidence.push({ type: 'reference', source: 'open-syria-governorates', locator: ' ,"\r\n ', quote: 'x' })
  copy.corrections.push({
    id: 'fix-example',
    date: '2025-11-01',
    version: '0.1.1',
    affects: ['atmeh', 'al-bab'],
    change: 'Corrected "Atme", to Atmeh.',
    reason: 'Transliteration, error.',
    evidence: [{ type: 'reference', source: 'open-syria-governorates', quote: 'example, "quoted"' }],
  })
  copy.redirects.push({ id: 'old-atmeh', to: 'atmeh', date: '2025-11-01', reason: 'Renamed, "merged".' })
  return copy as unknown as Dataset
}
