/**
 * Hostile input to the library: one table of attack classes, each with its input and the exact
 * error line or behaviour a user can rely on (docs/reliability.md lists the same rows), then
 * properties that fast-check tries on inputs no one wrote by hand: `safeParseDataset` never
 * throws, a failed parse leaves the shipped data as it was, and every query helper returns
 * records of the dataset or throws a named error.
 */
import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { readFileSync } from 'node:fs'
import { dataset, deepFreeze } from '../../src/data/index.js'
import { evidenceOf, verifyEvidence } from '../../src/evidence/verify-evidence.js'
import * as query from '../../src/query/index.js'
import { parseDataset, safeParseDataset } from '../../src/schemas/parse-dataset.js'
import { referencesOf } from '../../src/schemas/references.js'
import { DatasetValidationError } from '../../src/schemas/validation-error.js'
import { MINI_TEXT, miniDataset } from '../fixtures/mini-dataset.js'

type Mini = ReturnType<typeof miniDataset>
const TEXTS = { 'mini-source': MINI_TEXT }
const claim = { assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'mini-reference', quote: 'x' }] }

/** The problem lines of a parse, or `valid`. */
function outcome(input: unknown, options?: unknown): string[] {
  const result = safeParseDataset(input, options as never)
  if (result.success) return ['valid']
  return result.error.message.split('\n').slice(1).map((line) => line.replace(/^ {2}- /, ''))
}

function mini(mutate: (d: Mini) => void): Mini {
  const d = miniDataset()
  mutate(d)
  return d
}

function nested(depth: number): unknown {
  let value: unknown = { evidence: [{ source: 's', exact: 'a', start: 0, end: 1, utf16: { start: 0, end: 1 } }] }
  for (let i = 0; i < depth; i++) value = { notes: [value] }
  return value
}

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const length = [...MINI_TEXT].length
const redirectChain = (n: number, to: string) => Array.from({ length: n }, (_, i) => ({ id: `old-${i}`, to: i === n - 1 ? to : `old-${i + 1}`, date: '2025-11-01', reason: 'renamed' }))
const parentChain = (n: number) => {
  const place = miniDataset().locations[1]!
  return Array.from({ length: n }, (_, i) => ({ ...place, id: `place-${i}`, parent: { ...place.parent!, location: i === 0 ? 'al-bab' : `place-${i - 1}` } }))
}

/** One attack class: what is tried, and the exact lines (or behaviour) that come back. */
interface Attack {
  readonly attack: string
  readonly run: () => unknown
  readonly expected: unknown
}

