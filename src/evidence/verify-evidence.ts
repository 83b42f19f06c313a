import { indexSourceText, type IndexedSourceText } from './source-text.js'

/** The shape of an evidence span that the checks read (a subset of the `Evidence` schema). */
export interface EvidenceSpan {
  readonly source: string
  readonly exact: string
  readonly start: number
  readonly end: number
  readonly utf16: { readonly start: number; readonly end: number }
  readonly prefix?: string | undefined
  readonly suffix?: string | undefined
}

/** An evidence span found inside a record, with its path. */
export interface LocatedEvidence {
  /** Path of the span inside the record, e.g. `['participants', 0, 'evidence', 1]`. */
  readonly path: readonly PropertyKey[]
  /** The span. */
  readonly evidence: EvidenceSpan
}

/** A span that does not match the source text, and how. */
export interface EvidenceMismatch extends LocatedEvidence {
  /** What does not match: expected versus found. */
  readonly message: string
}

function isEvidence(value: unknown): value is EvidenceSpan {
  if (typeof value !== 'object' || value === null) return false
  const e = value as Record<string, unknown>
  return typeof e.source === 'string' && typeof e.exact === 'string' && typeof e.start === 'number' && typeof e.end === 'number'
}

/**
 * Finds every evidence span in a record, at any depth (record, claims, aliases, notes).
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
 * Checks one span against an indexed source text: code-point offsets, UTF-16 offsets, prefix and
 * suffix. Returns the problem, or `undefined` when the span matches byte for byte.
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
  // Compared in place (startsWith/endsWith at an offset): no slice of the text per span.
  const from = source.utf16At[e.start]
  const to = source.utf16At[e.end]
  const matches = from !== undefined && to !== undefined ? to - from === e.exact.length && source.text.startsWith(e.exact, from) : codePointSlice(source, e.start, e.end) === e.exact
  if (!matches) {
    return `code points ${e.start}-${e.end} are ${JSON.stringify(codePointSlice(source, e.start, e.end))}, not ${JSON.stringify(e.exact)}`
  }
  if (from !== e.utf16.start || to !== e.utf16.end) {
    return `utf16 offsets ${e.utf16.start}-${e.utf16.end} should be ${from}-${to}`
  }
  if (e.prefix !== undefined && !source.text.endsWith(e.prefix, from!)) {
    return `prefix ${JSON.stringify(e.prefix)} does not precede the span`
  }
  if (e.suffix !== undefined && !source.text.startsWith(e.suffix, to!)) {
    return `suffix ${JSON.stringify(e.suffix)} does not follow the span`
  }
  return undefined
}

/**
 * Checks every evidence span of a record against the source text, byte for byte. The npm
 * package does not ship the article, so a user who has the text passes it here.
 *
 * @param record - any record (or any object holding evidence)
 * @param sourceText - the text of the one source, or texts keyed by source id
 * @returns the mismatches; an empty array means every span matches. Spans of sources whose
 *   text is not given are reported as mismatches, never skipped silently.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { verifyEvidence, getOperation } from 'syria-counter-isis'
 * const text = readFileSync('data/sources/000_4325f0170ff2d2c8.txt', 'utf8')
 * verifyEvidence(getOperation('2025-08-atmeh-airborne-landing')!, text) //=> []
 * ```
 */
export function verifyEvidence(record: unknown, sourceText: string | Readonly<Record<string, string>>): EvidenceMismatch[] {
  const indexed = new Map<string, IndexedSourceText>()
  const textFor = (source: string): IndexedSourceText | undefined => {
    let entry = indexed.get(source)
    if (entry) return entry
    // Own keys only: a span of source "constructor" must not read Object.prototype.constructor.
    const text = typeof sourceText === 'string' ? sourceText : Object.hasOwn(sourceText, source) ? sourceText[source] : undefined
    if (typeof text !== 'string') return undefined
    entry = indexSourceText(text)
    indexed.set(source, entry)
    return entry
  }
  const mismatches: EvidenceMismatch[] = []
  for (const located of evidenceOf(record)) {
    const source = textFor(located.evidence.source)
    const message = source ? checkSpan(located.evidence, source) : `no text given for source "${located.evidence.source}"`
    if (message !== undefined) mismatches.push({ ...located, message })
  }
  return mismatches
}
