/**
 * What the SVG renderers (timeline and map) share: escaping, numbers, Arabic text, text widths.
 */
import { shorten } from './shorten.js'

// XML 1.0 forbids these code points even as character references; a stray one in the data
// must not make the whole picture unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Escapes text for an XML element or a double-quoted attribute, dropping code points XML 1.0
 * cannot hold.
 *
 * @internal
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * Writes a coordinate with at most two decimals and no `-0`, so the output is the same on
 * every platform and diffs stay small.
 *
 * @internal
 */
export function svgNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100
  return Object.is(rounded, -0) ? '0' : String(rounded)
}

/**
 * A text element holding Arabic: right-to-left and tagged as Arabic, with its `right` or `left`
 * end at `x`. In right-to-left text, `text-anchor="start"` is the right end.
 *
 * @internal
 */
export function arabicText(x: number, y: number, text: string, end: 'right' | 'left', attributes = ''): string {
  return `<text x="${svgNumber(x)}" y="${svgNumber(y)}" direction="rtl" xml:lang="ar" text-anchor="${end === 'right' ? 'start' : 'end'}"${attributes}>${escapeXml(text)}</text>`
}

/**
 * Estimated width of a text in SVG units. A pure function has no font metrics, so the estimate
 * is generous: labels may leave some space, but do not run into their neighbours.
 *
 * @internal
 */
export function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * (bold ? 0.66 : 0.6)
}

/**
 * Shortens text, with `…`, to fit an estimated width (see {@link textWidth}); text that fits is
 * returned as it is.
 *
 * @internal
 */
export function fitText(text: string, size: number, width: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text
  return shorten(text, Math.max(2, Math.floor(width / (size * (bold ? 0.66 : 0.6)))))
}

/**
 * Splits text at spaces into lines that fit an estimated width; a word longer than the width
 * is a line of its own, shortened to fit.
 *
 * @internal
 */
export function wrapText(text: string, size: number, width: number, bold = false): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (line !== '' && textWidth(candidate, size, bold) > width) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line !== '') lines.push(line)
  return lines.map((l) => fitText(l, size, width, bold))
}