const ATTACKS: readonly Attack[] = [
  // Not a dataset at all.
  { attack: 'a value that is not a dataset', run: () => outcome(null), expected: ['dataset: Invalid input: expected object, received null'] },
  { attack: 'a dataset without its arrays', run: () => outcome({}).slice(0, 1), expected: ['dataset › sources: Invalid input: expected array, received undefined'] },
  { attack: 'a getter or Proxy that throws', run: () => outcome(miniDataset(), { get sourceTexts() { throw new Error('boom') } }), expected: ['dataset: could not be read: Error: boom'] },
  { attack: 'a "__proto__" key in a record', run: () => [...outcome(JSON.parse(JSON.stringify(miniDataset()).replace('"id":"coalition",', '"id":"coalition","__proto__":{"polluted":true},'))), String(({} as { polluted?: unknown }).polluted)], expected: ['actors[1] "coalition": Unrecognized key: "__proto__"', 'undefined'] },
  // Options are checked, not trusted.
  { attack: 'sourceTexts as a Map', run: () => outcome(miniDataset(), { sourceTexts: new Map([['mini-source', 'wrong text']]) }), expected: ['options › sourceTexts: expected a plain object of texts keyed by source id, got a Map'] },
  { attack: 'sourceTexts as a bare string', run: () => outcome(miniDataset(), { sourceTexts: MINI_TEXT }), expected: ['options › sourceTexts: expected a plain object of texts keyed by source id, got a string'] },
  { attack: 'a source text that is not a string', run: () => outcome(miniDataset(), { sourceTexts: { 'mini-source': 42 } }), expected: ['options › sourceTexts: the text for "mini-source" is a number, expected a string'] },
  { attack: 'a source text for no source', run: () => outcome(miniDataset(), { sourceTexts: { ...TEXTS, 'other-source': 'x' } }), expected: ['options › sourceTexts: "other-source" is not the id of a source in the dataset'] },
  { attack: 'an unknown option', run: () => outcome(miniDataset(), { sourceText: TEXTS }), expected: ['options: unknown option "sourceText"; the options are "sourceTexts", "onWarning", "checkVerbatim"'] },
  // The text a source pins.
  { attack: 'a source text other than the one pinned', run: () => outcome(miniDataset(), { sourceTexts: { 'mini-source': MINI_TEXT.replace('نجحت', 'فشلت') } }).slice(0, 1), expected: [`sources[0] "mini-source" › sha256: the text's SHA-256 is ${sha(MINI_TEXT.replace('نجحت', 'فشلت'))}, not ${sha(MINI_TEXT)}`] },
  { attack: 'a source text not in NFC', run: () => outcome(miniDataset(), { sourceTexts: { 'mini-source': MINI_TEXT.normalize('NFD') } }).filter((l) => l.includes('normalization')), expected: ['sources[0] "mini-source" › normalization: the text is not in NFC: normalise it, then find the spans again'] },
  { attack: 'a span past the end of its source, without the text', run: () => outcome(mini((d) => Object.assign(d.actors[1]!.evidence[0]!, { start: length, end: length + 7, utf16: { start: length + 1, end: length + 8 } }))), expected: [`actors[1] "coalition" › evidence[0]: end ${length + 7} is past the end of the source (${length} code points)`] },
  // Strings.
  { attack: 'a name made only of zero-width characters', run: () => outcome(mini((d) => { d.actors[1]!.name.en = '\u200B\u200D' })), expected: ['actors[1] "coalition" › name.en: is blank: it has no visible character (only whitespace, zero-width or other invisible characters)'] },
  { attack: 'a control character (a terminal escape)', run: () => outcome(mini((d) => { d.actors[1]!.name.en = '\u001B[2JCoalition' })), expected: ['actors[1] "coalition" › name.en: contains the control character U+001B at offset 0'] },
  { attack: 'a right-to-left override', run: () => outcome(mini((d) => { d.actors[1]!.name.en = 'Coalition \u202Eraey' })), expected: ['actors[1] "coalition" › name.en: contains the bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE at offset 10, which can show the text in another order than it is stored'] },
  { attack: 'a lone surrogate', run: () => outcome(mini((d) => { d.actors[1]!.name.en = 'Coalition\uD83D' })), expected: ['actors[1] "coalition" › name.en: contains a lone surrogate U+D83D at offset 9: it is not well-formed Unicode'] },
  { attack: 'verbatim Arabic with padding', run: () => outcome(mini((d) => { d.actors[1]!.name.ar = ' التحالف' })), expected: ['actors[1] "coalition" › name.ar: starts or ends with whitespace; text is kept exactly as given, so remove it'] },
  // Records that cannot be true.
  { attack: 'an affiliation that ends before it starts', run: () => outcome(mini((d) => Object.assign(d.actors[2]!, { affiliations: [{ actor: 'coalition', role: { en: 'member' }, start: '2025-10', end: '2025-09-30', ...claim }] }))), expected: ['actors[2] "security-source" › affiliations[0].end: the affiliation ends (2025-09-30) before it starts (2025-10)'] },
  { attack: 'a record related to itself', run: () => outcome(mini((d) => Object.assign(d.operations[0]!, { relations: [{ operation: 'op-al-bab', kind: 'possibly-same-as', ...claim }] }))), expected: ['operations[0] "op-al-bab" › relations[0].operation: a record cannot refer to itself ("op-al-bab")'] },
  { attack: 'a country code that is not ISO 3166-1 alpha-2', run: () => outcome(mini((d) => { d.locations[0]!.countryCodes = ['SY', 'EU'] })), expected: ['locations[0] "syria" › countryCodes[1]: "EU" is not an officially assigned ISO 3166-1 alpha-2 code'] },
  { attack: 'a URL that is not http(s)', run: () => outcome(mini((d) => Object.assign(d.sources[0]!, { url: 'file:///etc/passwd' }))), expected: ['sources[0] "mini-source" › url: expected an http(s) URL, found "file:///etc/passwd"'] },
  { attack: 'the year-0 leap day', run: () => outcome(mini((d) => { d.operations[0]!.date = '0000-02-29' }), { sourceTexts: TEXTS }), expected: ['valid'] },
  // Size and depth.
  { attack: 'a 16,000-long redirect chain', run: () => outcome({ ...miniDataset(), redirects: redirectChain(16_000, 'op-al-bab') }), expected: ['valid'] },
  { attack: 'a 16,000-long parent chain', run: () => outcome(mini((d) => d.locations.push(...parentChain(16_000)))), expected: ['valid'] },
  { attack: 'a 16,000-long redirect loop', run: () => outcome({ ...miniDataset(), redirects: redirectChain(16_000, 'old-0') }), expected: ['redirects[0] "old-0" › to: redirects loop: old-0 → old-1 → old-2 → old-3 → old-4 → … 15990 more … → old-15995 → old-15996 → old-15997 → old-15998 → old-15999 → old-0'] },
  { attack: 'a value nested 100,000 deep', run: () => { const deep = nested(100_000); return [verifyEvidence(deep, 'a').length, evidenceOf(deep).length, referencesOf('actor', deep).length, Object.isFrozen(deepFreeze(deep))] }, expected: [0, 1, 1, true] },
  { attack: 'a source id that names an Object property', run: () => verifyEvidence({ evidence: [{ source: 'constructor', exact: 'a', start: 0, end: 1, utf16: { start: 0, end: 1 } }] }, {}).map((m) => m.message), expected: ['no text given for source "constructor"'] },
  // The shipped data.
  { attack: 'writing to the shipped data', run: () => { try { (dataset.operations[0] as { id: string }).id = 'x'; return 'written' } catch (error) { return (error as Error).name } }, expected: 'TypeError' },
]

