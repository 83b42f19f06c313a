import { describe, expect, it } from 'vitest'
import { MINI_TEXT, miniDataset } from '../../test/fixtures/mini-dataset.js'
import { fingerprintWords } from '../evidence/fingerprint-words.js'
import { safeParseDataset } from './parse-dataset.js'

type Mini = ReturnType<typeof miniDataset>
type Input = Mini & Record<string, unknown>
const sourceTexts = { 'mini-source': MINI_TEXT }

// A made-up report page, only for these tests.
const REPORT = {
  id: 'mini-wire-2025-10-20-raid', kind: 'report', genre: 'news-article', publisher: 'mini-wire', published: '2025-10-20',
  publishedBasis: 'date header', url: 'https://example.org/raid', language: 'en', textDirection: 'ltr',
}
const WIRE = { id: 'mini-wire', kind: 'media', name: { en: 'Mini Wire' }, evidence: [{ type: 'reference', source: 'mini-reference', quote: 'Mini Wire' }] }
const fingerprint = (words: string) => ({ type: 'fingerprint', source: REPORT.id, ...fingerprintWords(words) })
const reference = (quote: string) => ({ type: 'reference', source: 'mini-reference', quote })

function problems(mutate: (d: Input) => void): string[] {
  const input = miniDataset() as Input
  input.sources.push(REPORT as never)
  input.actors.push(WIRE as never)
  mutate(input)
  const result = safeParseDataset(input, { sourceTexts, checkVerbatim: true })
  if (result.success) return []
  return result.error.message.split('\n').slice(1).map((line) => line.replace(/^ {2}- /, ''))
}

