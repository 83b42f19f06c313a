import { evidenceOf, isSpan, type AnyEvidence } from './verify-evidence.js'

/** A field that claims to be verbatim source text but occurs in none of its record's evidence words. */
export interface VerbatimMismatch {
  /** Path of the field inside the record, e.g. `['title', 'ar']`. */
  readonly path: readonly PropertyKey[]
  /** The text that is not verbatim. */
  readonly text: string
}

/** The words of a span whose `exact` is not shipped, read from the source text; `undefined` without it. */
export type ResolveWords = (span: AnyEvidence) => string | undefined

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function wordsOf(e: AnyEvidence, resolve: ResolveWords | undefined): string | undefined {
  if (isSpan(e)) return e.exact ?? resolve?.(e)
  // A fingerprint's words are never in the data, so Arabic read in a report must be in its quote:
  // without one, it contributes no words (rather than making the whole record unjudgeable).
  return e.quote ?? ''
}

/**
 * Finds the fields of a record that claim to be verbatim text (every `ar` of a localized text:
 * names, titles, quote text; an Arabic alias that carries evidence) and are not inside any of the
 * record's evidence words: a span's `exact` (or its words read from the source text through
 * `resolve`), a fingerprint's or a reference's `quote`. Spans are themselves checked against the
 * source text, so text that passes here is the source's own words. Where some spans' words are
 * unknown (no `exact`, no text), a field found in none of the known words cannot be judged and is
 * not reported.
 */
export function verbatimMismatches(record: unknown, resolve?: ResolveWords): VerbatimMismatch[] {
  const all = evidenceOf(record).map((located) => wordsOf(located.evidence, resolve))
  // A record with no evidence at all is reported for that; listing each of its names again is noise.
  if (all.length === 0) return []
  const known = all.filter((words): words is string => words !== undefined)
  const someUnknown = known.length < all.length
  const inWords = (text: string) => someUnknown || known.some((words) => words.includes(text))
  const out: VerbatimMismatch[] = []
  const walk = (value: unknown, path: readonly PropertyKey[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]))
      return
    }
    if (!isObject(value)) return
    const citedAlias = value.lang === 'ar' && (!Array.isArray(value.evidence) || value.evidence.length === 0)
    if (value.lang === 'ar' && !citedAlias && typeof value.text === 'string' && !inWords(value.text)) out.push({ path: [...path, 'text'], text: value.text })
    for (const [key, child] of Object.entries(value)) {
      if (key === 'evidence') continue
      if (key === 'ar' && typeof child === 'string') {
        if (!inWords(child)) out.push({ path: [...path, key], text: child })
      } else walk(child, [...path, key])
    }
  }
  walk(record, [])
  return out
}
