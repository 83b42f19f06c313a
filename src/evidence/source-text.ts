/**
 * A source text prepared for span checks: its code points and, for each code-point offset, the
 * matching UTF-16 offset. Build it once per text; checks are then O(span length).
 */
export interface IndexedSourceText {
  /** The text as given. */
  readonly text: string
  /** Length in Unicode code points. */
  readonly length: number
  /** `utf16At[i]` is the UTF-16 offset of code point `i` (and `utf16At[length] === text.length`). */
  readonly utf16At: Uint32Array
}

/**
 * Indexes a source text for span checks and conversions between code-point and UTF-16 offsets.
 *
 * @example
 * ```ts
 * import { indexSourceText } from 'syria-counter-isis'
 * Array.from(indexSourceText('a😀b').utf16At) //=> [0, 1, 3, 4]
 * ```
 */
export function indexSourceText(text: string): IndexedSourceText {
  const utf16At: number[] = []
  let unit = 0
  for (const char of text) {
    utf16At.push(unit)
    unit += char.length
  }
  utf16At.push(unit)
  return { text, length: utf16At.length - 1, utf16At: Uint32Array.from(utf16At) }
}
