// Zero-width in a terminal: combining marks (Arabic harakat and shadda U+064B-U+065F, dagger
// alef U+0670, Latin accents...) and format characters (ZWJ, ZWNJ, bidi marks).
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u
// East Asian wide and fullwidth characters take two cells.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u

/**
 * The number of terminal cells a string takes: code points, minus combining marks and format
 * characters (which draw over or between their neighbours), plus one for wide characters.
 * `String.prototype.length` overcounts Arabic with diacritics: `برّاك` is 5 code units but 4 cells.
 *
 * @internal
 * @param text - the text
 * @returns its display width
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    if (ZERO_WIDTH.test(char)) continue
    width += WIDE.test(char) ? 2 : 1
  }
  return width
}
