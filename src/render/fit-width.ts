import { displayWidth } from './display-width.js'

/**
 * Pads text with spaces to a display width, or cuts it to that width with `…`, never separating
 * a letter from its combining marks.
 *
 * @internal
 * @param text - the text
 * @param width - the target width in terminal cells
 * @param pad - whether to pad short text (false for a last column)
 * @returns the fitted text
 */
export function fitWidth(text: string, width: number, pad = true): string {
  const w = displayWidth(text)
  if (w <= width) return pad ? text + ' '.repeat(width - w) : text
  let out = ''
  let used = 0
  for (const char of text) {
    const cw = displayWidth(char)
    if (cw > 0 && used + cw > width - 1) break
    out += char
    used += cw
  }
  return `${out}…${pad ? ' '.repeat(Math.max(0, width - used - 1)) : ''}`
}
