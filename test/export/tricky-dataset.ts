/**
 * The shipped dataset plus what it does not yet exercise: a correction and a redirect, an actor
 * identifier, a separately dated outcome, cells that need quoting (Arabic with commas and
 * quotes, CR, LF, CRLF, leading and trailing spaces), and the model of issue 13: a development
 * record with figures (one open-ended, one labelled and dated), a destination, the new roles, a
 * destroyed outcome and a follows relation; figures on an operation; a place without
 * coordinates; a quote printed in English (and one the publication translated); a report page
 * that shows no date. Every value is made up for the tests (ids end in -test), never data.
 * Built from a mutable copy, never from the frozen records.
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
  addIssue13Records(copy)
  return copy as unknown as Dataset
}

/** Ids of the records `trickyDataset` adds for the model of issue 13. */
export const TRICKY = {
  development: 'tricky-withdrawal-test',
  unplacedDevelopment: 'tricky-accession-test',
  unplacedPlace: 'tricky-camp-test',
  englishQuote: 'tricky-english-quote-test',
  translatedByPublication: 'tricky-publication-translated-quote-test',
  undatedSource: 'tricky-undated-page-test',
} as const

const reference = (quote: string) => [{ type: 'reference', source: 'open-syria-governorates', locator: 'test only', quote }]
const claim = (quote: string) => ({ assertedBy: 'reporter', certainty: 'reported', evidence: reference(quote) })
// A fingerprint of made-up words (sha256 of "test", length 4): it names the undated page as an evidence source.
const fingerprint = { type: 'fingerprint', source: TRICKY.undatedSource, normalization: 'NFC', sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', length: 4, quote: 'test' }

/** The shipped dataset plus only the records of issue 13's model (valid, unlike the quoting cells of `trickyDataset`). */
export function issue13Dataset(): Dataset {
  const copy = structuredClone(dataset) as unknown as Mutable<Dataset> & Record<string, unknown[]>
  addIssue13Records(copy)
  return copy as unknown as Dataset
}

function addIssue13Records(copy: Mutable<Dataset> & Record<string, unknown[]>): void {
  copy.sources.push({
    id: TRICKY.undatedSource,
    kind: 'report',
    genre: 'news-article',
    publisher: 'afp',
    publishedBasis: 'the stored copy states no date',
    url: 'https://example.org/undated-test',
    language: 'en',
    textDirection: 'ltr',
    notes: [],
  } as unknown as (typeof copy.sources)[number])
  copy.locations.push({
    id: TRICKY.unplacedPlace,
    kind: 'facility',
    name: { en: 'Camp (test only)', ar: 'مخيم، "اختبار"' },
    aliases: [],
    countryCodes: ['IQ'],
    parent: { location: 'iraq', ...claim('in Iraq') },
    relatedPlaces: [],
    alternativeCoordinates: [],
    identifiers: [],
    notes: [],
    evidence: reference('Camp'),
  } as unknown as (typeof copy.locations)[number])
  const development = {
    id: TRICKY.development,
    title: { en: 'Forces withdrawn from a base (test only)', ar: 'انسحاب، "اختبار"' },
    date: '2025-11-03?',
    dateBasis: 'explicit',
    location: 'al-tanf-base',
    destination: TRICKY.unplacedPlace,
    types: ['withdrawal'],
    participants: [
      { actor: 'united-states', role: 'handing-over', ...claim('handed over') },
      { actor: 'syrian-government', role: 'receiving', ...claim('took over') },
      { actor: 'jordanian-intelligence', role: 'host', ...claim('hosted') },
    ],
    outcomes: [{ kind: 'destroyed', actors: [], items: { en: 'ammunition, "left behind"', ar: 'ذخائر' }, ...claim('destroyed') }],
    figures: [
      { measure: 'aircraft', count: { min: 3, max: null }, countNote: '"more than two"', ...claim('more than two') },
      { measure: 'people', count: { min: 200, max: 250 }, label: { en: 'first flight, "test"', ar: TRICKY_ARABIC }, date: '2025-11-01/2025-11-02', assertedBy: 'centcom', certainty: 'claimed', reasoning: 'a, "b"', evidence: [fingerprint] },
    ],
    relations: [{ operation: '2025-10-18-al-dumayr-ground-incursion', kind: 'follows', note: 'after, "the raid"', ...claim('after') }],
    readings: [],
    notes: [],
    ...claim('withdrew'),
  }
  const accession = {
    id: TRICKY.unplacedDevelopment,
    title: { en: 'A state joins the coalition (test only)' },
    date: '2025-11',
    dateBasis: 'explicit',
    location: TRICKY.unplacedPlace,
    types: ['coalition-accession'],
    participants: [{ actor: 'global-coalition', role: 'receiving', ...claim('admitted') }, { actor: 'tom-barrack', role: 'chair', ...claim('chaired') }, { actor: 'isis', role: 'subject', ...claim('against') }],
    outcomes: [],
    figures: [{ measure: 'killed-or-detained', count: { min: 0, max: 0 }, ...claim('none') }],
    relations: [],
    readings: [],
    notes: [],
    ...claim('joined'),
  }
  copy.operations.push(development as unknown as (typeof copy.operations)[number], accession as unknown as (typeof copy.operations)[number])
  const alBab = copy.operations.find((o) => o.id === '2025-07-al-bab-airborne-landing')!
  alBab.figures.push({ measure: 'targets-struck', count: { min: 71, max: null }, countNote: '"more than 70"', ...claim('more than 70') } as unknown as (typeof alBab.figures)[number])
  copy.quotes.push(
    {
      id: TRICKY.englishQuote,
      speaker: 'tom-barrack',
      language: 'en',
      text: { en: '"Together, again," (test only)' },
      mode: 'direct',
      channel: 'post-on-x',
      about: { operations: [TRICKY.development], actors: [], locations: [], topics: [] },
      notes: [],
      assertedBy: 'reporter',
      certainty: 'reported',
      evidence: [fingerprint],
    } as unknown as (typeof copy.quotes)[number],
    {
      id: TRICKY.translatedByPublication,
      speaker: 'ahmed-al-sharaa',
      language: 'en',
      text: { en: 'We are partners (test only).' },
      translation: { from: 'ar', to: 'en', by: 'the-publication', note: 'the Arabic words are in no stored copy' },
      mode: 'indirect',
      channel: 'statement-to-media',
      date: '2025-11-10',
      dateBasis: 'explicit',
      about: { operations: [], actors: ['global-coalition'], locations: [], topics: [] },
      notes: [],
      assertedBy: 'reporter',
      certainty: 'reported',
      evidence: reference('partners'),
    } as unknown as (typeof copy.quotes)[number],
  )
}
