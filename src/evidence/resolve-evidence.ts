import { ResolveEvidenceError } from './resolve-evidence-error.js'
import { nodeSha256, type Sha256 } from './sha256.js'
import { indexSourceText, type IndexedSourceText } from './source-text.js'
import { evidenceOf, isSpan, type EvidenceFingerprint, type EvidenceReference } from './verify-evidence.js'

/**
 * The fields of an evidence span that resolving reads: a span of a full-text source by
 * code-point offsets, pinned by the `sha256` of its words (and, where the words are the data,
 * carrying them as `exact`).
 */
export interface ResolvableSpan {
  /** `'span'` (a 0.1.0 span has no `type`). */
  readonly type?: 'span'
  readonly source: string
  readonly start: number
  readonly end: number
  readonly utf16?: { readonly start: number; readonly end: number } | undefined
  readonly sha256?: string | undefined
  readonly exact?: string | undefined
}

/** The words of one span of a record, with where the span sits in the record. */
export interface ResolvedEvidence {
  /** Path of the span inside the record, e.g. `['participants', 0, 'evidence', 1]`. */
  readonly path: readonly PropertyKey[]
  /** Id of the source the words are in. */
  readonly source: string
  /** The words of the span, as the source text has them. */
  readonly words: string
}

/** Options of {@link resolveRecordEvidence}. */
export interface ResolveRecordOptions {
  /** The text of the one full-text source, or texts keyed by source id. */
  readonly sourceTexts: string | Readonly<Record<string, string>>
}

const describe = (e: ResolvableSpan): string => `span ${e.start}-${e.end} of source "${e.source}"`

/** Evidence as {@link resolveEvidence} takes it: a span resolves; a fingerprint or a reference value is refused. */
export type ResolvableEvidence = ResolvableSpan | EvidenceFingerprint | EvidenceReference

function resolveIn(evidence: ResolvableEvidence, source: IndexedSourceText, sha256: () => Sha256): string {
  if (evidence.type === 'fingerprint' || evidence.type === 'reference') {
    throw new ResolveEvidenceError('not-a-span', evidence.source, `evidence of type "${evidence.type}" (source "${evidence.source}") has no offsets in a text; only spans resolve`)
  }
  const { start, end } = evidence
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start || end > source.length) {
    throw new ResolveEvidenceError('out-of-range', evidence.source, `${describe(evidence)} is not inside the text given (${source.length} code points); is it the source's text?`)
  }
  const from = source.utf16At[start]!
  const to = source.utf16At[end]!
  const words = source.text.slice(from, to)
  if (evidence.utf16 !== undefined && (evidence.utf16.start !== from || evidence.utf16.end !== to)) {
    throw new ResolveEvidenceError('utf16-mismatch', evidence.source, `${describe(evidence)} has UTF-16 offsets ${evidence.utf16.start}-${evidence.utf16.end}, but the text given has it at ${from}-${to}: another copy of the source`)
  }
  if (evidence.sha256 !== undefined) {
    const found = sha256()(words)
    if (found !== evidence.sha256) {
      throw new ResolveEvidenceError('hash-mismatch', evidence.source, `${describe(evidence)}: the words in the text given have SHA-256 ${found}, not ${evidence.sha256}: another copy of the source`)
    }
  }
  if (evidence.exact !== undefined && evidence.exact !== words) {
    throw new ResolveEvidenceError('exact-mismatch', evidence.source, `${describe(evidence)}: the text given has other words there than the span's exact: another copy of the source`)
  }
  return words
}

function hashFunction(): Sha256 {
  const sha256 = nodeSha256()
  if (sha256 === undefined) throw new ResolveEvidenceError('no-hash-function', '', 'cannot check the span\'s sha256: this runtime has no node:crypto (Node 20.16 or later)')
  return sha256
}