describe('evidence, claims and readings across records', () => {
  it('accepts the fixture with a report source and fingerprint evidence', () => {
    expect(problems((d) => { d.operations[0]!.evidence.push(fingerprint('The raid took place on Monday.') as never) })).toEqual([])
  })

  it.each<[string, (d: Input) => void, string]>([
    ['a span of a report source', (d) => { Object.assign(d.operations[0]!.evidence[0]!, { source: REPORT.id }) }, 'operations[0] "op-al-bab" › evidence[0].type: a span evidence needs a full-text source, but "mini-wire-2025-10-20-raid" is a report source'],
    ['a fingerprint of the full text', (d) => { d.operations[0]!.evidence.push({ ...fingerprint('x'), source: 'mini-source' } as never) }, 'operations[0] "op-al-bab" › evidence[1].type: a fingerprint evidence needs a report source, but "mini-source" is a full-text source'],
    ['a reference value read in a report', (d) => { d.operations[0]!.evidence.push({ ...reference('x'), source: REPORT.id } as never) }, 'operations[0] "op-al-bab" › evidence[1].type: a reference evidence needs a reference source, but "mini-wire-2025-10-20-raid" is a report source'],
    ['a reporter claim read in two publications', (d) => { d.operations[0]!.participants[0]!.evidence.push(fingerprint('coalition forces') as never) }, 'operations[0] "op-al-bab" › participants[0].evidence: a "reporter" claim is the voice of one publication, but its evidence is read in "mini-paper" and "mini-wire": attribute it to the party that says it, or to "editors" with reasoning'],
    ['an editors\' claim without reasoning', (d) => { d.operations[0]!.participants[0]!.assertedBy = 'editors' }, 'operations[0] "op-al-bab" › participants[0].reasoning: a claim asserted by "editors" needs a reasoning: what the editors inferred from what'],
    ['the reserved id "editors"', (d) => { d.actors[2]!.id = 'editors' }, 'actors[2] "editors" › id: "editors" is reserved for the dataset editors\' own inferences'],
    ['a span whose words do not hash to its sha256', (d) => { d.actors[1]!.evidence[0]!.sha256 = '0'.repeat(64) }, `actors[1] "coalition" › evidence[0]: the words at code points 22-29 hash to ${fingerprintWords('التحالف').sha256}, not ${'0'.repeat(64)}`],
    ['a date reading outside the record\'s date', (d) => { Object.assign(d.operations[0]!, { readings: [{ field: 'date', date: '2025-11-02', dateBasis: 'explicit', assertedBy: 'reporter', certainty: 'reported', evidence: [fingerprint('on 2 November')] }] }) }, 'operations[0] "op-al-bab" › readings[0].date: the reading 2025-11-02 (2025-11-02 to 2025-11-02) neither lies within the record\'s date 2025-10 (2025-10-01 to 2025-10-31) nor contains it; the record\'s date must span differing readings'],
    ['a derived date without its derivation', (d) => { Object.assign(d.operations[0]!, { readings: [{ field: 'date', date: '2025-10-20', dateBasis: 'derived', assertedBy: 'reporter', certainty: 'reported', evidence: [fingerprint('on Monday')] }] }) }, 'operations[0] "op-al-bab" › readings[0].derivation: a derived date needs a derivation: how the date was obtained'],
    ['a reconciled date without date readings', (d) => { d.operations[0]!.dateBasis = 'reconciled' }, 'operations[0] "op-al-bab" › dateBasis: a reconciled date spans differing date readings, but the record has none'],
    ['a location reading the record\'s place does not contain', (d) => { Object.assign(d.operations[0]!, { location: 'al-bab', readings: [{ field: 'location', location: 'syria', assertedBy: 'reporter', certainty: 'reported', evidence: [fingerprint('in Syria')] }] }) }, 'operations[0] "op-al-bab" › readings[0].location: the record\'s location "al-bab" is neither "syria" nor a place that contains it'],
    ['types readings the record\'s types do not include', (d) => { Object.assign(d.operations[0]!, { readings: [{ field: 'types', types: ['air-strike', 'security-operation'], assertedBy: 'reporter', certainty: 'reported', evidence: [fingerprint('an air strike')] }] }) }, 'operations[0] "op-al-bab" › types: the record\'s types must include every type its readings give; missing "air-strike"'],
    ['a reading of an unknown place', (d) => { Object.assign(d.operations[0]!, { readings: [{ field: 'location', location: 'nowhere', assertedBy: 'reporter', certainty: 'reported', evidence: [fingerprint('somewhere')] }] }) }, 'operations[0] "op-al-bab" › readings[0].location: unknown location id "nowhere"'],
  ])('reports %s', (_, mutate, expected) => {
    expect(problems(mutate)).toContain(expected)
  })

  it('accepts readings the reconciled values span', () => {
    expect(problems((d) => {
      Object.assign(d.operations[0]!, {
        location: 'syria',
        types: ['security-operation', 'air-strike'],
        readings: [
          { field: 'date', date: '2025-10-20', dateBasis: 'derived', derivation: 'Monday before the dated page', assertedBy: 'reporter', certainty: 'reported', evidence: [fingerprint('on Monday')] },
          { field: 'location', location: 'al-bab', assertedBy: 'reporter', certainty: 'reported', evidence: [fingerprint('in al-Bab')] },
          { field: 'types', types: ['air-strike'], assertedBy: 'editors', reasoning: 'The wire calls it a strike.', certainty: 'reported', evidence: [fingerprint('a strike')] },
        ],
      })
    })).toEqual([])
  })

  it('accepts a coarser date reading that contains the more precise record date', () => {
    expect(problems((d) => {
      Object.assign(d.operations[0]!, {
        date: '2025-10-20',
        dateBasis: 'explicit',
        readings: [
          { field: 'date', date: '2025-10', dateBasis: 'relative-to-publication', assertedBy: 'reporter', certainty: 'reported', evidence: [fingerprint('last month')] },
          { field: 'date', date: '2025-10-20', dateBasis: 'explicit', assertedBy: 'reporter', certainty: 'reported', evidence: [fingerprint('on 20 October')] },
        ],
      })
    })).toEqual([])
  })
})
