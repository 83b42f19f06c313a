/**
 * Writes a value as the one-line JavaScript literal an example's `//=>` comment shows:
 * single-quoted strings, unquoted keys where JavaScript allows. Only plain data can be written;
 * anything else (a Map, a class instance, a function) throws, naming what it met.
 */
export function toJsLiteral(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (value === null) return 'null'
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value)
  if (typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `[${value.map(toJsLiteral).join(', ')}]`
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown
    if (proto !== Object.prototype && proto !== null) throw new Error(`cannot write a ${(value as object).constructor?.name ?? 'non-plain object'} as a literal`)
    const entries = Object.entries(value).map(([key, v]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key)}: ${toJsLiteral(v)}`)
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`
  }
  throw new Error(`cannot write a ${typeof value} as a literal`)
}

function quote(text: string): string {
  const escaped = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")
  return `'${escaped}'`
}
