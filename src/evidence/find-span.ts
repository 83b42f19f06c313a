import { FindSpanError } from './find-span-error.js'
import { requireSha256 } from './sha256.js'
import { indexSourceText, type IndexedSourceText } from './source-text.js'

/** Options for {@link findSpan}. */
export interface FindSpanOptions {
  /** Which occurrence to take when the phrase occurs more than once (0-based). Required then. */
  readonly occurrence?: number
}

/** An evidence span built by {@link findSpan}, ready to put in a record. */
export interface FoundSpan {
  readonly type: 'span'
  readonly source: string
  readonly start: number
  readonly end: number
  readonly utf16: { readonly start: number; readonly end: number }
  readonly sha256: string
  readonly exact: string
}

const LONE_SURROGATE = /\p{Cs}/u

function occurrences(text: string, phrase: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) found.push(at)
  return found
}

/**
 * Finds an exact phrase in a source text and returns the evidence span for it, with code-point
 * and UTF-16 offsets and the SHA-256 of the words (drop `exact` before shipping unless the words
 * are themselves the data). For maintainers adding records: it refuses
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
 * findSpan('my-source', 'قال المصدر إن العملية تمت', 'العملية')
 * //=> { type: 'span', source: 'my-source', start: 14, end: 21, utf16: { start: 14, end: 21 }, sha256: '1937a4fdfca8818cd819ed76b216b1639b2374199de032f30c800eeebc36f046', exact: 'العملية' }
 * ```
 */
export function findSpan(sourceId: string, text: string | IndexedSourceText, phrase: string, options: FindSpanOptions = {}): FoundSpan {
  // An empty phrase matches everywhere (and once made the search loop forever); a lone surrogate
  // could start or end a span inside a character.
  if (typeof phrase !== 'string') throw new FindSpanError('ill-formed-phrase', sourceId, `the phrase for source "${sourceId}" must be a string, got ${typeof phrase}`)
  if (phrase === '') throw new FindSpanError('empty-phrase', sourceId, `the phrase for source "${sourceId}" is empty; copy the exact words from the text`)
  if (LONE_SURROGATE.test(phrase)) throw new FindSpanError('ill-formed-phrase', sourceId, `the phrase for source "${sourceId}" holds a lone surrogate (half of a character); copy the exact words from the text`)
  for (const key of ['occurrence'] as const) {
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
  return { type: 'span', source: sourceId, start, end, utf16: { start: utf16Start, end: utf16End }, sha256: requireSha256()(phrase), exact: phrase }
}
