import { nodeSha256 } from './sha256.js'
import { indexSourceText, type IndexedSourceText } from './source-text.js'

/** The shape of a `span` evidence that the checks read (a subset of the `SpanEvidence` schema). */
export interface EvidenceSpan {
  readonly type?: 'span'
  readonly source: string
  readonly start: number
  readonly end: number
  readonly utf16: { readonly start: number; readonly end: number }
  readonly sha256?: string | undefined
  readonly exact?: string | undefined
}

/** The shape of a `fingerprint` evidence that the checks read. */
export interface EvidenceFingerprint {
  readonly type: 'fingerprint'
  readonly source: string
  readonly normalization: 'NFC'
  readonly sha256: string
  readonly length: number
  readonly quote?: string | undefined
}

/** The shape of a `reference` evidence that the checks read. */
export interface EvidenceReference {
  readonly type: 'reference'
  readonly source: string
  readonly locator?: string | undefined
  readonly quote: string
}

/** Any evidence, as the checks read it. */
export type AnyEvidence = EvidenceSpan | EvidenceFingerprint | EvidenceReference

/** An evidence found inside a record, with its path. */
export interface LocatedEvidence {
  /** Path of the evidence inside the record, e.g. `['participants', 0, 'evidence', 1]`. */
  readonly path: readonly PropertyKey[]
  /** The evidence. */
  readonly evidence: AnyEvidence
}

/** An evidence that does not match its source text, and how. */
export interface EvidenceMismatch extends LocatedEvidence {
  /** What does not match: expected versus found. */
  readonly message: string
}

function isEvidence(value: unknown): value is AnyEvidence {
  if (typeof value !== 'object' || value === null) return false
  const e = value as Record<string, unknown>
  if (typeof e.source !== 'string') return false
  if (e.type === 'fingerprint' || e.type === 'reference') return true
  return (e.type === undefined || e.type === 'span') && typeof e.start === 'number' && typeof e.end === 'number'
}

/**
 * Whether an evidence is a span of a full text (a 0.1.0 span has no `type`).
 *
 * @example
 * ```ts
 * import { isSpan } from 'syria-counter-isis'
 * isSpan({ type: 'reference', source: 'open-syria-governorates', quote: 'SY03' }) //=> false
 * ```
 */
export function isSpan(e: AnyEvidence): e is EvidenceSpan {
  return e.type === undefined || e.type === 'span'
}

/**
 * Finds every evidence in a record, at any depth (record, claims, readings, aliases, notes):
 * spans, fingerprints and reference values.
 *
 * @example
 * ```ts
 * import { evidenceOf, getOperation } from 'syria-counter-isis'
 * evidenceOf(getOperation('2025-08-atmeh-airborne-landing')!).length > 1 //=> true
 * ```
 */
export function evidenceOf(record: unknown): LocatedEvidence[] {
  const out: LocatedEvidence[] = []
  // An explicit stack, not recursion, so a hostile record nested 100,000 deep cannot overflow
  // the call stack; paths link back to their parent and are spelt out only for a span found.
  // An object inside itself (a cycle, never in JSON) is not walked again. Items are pushed in
  // reverse so spans come out in document order.
  const inside = new Set<object>()
  const stack: WalkItem[] = [{ value: record, at: undefined, step: 'walk' }]
  while (stack.length > 0) {
    const { value, at, step } = stack.pop()!
    if (step === 'span') {
      out.push({ path: spellPath(at), evidence: value as EvidenceSpan })
      continue
    }
    if (typeof value !== 'object' || value === null) continue
    if (step === 'leave') {
      inside.delete(value)
      continue
    }
    if (inside.has(value)) continue
    inside.add(value)
    stack.push({ value, at, step: 'leave' })
    const entries: [PropertyKey, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value)
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!
      const link: PathLink = { key, parent: at }
      if (key === 'evidence' && Array.isArray(child)) {
        for (let j = child.length - 1; j >= 0; j--) {
          if (isEvidence(child[j])) stack.push({ value: child[j], at: { key: j, parent: link }, step: 'span' })
        }
      } else stack.push({ value: child, at: link, step: 'walk' })
    }
  }
  return out
}

