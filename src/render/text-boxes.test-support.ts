/**
 * The boxes the texts of a parsed SVG take, estimated the way the renderers estimate them (no
 * font metrics outside a browser; the docs' site test measures the real ones in Chromium), for
 * tests that no two labels overlap.
 */
import type { XmlElement } from './parse-svg.test-support.js'
import { allText } from './parse-svg.test-support.js'
import { textWidth } from './svg.js'

/** A text's box in SVG units, with the text and the classes of the groups it is in. */
export interface TextBox {
  readonly text: string
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
  /** Classes of the enclosing groups, outermost first. */
  readonly groups: readonly string[]
}

/** Every non-empty `<text>` of the tree, with its estimated box (inherited font size and weight). */
export function textBoxes(root: XmlElement): TextBox[] {
  const boxes: TextBox[] = []
  const walk = (element: XmlElement, size: number, bold: boolean, groups: readonly string[]): void => {
    const ownSize = element.attributes['font-size'] !== undefined ? Number(element.attributes['font-size']) : size
    const ownBold = element.attributes['font-weight'] !== undefined ? element.attributes['font-weight'] === 'bold' : bold
    if (element.name === 'text') {
      const text = allText(element)
      if (text.trim() === '') return
      const width = textWidth(text, ownSize, ownBold)
      const x = Number(element.attributes.x)
      const y = Number(element.attributes.y)
      // In right-to-left text, `start` is the right end.
      const rtl = element.attributes.direction === 'rtl'
      const anchor = element.attributes['text-anchor'] ?? 'start'
      const left = anchor === 'middle' ? x - width / 2 : (anchor === 'start') !== rtl ? x : x - width
      boxes.push({ text, left, right: left + width, top: y - ownSize * 0.8, bottom: y + ownSize * 0.22, groups })
      return
    }
    const klass = element.attributes.class
    for (const child of element.children) walk(child, ownSize, ownBold, klass === undefined ? groups : [...groups, klass])
  }
  walk(root, Number(root.attributes['font-size'] ?? 16), false, [])
  return boxes
}

/** The pairs of boxes that overlap by more than `tolerance` units each way. */
export function overlappingPairs(boxes: readonly TextBox[], tolerance = 0.5): [TextBox, TextBox][] {
  const pairs: [TextBox, TextBox][] = []
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
      if (w > tolerance && h > tolerance) pairs.push([a, b])
    }
  })
  return pairs
}