/**
 * Gives the words of an evidence span from the text of its source. The package does not ship
 * the article: long supporting passages are anchored by offsets and the `sha256` of their
 * words, and anyone holding the text gets the words back here, checked. Give the NFC text the
 * source record describes (its `sha256` and `length` say whether a copy is that one).
 *
 * @param evidence - a span (`type: 'span'`): offsets, and `sha256` and/or `exact` to check against
 * @param sourceText - the text of the span's source, or an index of it from `indexSourceText`
 * @returns the words from `start` to `end`
 * @throws {@link ResolveEvidenceError} when the evidence is not a span, its offsets are outside
 *   the text, or the words there do not match its `sha256`, `exact` or `utf16` offsets
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { getActor, resolveEvidence } from 'syria-counter-isis'
 * const article = readFileSync('data/sources/000_4325f0170ff2d2c8.txt', 'utf8')
 * const words = resolveEvidence(getActor('tom-barrack')!.evidence[0]!, article)
 * words.includes('توم برّاك') //=> true
 * // A made-up text, and a span of it pinned by the SHA-256 of its words alone:
 * const sha256 = 'abc9c560af787aece864145d53622c9a4ff6814ebc0d88e0c03c846bd611676f'
 * const span = { type: 'span', source: 'made-up', start: 4, end: 8, utf16: { start: 4, end: 8 }, sha256 }
 * resolveEvidence(span, 'قال مصدر أمني') //=> 'مصدر'
 * ```
 */
export function resolveEvidence(evidence: ResolvableEvidence, sourceText: string | IndexedSourceText): string {
  const source = typeof sourceText === 'string' ? indexSourceText(sourceText) : sourceText
  return resolveIn(evidence, source, hashFunction)
}

/**
 * Gives the words of every evidence span of a record (at any depth: the record, its claims,
 * aliases and notes), in document order, each checked as {@link resolveEvidence} checks it.
 * Evidence that is not a span (a report's fingerprint, a value read in a reference) has no
 * words in a full-text source and is left out; a span whose source has no text given is an
 * error, never skipped.
 *
 * @param record - any record (or any object holding evidence)
 * @param options - `sourceTexts`: the text of the one full-text source, or texts keyed by source id
 * @throws {@link ResolveEvidenceError} for the first span that does not resolve; the message
 *   names its path in the record
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { getOperation, resolveRecordEvidence } from 'syria-counter-isis'
 * const article = readFileSync('data/sources/000_4325f0170ff2d2c8.txt', 'utf8')
 * const resolved = resolveRecordEvidence(getOperation('2025-08-atmeh-airborne-landing')!, { sourceTexts: article })
 * resolved.length > 1 //=> true
 * resolved.some((r) => r.path.join('.') === 'evidence.0') //=> true
 * resolved.every((r) => r.source === 'alaraby-2025-10-24' && r.words.length > 0) //=> true
 * ```
 */
export function resolveRecordEvidence(record: unknown, options: ResolveRecordOptions): ResolvedEvidence[] {
  const { sourceTexts } = options
  const indexed = new Map<string, IndexedSourceText>()
  const textFor = (source: string): IndexedSourceText => {
    let entry = indexed.get(source)
    if (entry) return entry
    // Own keys only: a span of source "constructor" must not read Object.prototype.constructor.
    const text = typeof sourceTexts === 'string' ? sourceTexts : Object.hasOwn(sourceTexts, source) ? sourceTexts[source] : undefined
    if (typeof text !== 'string') throw new ResolveEvidenceError('no-text', source, `no text given for source "${source}"`)
    entry = indexSourceText(text)
    indexed.set(source, entry)
    return entry
  }
  let sha256: Sha256 | undefined
  const hash = () => (sha256 ??= hashFunction())
  const out: ResolvedEvidence[] = []
  for (const { path, evidence } of evidenceOf(record)) {
    if (!isSpan(evidence)) continue
    const span = evidence
    try {
      out.push({ path, source: span.source, words: resolveIn(span, textFor(span.source), hash) })
    } catch (error) {
      if (error instanceof ResolveEvidenceError) throw new ResolveEvidenceError(error.reason, error.sourceId, `${path.map(String).join('.')}: ${error.message}`)
      throw error
    }
  }
  return out
}