/** One step of a path, linked to the step before it. */
interface PathLink {
  readonly key: PropertyKey
  readonly parent: PathLink | undefined
}

interface WalkItem {
  readonly value: unknown
  readonly at: PathLink | undefined
  /** Walk `value`, report it as a span, or leave it (its children are done). */
  readonly step: 'walk' | 'span' | 'leave'
}

function spellPath(at: PathLink | undefined): PropertyKey[] {
  const path: PropertyKey[] = []
  for (let link = at; link !== undefined; link = link.parent) path.push(link.key)
  return path.reverse()
}

function codePointSlice(source: IndexedSourceText, start: number, end: number): string {
  return source.text.slice(source.utf16At[start], source.utf16At[end])
}

/**
 * Checks one span against an indexed source text: code-point and UTF-16 offsets, the `sha256`
 * of its words and, when present, `exact`. Returns the problem, or `undefined` when the span
 * matches byte for byte. Needs `node:crypto` for the hash (reported, never skipped, without).
 *
 * @example
 * ```ts
 * import { checkSpan, findSpan, indexSourceText } from 'syria-counter-isis'
 * const text = indexSourceText('قال مصدر أمني')
 * checkSpan(findSpan('s', text, 'مصدر'), text) //=> undefined
 * checkSpan({ ...findSpan('s', text, 'مصدر'), exact: 'مصدا' }, text) //=> 'code points 4-8 are "مصدر", not "مصدا"'
 * ```
 */
export function checkSpan(e: EvidenceSpan, source: IndexedSourceText): string | undefined {
  if (e.end > source.length) return `end ${e.end} is past the end of the source (${source.length} code points)`
  const found = codePointSlice(source, e.start, e.end)
  if (e.exact !== undefined && found !== e.exact) return `code points ${e.start}-${e.end} are ${JSON.stringify(found)}, not ${JSON.stringify(e.exact)}`
  if (source.utf16At[e.start] !== e.utf16.start || source.utf16At[e.end] !== e.utf16.end) {
    return `utf16 offsets ${e.utf16.start}-${e.utf16.end} should be ${source.utf16At[e.start]}-${source.utf16At[e.end]}`
  }
  if (e.sha256 !== undefined) {
    const sha256 = nodeSha256()
    if (sha256 === undefined) return 'cannot check sha256: this runtime has no node:crypto (Node 20.16 or later)'
    const digest = sha256(found)
    if (digest !== e.sha256) return `the words at code points ${e.start}-${e.end} hash to ${digest}, not ${e.sha256}`
  }
  return undefined
}

/**
 * Finds fingerprinted words in a report's page text: scans every start position of the
 * NFC-normalised text for words of the fingerprint's `length` whose SHA-256 matches, then checks
 * that `quote`, when present, lies inside them. Returns the problem, or `undefined` when found.
 *
 * @example
 * ```ts
 * import { checkFingerprint, fingerprintWords } from 'syria-counter-isis'
 * const page = 'Officials said on Friday that three men were detained in the raid.'
 * const e = { type: 'fingerprint' as const, source: 'r', ...fingerprintWords('three men were detained'), quote: 'three' }
 * checkFingerprint(e, page) //=> undefined
 * checkFingerprint({ ...e, quote: 'four' }, page) //=> 'quote "four" is not inside the fingerprinted words'
 * ```
 */
export function checkFingerprint(e: EvidenceFingerprint, pageText: string): string | undefined {
  const sha256 = nodeSha256()
  if (sha256 === undefined) return 'cannot check a fingerprint: this runtime has no node:crypto (Node 20.16 or later)'
  const page = indexSourceText(pageText.normalize('NFC'))
  if (!Number.isSafeInteger(e.length) || e.length <= 0) return `length ${String(e.length)} is not a positive whole number`
  for (let start = 0; start + e.length <= page.length; start++) {
    const words = codePointSlice(page, start, start + e.length)
    if (sha256(words) !== e.sha256) continue
    if (e.quote !== undefined && !words.includes(e.quote.normalize('NFC'))) return `quote ${JSON.stringify(e.quote)} is not inside the fingerprinted words`
    return undefined
  }
  return `no ${e.length} code points of the page text hash to ${e.sha256}`
}

