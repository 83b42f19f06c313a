/**
 * A strict little XML parser for the SVG renderers' tests: it rejects anything that is not
 * well-formed XML 1.0 (unbalanced or mismatched tags, duplicate or unquoted attributes, a raw
 * `<` or a bare `&` in text or attributes, unknown entities, more than one root, text outside
 * the root) and returns the element tree, so the tests read the picture as data rather than
 * with regular expressions over the text.
 */

/** An element of the parsed document. */
export interface XmlElement {
  readonly name: string
  readonly attributes: Readonly<Record<string, string>>
  readonly children: readonly XmlElement[]
  /** The element's own text (not its descendants'), entities decoded. */
  readonly text: string
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`raw "<" at ${where}`)
  return raw.replace(/&([^;]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new Error(`bare "&" at ${where}`)
    if (body in ENTITIES) return ENTITIES[body]!
    const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body)
    if (numeric) return String.fromCodePoint(numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]))
    throw new Error(`unknown entity "&${body};" at ${where}`)
  })
}

/**
 * Parses an XML document and returns its root element; throws, naming the offset, on the first
 * well-formedness error.
 */
export function parseXml(xml: string): XmlElement {
  type Open = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string }
  const stack: Open[] = []
  let root: XmlElement | undefined
  let at = 0
  const finish = (element: Open): void => {
    const done: XmlElement = element
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(done)
    else if (root) throw new Error(`a second root element <${element.name}> at ${at}`)
    else root = done
  }
  while (at < xml.length) {
    const lt = xml.indexOf('<', at)
    const text = xml.slice(at, lt === -1 ? xml.length : lt)
    if (text !== '') {
      const decoded = decode(text, at)
      const parent = stack[stack.length - 1]
      if (parent) parent.text += decoded
      else if (decoded.trim() !== '') throw new Error(`text outside the root element at ${at}`)
    }
    if (lt === -1) break
    at = lt
    if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at + 4)
      if (end === -1) throw new Error(`unclosed comment at ${at}`)
      at = end + 3
    } else if (xml.startsWith('<?', at)) {
      const end = xml.indexOf('?>', at + 2)
      if (end === -1 || root || stack.length > 0) throw new Error(`misplaced processing instruction at ${at}`)
      at = end + 2
    } else if (xml.startsWith('</', at)) {
      const name = NAME.exec(xml.slice(at + 2))?.[0]
      const end = xml.indexOf('>', at)
      const open = stack.pop()
      if (!name || end === -1 || xml.slice(at + 2 + name.length, end).trim() !== '') throw new Error(`malformed end tag at ${at}`)
      if (!open || open.name !== name) throw new Error(`</${name}> at ${at} closes <${open?.name ?? 'nothing'}>`)
      finish(open)
      at = end + 1
    } else {
      const name = NAME.exec(xml.slice(at + 1))?.[0]
      if (!name) throw new Error(`malformed tag at ${at}`)
      if (root && stack.length === 0) throw new Error(`a second root element <${name}> at ${at}`)
      let i = at + 1 + name.length
      const attributes: Record<string, string> = {}
      for (;;) {
        const space = /^\s*/.exec(xml.slice(i))![0].length
        i += space
        if (xml.startsWith('/>', i) || xml[i] === '>') break
        if (space === 0) throw new Error(`missing space before an attribute at ${i}`)
        const attribute = NAME.exec(xml.slice(i))?.[0]
        if (!attribute) throw new Error(`malformed attribute at ${i}`)
        i += attribute.length
        const quote = /^\s*=\s*(["'])/.exec(xml.slice(i))
        if (!quote) throw new Error(`attribute ${attribute} without a quoted value at ${i}`)
        i += quote[0].length
        const close = xml.indexOf(quote[1]!, i)
        if (close === -1) throw new Error(`unterminated value of ${attribute} at ${i}`)
        if (attribute in attributes) throw new Error(`duplicate attribute ${attribute} at ${i}`)
        attributes[attribute] = decode(xml.slice(i, close), i)
        i = close + 1
      }
      const element: Open = { name, attributes, children: [], text: '' }
      if (xml.startsWith('/>', i)) {
        finish(element)
        at = i + 2
      } else {
        stack.push(element)
        at = i + 1
      }
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`)
  if (!root) throw new Error('no root element')
  return root
}

/** Every element of a tree, depth first, the root included. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)]
}

/** The text of an element and of all its descendants, in document order. */
export function allText(element: XmlElement): string {
  return element.text + element.children.map(allText).join('')
}