describe('hostile input to the library', () => {
  it.each(ATTACKS.map((a) => [a.attack, a] as const))('%s', (_name, { run, expected }) => {
    expect(run()).toEqual(expected)
  })

  it('parseDataset throws one DatasetValidationError for each of them, never another error', () => {
    expect(() => parseDataset(miniDataset(), { sourceTexts: new Map() } as never)).toThrow(DatasetValidationError)
    expect(() => parseDataset(null)).toThrow(DatasetValidationError)
  })

  it('are the rows of docs/reliability.md', () => {
    const guide = readFileSync(`${ROOT}docs/reliability.md`, 'utf8')
    for (const { attack, expected } of ATTACKS) {
      const row = guide.split('\n').find((line) => line.startsWith(`| ${attack} |`))
      expect(row, `no row for "${attack}"`).toBeDefined()
      // Rows whose line is the same every run show it word for word.
      if (Array.isArray(expected) && expected.length === 1 && typeof expected[0] === 'string' && !/[0-9a-f]{64}/.test(expected[0])) {
        expect(row).toContain(`\`${expected[0]}\``)
      }
    }
  })
})

// Values that look like the dataset: records of the shipped data with one field replaced.
const RECORD_KINDS = ['sources', 'actors', 'locations', 'operations', 'quotes'] as const

function setAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement
  if (typeof value !== 'object' || value === null) return value
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>
  const keys = Object.keys(copy)
  if (keys.length === 0) return replacement
  const key = keys[Number(path[0]) % keys.length]!
  copy[key] = setAt(copy[key], path.slice(1), replacement)
  return copy
}

const mutatedDataset = fc
  .record({
    kind: fc.constantFrom(...RECORD_KINDS),
    index: fc.nat(),
    path: fc.array(fc.nat(), { maxLength: 6 }),
    value: fc.oneof(fc.jsonValue(), fc.constantFrom('', '\u202E', '\uD800', '\u200B', 'reporter', 'syria', ' x', null)),
  })
  .map(({ kind, index, path, value }) => {
    const records = dataset[kind]
    const at = index % records.length
    return { ...dataset, [kind]: records.map((record, i) => (i === at ? setAt(record, path, value) : record)) }
  })