/** The texts {@link verifyEvidence} checks evidence against. */
export interface EvidenceTexts {
  /** Full texts by source id: spans are checked against them. */
  readonly sourceTexts?: Readonly<Record<string, string>>
  /** Page texts of report sources by source id: fingerprints are looked for in them (NFC-normalised first). */
  readonly reportTexts?: Readonly<Record<string, string>>
}

function isEvidenceTexts(value: object): value is EvidenceTexts {
  // Source ids are slugs, so a key spelt "sourceTexts" or "reportTexts" cannot be one.
  return Object.hasOwn(value, 'sourceTexts') || Object.hasOwn(value, 'reportTexts')
}

function ownText(texts: Readonly<Record<string, string>> | undefined, id: string): string | undefined {
  // Own keys only: evidence of source "constructor" must not read Object.prototype.constructor.
  if (texts === undefined || !Object.hasOwn(texts, id)) return undefined
  const text: unknown = texts[id]
  return typeof text === 'string' ? text : undefined
}

/**
 * Checks every evidence of a record against the texts it points into: each span against its
 * source's full text (offsets, `sha256`, `exact`), each fingerprint against its report's page
 * text (the words are found by scanning the NFC page). The npm package ships neither text, so a
 * user who has them passes them here. Reference values have no text to check and are skipped.
 *
 * @param record - any record (or any object holding evidence)
 * @param texts - the full text of the one source, full texts keyed by source id, or
 *   `{ sourceTexts, reportTexts }`
 * @returns the mismatches; an empty array means everything matches. Evidence whose text is not
 *   given is reported as a mismatch, never skipped silently.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { verifyEvidence, getOperation } from 'syria-counter-isis'
 * const text = readFileSync('data/sources/000_4325f0170ff2d2c8.txt', 'utf8')
 * verifyEvidence(getOperation('2025-08-atmeh-airborne-landing')!, { sourceTexts: { 'alaraby-2025-10-24': text } }) //=> [{ path: ['participants', 1, 'evidence', 0], evidence: { type: 'fingerprint', source: 'rudaw-2025-08-20-coalition-kills-iraqi-isis-leader', normalization: 'NFC', sha256: '1f4b7859f83a006e0c2691b952c9ab7351533baeb1ef00822853f13a0e5daef7', length: 167, quote: 'US-led coalition forces' }, message: 'no page text given for report "rudaw-2025-08-20-coalition-kills-iraqi-isis-leader"' }, { path: ['participants', 1, 'evidence', 1], evidence: { type: 'fingerprint', source: 'the-new-region-2025-08-20-salah-numan-atmeh', normalization: 'NFC', sha256: 'a122c951ce829602b36ad362c09f5fc440a7d226667e7b341e70e3ae8f6c3558', length: 189, quote: 'The US-led global coalition' }, message: 'no page text given for report "the-new-region-2025-08-20-salah-numan-atmeh"' }, { path: ['participants', 2, 'evidence', 0], evidence: { type: 'fingerprint', source: 'bno-news-2025-08-22-raid-kills-isis-financier', normalization: 'NFC', sha256: '3bfec6818a41a3d71cb8eed2bb0bb8962dd3396285421442421a4764ba0919be', length: 121, quote: 'U.S. forces' }, message: 'no page text given for report "bno-news-2025-08-22-raid-kills-isis-financier"' }, { path: ['outcomes', 1, 'evidence', 0], evidence: { type: 'fingerprint', source: 'rudaw-2025-08-20-coalition-kills-iraqi-isis-leader', normalization: 'NFC', sha256: '1f4b7859f83a006e0c2691b952c9ab7351533baeb1ef00822853f13a0e5daef7', length: 167, quote: 'killed a senior Iraqi Islamic State (ISIS) leader' }, message: 'no page text given for report "rudaw-2025-08-20-coalition-kills-iraqi-isis-leader"' }, { path: ['outcomes', 1, 'evidence', 1], evidence: { type: 'fingerprint', source: 'the-new-region-2025-08-20-salah-numan-atmeh', normalization: 'NFC', sha256: 'a122c951ce829602b36ad362c09f5fc440a7d226667e7b341e70e3ae8f6c3558', length: 189, quote: 'located and killed' }, message: 'no page text given for report "the-new-region-2025-08-20-salah-numan-atmeh"' }, { path: ['outcomes', 2, 'evidence', 0], evidence: { type: 'fingerprint', source: 'bno-news-2025-08-22-raid-kills-isis-financier', normalization: 'NFC', sha256: '3bfec6818a41a3d71cb8eed2bb0bb8962dd3396285421442421a4764ba0919be', length: 121, quote: 'have killed a senior ISIS official' }, message: 'no page text given for report "bno-news-2025-08-22-raid-kills-isis-financier"' }, { path: ['readings', 1, 'evidence', 0], evidence: { type: 'fingerprint', source: 'rudaw-2025-08-20-coalition-kills-iraqi-isis-leader', normalization: 'NFC', sha256: '1f4b7859f83a006e0c2691b952c9ab7351533baeb1ef00822853f13a0e5daef7', length: 167, quote: 'on Wednesday' }, message: 'no page text given for report "rudaw-2025-08-20-coalition-kills-iraqi-isis-leader"' }, { path: ['readings', 2, 'evidence', 0], evidence: { type: 'fingerprint', source: 'the-new-region-2025-08-20-salah-numan-atmeh', normalization: 'NFC', sha256: 'a122c951ce829602b36ad362c09f5fc440a7d226667e7b341e70e3ae8f6c3558', length: 189, quote: 'on Wednesday' }, message: 'no page text given for report "the-new-region-2025-08-20-salah-numan-atmeh"' }, { path: ['readings', 3, 'evidence', 0], evidence: { type: 'fingerprint', source: 'bno-news-2025-08-22-raid-kills-isis-financier', normalization: 'NFC', sha256: '248002fc75616130d16d0227b01377f53f5df89c37e41e429ef9e140fbc3ee0b', length: 70, quote: 'on Tuesday' }, message: 'no page text given for report "bno-news-2025-08-22-raid-kills-isis-financier"' }, { path: ['readings', 5, 'evidence', 0], evidence: { type: 'fingerprint', source: 'the-new-region-2025-08-20-salah-numan-atmeh', normalization: 'NFC', sha256: 'a122c951ce829602b36ad362c09f5fc440a7d226667e7b341e70e3ae8f6c3558', length: 189, quote: 'Atmeh' }, message: 'no page text given for report "the-new-region-2025-08-20-salah-numan-atmeh"' }, { path: ['readings', 6, 'evidence', 0], evidence: { type: 'fingerprint', source: 'bno-news-2025-08-22-raid-kills-isis-financier', normalization: 'NFC', sha256: '248002fc75616130d16d0227b01377f53f5df89c37e41e429ef9e140fbc3ee0b', length: 70, quote: 'Atimah' }, message: 'no page text given for report "bno-news-2025-08-22-raid-kills-isis-financier"' }, { path: ['readings', 8, 'evidence', 0], evidence: { type: 'fingerprint', source: 'rudaw-2025-08-20-coalition-kills-iraqi-isis-leader', normalization: 'NFC', sha256: '1f4b7859f83a006e0c2691b952c9ab7351533baeb1ef00822853f13a0e5daef7', length: 167, quote: 'airdrop raid' }, message: 'no page text given for report "rudaw-2025-08-20-coalition-kills-iraqi-isis-leader"' }, { path: ['notes', 0, 'evidence', 0], evidence: { type: 'fingerprint', source: 'rudaw-2025-08-20-coalition-kills-iraqi-isis-leader', normalization: 'NFC', sha256: '4b0c0351060bc6c8357b8393c8d31b5f8dbe06c85bfe532ffede42457c85be57', length: 60, quote: 'around midnight' }, message: 'no page text given for report "rudaw-2025-08-20-coalition-kills-iraqi-isis-leader"' }, { path: ['notes', 1, 'evidence', 0], evidence: { type: 'fingerprint', source: 'the-sun-2025-08-20-coalition-kills-is-leader', normalization: 'NFC', sha256: '7c6ce6a1261d65a67adc11ace151b02f52cc7875e2be0e51e468f50cea5629b4', length: 109, quote: 'after midnight' }, message: 'no page text given for report "the-sun-2025-08-20-coalition-kills-is-leader"' }, { path: ['notes', 1, 'evidence', 1], evidence: { type: 'fingerprint', source: 'the-sun-2025-08-20-coalition-kills-is-leader', normalization: 'NFC', sha256: 'cc57e3ffb63b0a630a66e8d5c5b309717cbd02a405e60d7f9602949fdda037f3', length: 71, quote: 'around 2:30 am' }, message: 'no page text given for report "the-sun-2025-08-20-coalition-kills-is-leader"' }, { path: ['notes', 2, 'evidence', 0], evidence: { type: 'fingerprint', source: 'the-sun-2025-08-20-coalition-kills-is-leader', normalization: 'NFC', sha256: '8e4616062592b0229912b7be068ce5b6d6b772f0be75eb5e3ed3002c297e4f19', length: 84 }, message: 'no page text given for report "the-sun-2025-08-20-coalition-kills-is-leader"' }, { path: ['notes', 3, 'evidence', 0], evidence: { type: 'fingerprint', source: 'the-new-region-2025-08-20-salah-numan-atmeh', normalization: 'NFC', sha256: '5acbcd104da1c3e2ae840d81233c451b9be52eeb465dc7b01804d7409a1b1036', length: 101, quote: 'his wife, mother, and young child' }, message: 'no page text given for report "the-new-region-2025-08-20-salah-numan-atmeh"' }, { path: ['notes', 4, 'evidence', 0], evidence: { type: 'fingerprint', source: 'rudaw-2025-08-20-coalition-kills-iraqi-isis-leader', normalization: 'NFC', sha256: 'bfa41501af1ada35253406785141741cfe2bfb3ecc4879b71180eb01ad9422fb', length: 83, quote: 'interrogated' }, message: 'no page text given for report "rudaw-2025-08-20-coalition-kills-iraqi-isis-leader"' }, { path: ['notes', 5, 'evidence', 0], evidence: { type: 'fingerprint', source: 'the-sun-2025-08-20-coalition-kills-is-leader', normalization: 'NFC', sha256: 'c3ab8c01cdfee3dbc61217d1e82b87400b30f95ec0b3a5c168bc832724ba934f', length: 43, quote: 'arrested' }, message: 'no page text given for report "the-sun-2025-08-20-coalition-kills-is-leader"' }]
 * ```
 */
