import { evidenceOf } from './verify-evidence.js'

/** A field that claims to be verbatim source text but occurs in none of its record's spans. */
export interface VerbatimMismatch {
  /** Path of the field inside the record, e.g. `['title', 'ar']`. */
  readonly path: readonly PropertyKey[]
  /** The text that is not verbatim. */
  readonly text: string
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Finds the fields of a record that claim to be verbatim source text (every `ar` of a localized
 * text: names, titles, quote text; an Arabic alias that carries evidence) and are not inside any
 * evidence span of the record. Spans are themselves checked against the source text, so text
 * that passes here is the source's own words. Arabic aliases known only from a cited reference
 * (no evidence) and citations are outside the source and not checked. A record without any
 * span gives nothing to check against (and fails its schema for that).
 */
export function verbatimMismatches(record: unknown): VerbatimMismatch[] {
  const spans = evidenceOf(record).map((located) => located.evidence.exact)
  // A record with no span at all is reported for that; listing each of its names again is noise.
  if (spans.length === 0) return []
  const inSpans = (text: string) => spans.some((exact) => exact.includes(text))
  const out: VerbatimMismatch[] = []
  const walk = (value: unknown, path: readonly PropertyKey[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]))
      return
    }
    if (!isObject(value)) return
    const citedAlias = value.lang === 'ar' && (!Array.isArray(value.evidence) || value.evidence.length === 0)
    if (value.lang === 'ar' && !citedAlias && typeof value.text === 'string' && !inSpans(value.text)) out.push({ path: [...path, 'text'], text: value.text })
    for (const [key, child] of Object.entries(value)) {
      if (key === 'evidence' || key === 'citations') continue
      if (key === 'ar' && typeof child === 'string') {
        if (!inSpans(child)) out.push({ path: [...path, key], text: child })
      } else walk(child, [...path, key])
    }
  }
  walk(record, [])
  return out
}
