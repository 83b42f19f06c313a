import { describe, expect, it } from 'vitest'
import { MINI_TEXT, miniDataset } from '../../test/fixtures/mini-dataset.js'
import { deepFreeze } from '../data/deep-freeze.js'
import { parseActor, parseOperation, safeParseQuote } from './parse.js'
import { parseDataset, safeParseDataset } from './parse-dataset.js'
import { DatasetValidationError } from './validation-error.js'

type Mini = ReturnType<typeof miniDataset>
type Article = { length: number; sha256: string; utf16Length: number }
const article = (d: Mini) => d.sources[0] as unknown as Article
const sourceTexts = { 'mini-source': MINI_TEXT }

function problems(mutate: (d: Mini) => void, withTexts = true): string[] {
  const input = miniDataset()
  mutate(input)
  const result = safeParseDataset(input, withTexts ? { sourceTexts, checkVerbatim: true } : {})
  if (result.success) return []
  return result.error.message.split('\n').slice(1).map((line) => line.replace(/^ {2}- /, ''))
}

describe('parseDataset', () => {
  it('accepts the fixture, with every span checked against its text', () => {
    const parsed = parseDataset(miniDataset(), { sourceTexts })
    expect(parsed.operations[0]?.relations).toEqual([])
    expect(parsed.actors[2]?.identified).toBe(false)
    expect(parsed.actors[1]?.identified).toBe(true)
  })

  it('accepts a relation to a quote, and an editors\' claim that gives its reasoning', () => {
    const input = miniDataset()
    Object.assign(input.operations[0]!, {
      relations: [{ quote: 'quote-success', kind: 'simultaneous-with', assertedBy: 'editors', certainty: 'believed', reasoning: 'Same day, same place.', evidence: [{ type: 'reference', source: 'mini-reference', quote: 'x' }] }],
    })
    const parsed = parseDataset(input, { sourceTexts })
    expect(parsed.operations[0]?.relations.map((r) => [r.quote, r.operation, r.assertedBy, r.reasoning])).toEqual([['quote-success', undefined, 'editors', 'Same day, same place.']])
  })

  it('never mutates its input, even frozen input', () => {
    const input = deepFreeze(miniDataset())
    const before = JSON.stringify(input)
    expect(() => parseDataset(input, { sourceTexts })).not.toThrow()
    expect(JSON.stringify(input)).toBe(before)
  })

  // Each bad input and the exact line the error gives for it: record, field, what is wrong.
  it.each<[string, (d: Mini) => void, string]>([
    ['an id that is not a slug', (d) => { d.actors[1]!.id = 'The Coalition' }, 'actors[1] "The Coalition" › id: expected a kebab-case slug (a-z, 0-9, single hyphens), found "The Coalition"'],
    ['a missing required field', (d) => { delete (d.locations[0] as Partial<Mini['locations'][0]>).countryCodes }, 'locations[0] "syria" › countryCodes: Invalid input: expected array, received undefined'],
    ['an unknown field (a typo)', (d) => { Object.assign(d.actors[0]!, { nmae: 'x' }) }, 'actors[0] "mini-paper": Unrecognized key: "nmae"'],
    ['a date that is not EDTF', (d) => { d.operations[0]!.date = '18/10/2025' }, 'operations[0] "op-al-bab" › date: invalid EDTF date: "18/10/2025": an EDTF interval has exactly one "/"'],
    ['a date that is not in the calendar', (d) => { d.operations[0]!.date = '2025-02-29' }, 'operations[0] "op-al-bab" › date: invalid EDTF date: "2025-02-29": 2025-02 has no day 29'],
    ['a certainty outside the vocabulary', (d) => { (d.operations[0]!.participants[0] as { certainty: string }).certainty = 'sure' }, 'operations[0] "op-al-bab" › participants[0].certainty: Invalid option: expected one of "confirmed"|"reported"|"claimed"|"believed"|"disputed"'],
    ['a count whose max is below its min', (d) => { d.operations[0]!.outcomes[0]!.count = { min: 3, max: 1 } }, 'operations[0] "op-al-bab" › outcomes[0].count.max: max (1) is smaller than min (3)'],
    ['a killed outcome without a count', (d) => { delete (d.operations[0]!.outcomes[0] as { count?: unknown }).count }, 'operations[0] "op-al-bab" › outcomes[0].count: a "killed" outcome needs a count as the source states it'],
    ['a claim without evidence or citation', (d) => { d.operations[0]!.participants[0]!.evidence = [] }, 'operations[0] "op-al-bab" › participants[0].evidence: Too small: expected array to have >=1 items'],
    ['a record without evidence', (d) => { d.locations[0]!.evidence = [] }, 'locations[0] "syria" › evidence: Too small: expected array to have >=1 items'],
    ['an exact whose length disagrees with its offsets', (d) => { d.actors[1]!.evidence[0]!.exact = 'التحالف الدولي' }, 'actors[1] "coalition" › evidence[0].exact: exact has 14 code points but end - start is 7'],
    ['a dated quote without a date basis', (d) => { Object.assign(d.quotes[0]!, { date: '2025-10' }) }, 'quotes[0] "quote-success" › dateBasis: a dated quote needs dateBasis'],
    ['an Arabic alias with no evidence or citation', (d) => { Object.assign(d.actors[1]!, { aliases: [{ text: 'التحالف الدولي', lang: 'ar' }] }) }, 'actors[1] "coalition" › aliases[0].evidence: an Arabic alias needs evidence: where the article or a reference prints it'],
    ['a duplicate id across kinds', (d) => { d.locations[1]!.id = 'coalition'; d.operations[0]!.location = 'coalition' }, 'locations[1] "coalition" › id: duplicate id: already used by a actor'],
    ['a dangling reference', (d) => { d.operations[0]!.participants[0]!.actor = 'tom-barack' }, 'operations[0] "op-al-bab" › participants[0].actor: unknown actor id "tom-barack"'],
    ['a mistyped id, with the ids it was likely meant to be', (d) => { d.operations[0]!.participants[0]!.actor = 'coalitoin' }, 'operations[0] "op-al-bab" › participants[0].actor: unknown actor id "coalitoin" (did you mean "coalition"?)'],
    ['fabricated Arabic in a name', (d) => { d.actors[1]!.name.ar = 'التحالف الدولي' }, 'actors[1] "coalition" › name.ar: "التحالف الدولي" is not verbatim: it occurs in none of the record\'s evidence words'],
    ['fabricated Arabic in a title', (d) => { Object.assign(d.operations[0]!.title, { ar: 'عملية مختلقة' }) }, 'operations[0] "op-al-bab" › title.ar: "عملية مختلقة" is not verbatim: it occurs in none of the record\'s evidence words'],
    ['quote text that is not in its spans', (d) => { d.quotes[0]!.text.ar = 'العملية فشلت' }, 'quotes[0] "quote-success" › text.ar: "العملية فشلت" is not verbatim: it occurs in none of the record\'s evidence words'],
    ['a reference to the wrong kind', (d) => { d.operations[0]!.location = 'coalition' }, 'operations[0] "op-al-bab" › location: "coalition" is a actor, expected a location'],
    ['an unknown source in a span', (d) => { d.actors[1]!.evidence[0]!.source = 'other-source' }, 'actors[1] "coalition" › evidence[0].source: unknown source id "other-source"'],
    ['an unknown asserter', (d) => { d.operations[0]!.assertedBy = 'ministry' }, 'operations[0] "op-al-bab" › assertedBy: unknown actor id "ministry"'],
    ['the reserved id "editors"', (d) => { d.actors[0]!.id = 'editors'; d.sources[0]!.publisher = 'editors' }, 'actors[0] "editors" › id: "editors" is reserved for the dataset editors\' own inferences'],
    ['an editors\' claim without reasoning', (d) => { d.operations[0]!.participants[0]!.assertedBy = 'editors' }, 'operations[0] "op-al-bab" › participants[0].reasoning: a claim asserted by "editors" needs a reasoning: what the editors inferred from what'],
    ['a relation with no target', (d) => { Object.assign(d.operations[0]!, { relations: [{ kind: 'simultaneous-with', assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'mini-reference', quote: 'x' }] }] }) }, 'operations[0] "op-al-bab" › relations[0].operation: a relation names exactly one target, an operation or a quote: neither is given'],
    ['a relation with two targets', (d) => { Object.assign(d.operations[0]!, { relations: [{ ...{ kind: 'simultaneous-with', assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'mini-reference', quote: 'x' }] }, operation: 'x', quote: 'quote-success' }] }) }, 'operations[0] "op-al-bab" › relations[0].operation: a relation names exactly one target, an operation or a quote: both are given'],
    ['a relation whose quote is not a quote', (d) => { Object.assign(d.operations[0]!, { relations: [{ ...{ kind: 'simultaneous-with', assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'mini-reference', quote: 'x' }] }, quote: 'coalition' }] }) }, 'operations[0] "op-al-bab" › relations[0].quote: "coalition" is a actor, expected a quote'],
    ['the reserved id "reporter"', (d) => { d.actors[0]!.id = 'reporter'; d.sources[0]!.publisher = 'reporter' }, 'actors[0] "reporter" › id: "reporter" is reserved for the publication\'s own voice'],
    ['a span that does not match the text', (d) => { const e = d.actors[1]!.evidence[0]!; Object.assign(e, { start: e.start + 1, end: e.end + 1, utf16: { start: e.utf16.start + 1, end: e.utf16.end + 1 } }) }, 'actors[1] "coalition" › evidence[0]: code points 23-30 are "لتحالف ", not "التحالف"'],
    ['UTF-16 offsets that disagree after an astral character', (d) => { const e = d.operations[0]!.outcomes[0]!.evidence[0]!; Object.assign(e, { utf16: { start: e.start, end: e.end } }) }, 'operations[0] "op-al-bab" › outcomes[0].evidence[0]: utf16 offsets 65-77 should be 66-78'],
    ['a parent chain that loops', (d) => { Object.assign(d.locations[0]!, { parent: { location: 'al-bab', assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'mini-reference', quote: 'x' }] } }) }, 'locations[0] "syria" › parent.location: the parent chain loops: syria > al-bab > syria'],
    ['a redirect to nothing live', (d) => { Object.assign(d, { redirects: [{ id: 'old-op', to: 'gone-op', date: '2025-11-01', reason: 'renamed' }] }) }, 'redirects[0] "old-op" › to: unknown record id "gone-op"'],
    ['a retired id that is still live', (d) => { Object.assign(d, { redirects: [{ id: 'al-bab', to: 'syria', date: '2025-11-01', reason: 'merged' }] }) }, 'redirects[0] "al-bab" › id: duplicate id: already used by a location'],
    ['a name made only of zero-width characters', (d) => { d.actors[1]!.name.en = '\u200B\u200C\u2060' }, 'actors[1] "coalition" › name.en: is blank: it has no visible character (only whitespace, zero-width or other invisible characters)'],
    ['a name made only of control characters', (d) => { d.actors[1]!.name.en = '\u0007\u0008' }, 'actors[1] "coalition" › name.en: contains the control character U+0007 at offset 0'],
    ['a right-to-left override in a name', (d) => { d.actors[1]!.name.en = 'Coalition\u202Enoitilaoc' }, 'actors[1] "coalition" › name.en: contains the bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE at offset 9, which can show the text in another order than it is stored'],
    ['an isolate control in verbatim Arabic', (d) => { d.actors[1]!.name.ar = '\u2067التحالف\u2069' }, 'actors[1] "coalition" › name.ar: contains the bidirectional control U+2067 RIGHT-TO-LEFT ISOLATE at offset 0, which can show the text in another order than it is stored'],
    ['a lone surrogate in a reference quote', (d) => { Object.assign(d.locations[1]!.parent!, { evidence: [{ type: 'reference', source: 'mini-reference', quote: 'x\uDC00' }] }) }, 'locations[1] "al-bab" › parent.evidence[0].quote: contains a lone surrogate U+DC00 at offset 1: it is not well-formed Unicode'],
    ['verbatim Arabic with a trailing space (never trimmed)', (d) => { d.quotes[0]!.text.ar = 'العملية نجحت ' }, 'quotes[0] "quote-success" › text.ar: starts or ends with whitespace; text is kept exactly as given, so remove it'],
    ['an affiliation that ends before it starts', (d) => { Object.assign(d.actors[2]!, { affiliations: [{ actor: 'coalition', role: { en: 'member' }, start: '2025-03', end: '2024', assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'mini-reference', quote: 'x' }] }] }) }, 'actors[2] "security-source" › affiliations[0].end: the affiliation ends (2024) before it starts (2025-03)'],
    ['a place that is its own parent', (d) => { d.locations[1]!.parent!.location = 'al-bab' }, 'locations[1] "al-bab" › parent.location: a record cannot refer to itself ("al-bab")'],
    ['an operation related to itself', (d) => { Object.assign(d.operations[0]!, { relations: [{ operation: 'op-al-bab', kind: 'possibly-same-as', assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'mini-reference', quote: 'x' }] }] }) }, 'operations[0] "op-al-bab" › relations[0].operation: a record cannot refer to itself ("op-al-bab")'],
    ['an actor affiliated with itself', (d) => { Object.assign(d.actors[1]!, { affiliations: [{ actor: 'coalition', role: { en: 'member' }, assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'mini-reference', quote: 'x' }] }] }) }, 'actors[1] "coalition" › affiliations[0].actor: a record cannot refer to itself ("coalition")'],
    ['a redirect to itself', (d) => { Object.assign(d, { redirects: [{ id: 'old-op', to: 'old-op', date: '2025-11-01', reason: 'renamed' }] }) }, 'redirects[0] "old-op" › to: a record cannot refer to itself ("old-op")'],
    ['a country code that is not ISO 3166-1 alpha-2', (d) => { d.locations[0]!.countryCodes = ['XK'] }, 'locations[0] "syria" › countryCodes[0]: "XK" is not an officially assigned ISO 3166-1 alpha-2 code'],
    ['a country code that is not two capital letters', (d) => { d.locations[0]!.countryCodes = ['syr'] }, 'locations[0] "syria" › countryCodes[0]: expected an ISO 3166-1 alpha-2 code (two capital letters), found "syr"'],
    ['a source URL that is not http(s)', (d) => { Object.assign(d.sources[0]!, { url: 'javascript:alert(1)' }) }, 'sources[0] "mini-source" › url: expected an http(s) URL, found "javascript:alert(1)"'],
    ['a translation from a language that is no language tag', (d) => { Object.assign(d.quotes[0]!.translation, { from: 'Arabic' }) }, 'quotes[0] "quote-success" › translation.from: expected a BCP 47 language tag such as "ar" or "en", found "Arabic"'],
    ['a redirect loop, once for the whole loop', (d) => { Object.assign(d, { redirects: [{ id: 'old-a', to: 'old-b', date: '2025-11-01', reason: 'renamed' }, { id: 'old-b', to: 'old-a', date: '2025-11-01', reason: 'renamed' }] }) }, 'redirects[0] "old-a" › to: redirects loop: old-a → old-b → old-a'],
  ])('reports %s', (_name, mutate, line) => {
    expect(problems(mutate)).toContain(line)
  })

  it('accepts the year-0 leap day: EDTF counts in the proleptic Gregorian calendar, where 0000 is a leap year', () => {
    expect(problems((d) => { d.operations[0]!.date = '0000-02-29' })).toEqual([])
    expect(problems((d) => { d.operations[0]!.date = '0100-02-29' })).toEqual(['operations[0] "op-al-bab" › date: invalid EDTF date: "0100-02-29": 0100-02 has no day 29'])
  })

  it('keeps verbatim text exactly, never trimmed', () => {
    const input = miniDataset()
    input.quotes[0]!.text.ar = 'العملية\u200Cنجحت'
    const result = safeParseDataset(input)
    expect(result.success && result.data.quotes[0]?.text.ar).toBe('العملية\u200Cنجحت')
  })

  it('reports a long loop once, shortened', () => {
    const redirects = Array.from({ length: 50 }, (_, i) => ({ id: `old-${i}`, to: `old-${(i + 1) % 50}`, date: '2025-11-01', reason: 'renamed' }))
    expect(problems((d) => { Object.assign(d, { redirects }) })).toEqual(['redirects[0] "old-0" › to: redirects loop: old-0 → old-1 → old-2 → old-3 → old-4 → … 40 more … → old-45 → old-46 → old-47 → old-48 → old-49 → old-0'])
  })

  it('reports a source whose length disagrees with the text given', () => {
    expect(problems((d) => { article(d).length += 1 })).toEqual([`sources[0] "mini-source" › length: the text has ${[...MINI_TEXT].length} code points, not ${[...MINI_TEXT].length + 1}`])
  })

  it('reports a source whose sha256, utf16Length or normalization disagrees with the text given', () => {
    expect(problems((d) => { article(d).sha256 = 'f'.repeat(64) })).toEqual([`sources[0] "mini-source" › sha256: the text's SHA-256 is ${article(miniDataset()).sha256}, not ${'f'.repeat(64)}`])
    expect(problems((d) => { article(d).utf16Length += 1 })).toEqual([`sources[0] "mini-source" › utf16Length: the text has ${MINI_TEXT.length} UTF-16 code units, not ${MINI_TEXT.length + 1}`])
    const nfd = MINI_TEXT.normalize('NFD')
    const result = safeParseDataset(miniDataset(), { sourceTexts: { 'mini-source': nfd } })
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.message).toContain('sources[0] "mini-source" › normalization: the text is not in NFC: normalise it, then find the spans again')
  })

  it('reports a span that ends past its source, even without the text', () => {
    const length = [...MINI_TEXT].length
    const pastEnd = (d: Mini) => Object.assign(d.actors[1]!.evidence[0]!, { start: length, end: length + 7, utf16: { start: MINI_TEXT.length + 1, end: MINI_TEXT.length + 8 } })
    expect(problems(pastEnd, false)).toEqual([`actors[1] "coalition" › evidence[0]: end ${length + 7} is past the end of the source (${length} code points)`])
    expect(problems(pastEnd, true)).toEqual([`actors[1] "coalition" › evidence[0]: end ${length + 7} is past the end of the source (${length} code points)`])
  })

  // Options are checked, not trusted: each wrong option and the exact line it gives.
  it.each<[string, unknown, string]>([
    ['sourceTexts as a Map', { sourceTexts: new Map([['mini-source', MINI_TEXT]]) }, 'options › sourceTexts: expected a plain object of texts keyed by source id, got a Map'],
    ['sourceTexts as a bare string', { sourceTexts: MINI_TEXT }, 'options › sourceTexts: expected a plain object of texts keyed by source id, got a string'],
    ['sourceTexts as an array', { sourceTexts: [MINI_TEXT] }, 'options › sourceTexts: expected a plain object of texts keyed by source id, got an array'],
    ['a text that is not a string', { sourceTexts: { 'mini-source': 42 } }, 'options › sourceTexts: the text for "mini-source" is a number, expected a string'],
    ['a text for no source of the dataset', { sourceTexts: { 'mini-source': MINI_TEXT, 'other-source': 'x' } }, 'options › sourceTexts: "other-source" is not the id of a source in the dataset'],
    ['a text with a lone surrogate', { sourceTexts: { 'mini-source': `${MINI_TEXT}\uD800` } }, 'options › sourceTexts: the text for "mini-source" has a lone surrogate at UTF-16 offset 95: it is not well-formed Unicode'],
    ['an unknown option (a typo)', { sourceText: { 'mini-source': MINI_TEXT } }, 'options: unknown option "sourceText"; the options are "sourceTexts", "onWarning", "checkVerbatim"'],
    ['options that are not an object', 'mini-source', 'options: expected an options object such as { sourceTexts }, got a string'],
    ['null options', null, 'options: expected an options object such as { sourceTexts }, got null'],
  ])('reports %s', (_name, options, line) => {
    const result = safeParseDataset(miniDataset(), options as never)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.message.split('\n').slice(1).map((l) => l.replace(/^ {2}- /, ''))).toContain(line)
    expect(() => parseDataset(miniDataset(), options as never)).toThrow(DatasetValidationError)
  })

  it('still reports a wrong option when the dataset itself is not an object of arrays', () => {
    const result = safeParseDataset(null, { sourceTexts: new Map() } as never)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.message).toContain('options › sourceTexts: expected a plain object of texts keyed by source id, got a Map')
  })

  it('still checks span consistency without the source texts', () => {
    expect(problems((d) => { d.actors[1]!.evidence[0]!.utf16.end += 1 }, false)).toEqual(['actors[1] "coalition" › evidence[0].utf16: exact has 7 UTF-16 code units but utf16.end - utf16.start is 8'])
  })

  it('reports every problem in one run: a bad span does not hide a dangling id', () => {
    expect(
      problems((d) => {
        d.actors[1]!.evidence[0]!.exact = 'التحالف الدولي'
        d.operations[0]!.location = 'al-baab'
      }),
    ).toEqual([
      'actors[1] "coalition" › evidence[0].exact: exact has 14 code points but end - start is 7',
      'actors[1] "coalition" › evidence[0].utf16: exact has 14 UTF-16 code units but utf16.end - utf16.start is 7',
      'operations[0] "op-al-bab" › location: unknown location id "al-baab" (did you mean "al-bab"?)',
    ])
  })

  it('keeps a correction of a record the dataset lacks, and reports it as a warning', () => {
    const input = { ...miniDataset(), quotes: [], corrections: [{ id: 'fix-quote', date: '2025-11-01', version: '0.1.1', affects: ['quote-success'], change: 'Translation corrected.', reason: 'Mistranslated.', evidence: [{ type: 'reference', source: 'mini-reference', quote: 'x' }] }] }
    const warnings: string[] = []
    const parsed = parseDataset(input, { sourceTexts, onWarning: (issue) => warnings.push(issue.message) })
    expect(parsed.corrections.map((c) => c.id)).toEqual(['fix-quote'])
    expect(warnings).toEqual(['correction affects "quote-success", which this dataset does not hold'])
    expect(() => parseDataset(input)).not.toThrow()
  })

  it('leaves verbatim checks to those who ask, so datasets of earlier rules keep loading', () => {
    const input = miniDataset()
    input.actors[1]!.name.ar = 'التحالف الدولي'
    expect(safeParseDataset(input, { sourceTexts }).success).toBe(true)
    expect(safeParseDataset(input, { sourceTexts, checkVerbatim: true }).success).toBe(false)
  })

  it('throws one DatasetValidationError listing every problem', () => {
    const input = miniDataset()
    input.actors[1]!.kind = 'Bad kind' as never
    input.locations[0]!.evidence = []
    let error: unknown
    try {
      parseDataset(input)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DatasetValidationError)
    expect((error as DatasetValidationError).message.split('\n')[0]).toBe('Invalid dataset (2 problems):')
    expect((error as DatasetValidationError).issues.map((i) => [i.kind, i.recordId, i.path.join('.')])).toEqual([
      ['actor', 'coalition', 'kind'],
      ['location', 'syria', 'evidence'],
    ])
  })
})

describe('record parsers', () => {
  it('fill defaults and name the record in errors', () => {
    expect(parseActor(miniDataset().actors[1]).aliases).toEqual([])
    expect(() => parseOperation({ ...miniDataset().operations[0], types: [] })).toThrow('Invalid operation "op-al-bab" (1 problem):\n  - operation "op-al-bab" › types: Too small: expected array to have >=1 items')
  })

  it('have safe variants that never throw', () => {
    const result = safeParseQuote({ id: 'x' })
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.issues.length).toBeGreaterThan(3)
  })
})