export function verifyEvidence(record: unknown, texts: string | Readonly<Record<string, string>> | EvidenceTexts): EvidenceMismatch[] {
  const given: EvidenceTexts = typeof texts === 'string' ? {} : isEvidenceTexts(texts) ? texts : { sourceTexts: texts as Readonly<Record<string, string>> }
  const indexed = new Map<string, IndexedSourceText>()
  const textFor = (source: string): IndexedSourceText | undefined => {
    let entry = indexed.get(source)
    if (entry) return entry
    const text = typeof texts === 'string' ? texts : ownText(given.sourceTexts, source)
    if (text === undefined) return undefined
    entry = indexSourceText(text)
    indexed.set(source, entry)
    return entry
  }
  const mismatches: EvidenceMismatch[] = []
  for (const located of evidenceOf(record)) {
    const e = located.evidence
    let message: string | undefined
    if (isSpan(e)) {
      const source = textFor(e.source)
      message = source ? checkSpan(e, source) : `no text given for source "${e.source}"`
    } else if (e.type === 'fingerprint') {
      const page = ownText(given.reportTexts, e.source)
      message = page !== undefined ? checkFingerprint(e, page) : `no page text given for report "${e.source}"`
    }
    if (message !== undefined) mismatches.push({ ...located, message })
  }
  return mismatches
}
