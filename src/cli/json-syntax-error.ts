/** Where and why a text is not JSON: 1-based line and column (in code points) and a short reason. */
export interface JsonSyntaxError {
  readonly line: number
  readonly column: number
  readonly reason: string
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index)
  const lines = before.split(/\r\n|\r|\n/)
  return { line: lines.length, column: [...(lines.at(-1) ?? '')].length + 1 }
}

// The end of the string that starts at `at` (just past its closing quote), or where it breaks.
function scanString(text: string, at: number): { end: number } | { index: number; reason: string } {
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) return { end: i + 1 }
    if (c < 0x20) return { index: i, reason: 'control character inside a string (escape it, e.g. \\n)' }
    if (c === 0x5c) {
      const next = text[i + 1]
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5
      else if (next !== undefined && ESCAPES.has(next)) i += 1
      else return { index: i, reason: 'invalid escape sequence in a string' }
    }
  }
  return { index: text.length, reason: 'unterminated string' }
}

/**
 * Finds the first JSON syntax error of a text that `JSON.parse` refused, so the message can say
 * line and column without quoting the text (V8's messages quote it, and differ between Node
 * versions). Iterative, so deep nesting cannot overflow the stack. `undefined` if the text is JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: ('{' | '[')[] = []
  type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end'
  let expect: Expect = 'value'
  let i = 0
  const fail = (index: number, reason: string): JsonSyntaxError => ({ ...lineAndColumn(text, index), reason })
  const afterValue = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end')
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++
    const c = text[i]
    if (c === undefined) return expect === 'end' ? undefined : fail(i, 'unexpected end of the file')
    const top = stack.at(-1)
    if (expect === 'end') return fail(i, 'unexpected text after the JSON value')
    if (expect === 'colon') {
      if (c !== ':') return fail(i, "expected ':' after a property name")
      i++
      expect = 'value'
    } else if (expect === 'comma-or-close') {
      if (c === ',') {
        i++
        expect = top === '{' ? 'key' : 'value'
      } else if (c === (top === '{' ? '}' : ']')) {
        i++
        stack.pop()
        expect = afterValue()
      } else return fail(i, top === '{' ? "expected ',' or '}'" : "expected ',' or ']'")
    } else if ((expect === 'key-or-close' && c === '}') || (expect === 'value-or-close' && c === ']')) {
      i++
      stack.pop()
      expect = afterValue()
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (c !== '"') return fail(i, 'expected a property name in double quotes')
      const string = scanString(text, i)
      if (!('end' in string)) return fail(string.index, string.reason)
      i = string.end
      expect = 'colon'
    } else if (c === '{' || c === '[') {
      stack.push(c)
      i++
      expect = c === '{' ? 'key-or-close' : 'value-or-close'
    } else if (c === '"') {
      const string = scanString(text, i)
      if (!('end' in string)) return fail(string.index, string.reason)
      i = string.end
      expect = afterValue()
    } else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i))
      NUMBER.lastIndex = i
      const number = literal === undefined && /[-0-9]/.test(c) ? NUMBER.exec(text) : null
      if (literal === undefined && number === null) return fail(i, 'expected a value (object, array, string, number, true, false or null)')
      i += literal?.length ?? number?.[0].length ?? 0
      expect = afterValue()
    }
  }
}
