import { FindSpanError } from './find-span-error.js'
import { indexSourceText, type IndexedSourceText } from './source-text.js'

/** Options for {@link findSpan}. */
export interface FindSpanOptions {
  /** Which occurrence to take when the phrase occurs more than once (0-based). Required then. */
  readonly occurrence?: number
  /** Code points of context to record as `prefix`/`suffix` (default 16; 0 for none). */
  readonly context?: number
}

/** An evidence span built by {@link findSpan}, ready to put in a record. */
export interface FoundSpan {
  readonly source: string
  readonly exact: string
  readonly start: number
  readonly end: number
  readonly utf16: { readonly start: number; readonly end: number }
  readonly prefix?: string
  readonly suffix?: string
}

const LONE_SURROGATE = /\p{Cs}/u

function occurrences(text: string, phrase: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) found.push(at)
  return found
}

/**
 * Finds an exact phrase in a source text and returns the evidence span for it, with code-point
 * and UTF-16 offsets and a short prefix and suffix. For maintainers adding records: it refuses
 * to guess when the phrase is missing or occurs more than once without `occurrence`.
 *
 * @param sourceId - id of the source record
 * @param text - the source text (or an index from `indexSourceText`)
 * @param phrase - the exact words, copied from the text
 * @throws {@link FindSpanError} when the phrase is empty, not well-formed (a lone surrogate), not
 *   in the text, or ambiguous, or an option is not a whole number of zero or more
 *
 * @example
 * ```ts
 * import { findSpan } from 'syria-counter-isis'
 * findSpan('my-source', 'قال المصدر إن العملية تمت', 'العملية', { context: 3 })
 * //=> { source: 'my-source', exact: 'العملية', start: 14, end: 21, utf16: { start: 14, end: 21 }, prefix: 'إن ', suffix: ' تم' }
 * ```
 */
export function findSpan(sourceId: string, text: string | IndexedSourceText, phrase: string, options: FindSpanOptions = {}): FoundSpan {
  // An empty phrase matches everywhere (and once made the search loop forever); a lone surrogate
  // could start or end a span inside a character.
  if (typeof phrase !== 'string') throw new FindSpanError('ill-formed-phrase', sourceId, `the phrase for source "${sourceId}" must be a string, got ${typeof phrase}`)
  if (phrase === '') throw new FindSpanError('empty-phrase', sourceId, `the phrase for source "${sourceId}" is empty; copy the exact words from the text`)
  if (LONE_SURROGATE.test(phrase)) throw new FindSpanError('ill-formed-phrase', sourceId, `the phrase for source "${sourceId}" holds a lone surrogate (half of a character); copy the exact words from the text`)
  for (const key of ['occurrence', 'context'] as const) {
    const value = options[key]
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) throw new FindSpanError('invalid-option', sourceId, `${key} must be a whole number of zero or more, got ${String(value)}`)
  }
  const source = typeof text === 'string' ? indexSourceText(text) : text
  const found = occurrences(source.text, phrase)
  if (found.length === 0) throw new FindSpanError('not-found', sourceId, `"${phrase}" does not occur in source "${sourceId}"`)
  if (found.length > 1 && options.occurrence === undefined) {
    throw new FindSpanError('ambiguous', sourceId, `"${phrase}" occurs ${found.length} times in source "${sourceId}": pass { occurrence } (0-${found.length - 1}) or a longer phrase`)
  }
  const utf16Start = found[options.occurrence ?? 0]
  if (utf16Start === undefined) throw new FindSpanError('no-such-occurrence', sourceId, `"${phrase}" has no occurrence ${options.occurrence} in source "${sourceId}"`)
  const utf16End = utf16Start + phrase.length
  // Positions are on code-point boundaries because the phrase is well-formed text.
  const start = source.utf16At.indexOf(utf16Start)
  const end = source.utf16At.indexOf(utf16End, start)
  const context = options.context ?? 16
  const prefixStart = Math.max(0, start - context)
  const suffixEnd = Math.min(source.length, end + context)
  const span: FoundSpan = { source: sourceId, exact: phrase, start, end, utf16: { start: utf16Start, end: utf16End } }
  if (context === 0) return span
  return {
    ...span,
    prefix: source.text.slice(source.utf16At[prefixStart], utf16Start),
    suffix: source.text.slice(utf16End, source.utf16At[suffixEnd]),
  }
}