const anyOptions = fc.oneof(fc.constant(undefined), fc.anything(), fc.record({ sourceTexts: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())) }))

describe('properties', () => {
  it('safeParseDataset never throws, for any JSON value and any options', () => {
    fc.assert(
      fc.property(fc.jsonValue(), anyOptions, (input, options) => {
        const result = safeParseDataset(input, options as never)
        expect(typeof result.success).toBe('boolean')
      }),
      { numRuns: 300 },
    )
  })

  it('safeParseDataset never throws for mutations of the real dataset, and a failed parse leaves the shipped data as it was', () => {
    const before = structuredClone(dataset)
    fc.assert(
      fc.property(mutatedDataset, anyOptions, (input, options) => {
        const result = safeParseDataset(input, options as never)
        expect(typeof result.success).toBe('boolean')
      }),
      { numRuns: 150 },
    )
    expect(dataset).toEqual(before)
  })

  // Query criteria validation is issue 10 point 5 (another change); this only asks that no input
  // gives a record from nowhere or an unnamed error.
  it('every query helper returns records of the dataset, or throws a TypeError or RangeError', () => {
    const records = new Set<unknown>([...dataset.sources, ...dataset.actors, ...dataset.locations, ...dataset.operations, ...dataset.quotes])
    const ids = new Set<unknown>([...records].map((r) => (r as { id: string }).id))
    const argument = fc.oneof(fc.anything(), fc.constantFrom(...ids), fc.record({ actors: fc.array(fc.constantFrom(...ids)), from: fc.string(), to: fc.string() }, { requiredKeys: [] }))
    const helpers: Record<string, (a: unknown, b: unknown) => unknown[]> = {
      getActor: (a) => [query.getActor(a as never)].filter((r) => r !== undefined),
      getLocation: (a) => [query.getLocation(a as never)].filter((r) => r !== undefined),
      getOperation: (a) => [query.getOperation(a as never)].filter((r) => r !== undefined),
      getQuote: (a) => [query.getQuote(a as never)].filter((r) => r !== undefined),
      getSource: (a) => [query.getSource(a as never)].filter((r) => r !== undefined),
      filterOperations: (a) => query.filterOperations(a as never),
      filterQuotes: (a) => query.filterQuotes(a as never),
      operationsOf: (a, b) => query.operationsOf(a as never, b as never),
      quotesBy: (a) => query.quotesBy(a as never),
      quotesAbout: (a) => query.quotesAbout(a as never),
      ancestorsOf: (a) => query.ancestorsOf(a as never),
      relatedOperations: (a) => query.relatedOperations(a as never).map((r) => r.operation),
      searchActors: (a) => query.searchActors(a as never),
      searchLocations: (a) => query.searchLocations(a as never),
      locate: (a) => [query.locate(a as never)?.from].filter((id) => id !== undefined).map((id) => query.getLocation(id as never)),
      buildTimeline: (a) => query.buildTimeline(a as never).flatMap((group) => group.entries.map((entry) => (ids.has(entry.id) ? [...records].find((r) => (r as { id: string }).id === entry.id) : entry))),
    }
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(helpers)), argument, argument, (name, a, b) => {
        let found: unknown[]
        try {
          found = helpers[name]!(a, b)
        } catch (error) {
          expect(error instanceof TypeError || error instanceof RangeError, `${name} threw ${String(error)}`).toBe(true)
          return
        }
        for (const record of found) expect(records.has(record), `${name} returned a record that is not in the dataset`).toBe(true)
      }),
      { numRuns: 400 },
    )
  })
})

describe('shared state a caller can reach', () => {
  it('changing the exported SLUG_PATTERN does not switch off id checks', async () => {
    const { SLUG_PATTERN, safeParseActor } = await import('../../src/schemas/index.js')
    const { actors } = await import('../../src/data/index.js')
    const actor = { ...structuredClone(actors[0]), id: 'BAD ID!!' }
    const source = SLUG_PATTERN.source
    try {
      SLUG_PATTERN.compile('^[\\s\\S]*$')
      expect(safeParseActor(actor).success).toBe(false)
    } finally {
      SLUG_PATTERN.compile(source)
    }
  })
})
