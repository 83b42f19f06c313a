/**
 * The compatibility test's check of a `//=>` result written for an earlier release: the value
 * may differ (a release corrects data), its shape may not. Same type; arrays stay arrays (items
 * checked position by position, extra items like the first); every key written is still there.
 */
export function sameShape(actual: unknown, written: unknown, label: string, path = ''): void {
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)
  // A value written as missing (undefined, null) may be filled in by a correction.
  if (written === undefined || written === null) return
  if (kind(actual) !== kind(written)) throw new Error(`${label}: ${path || 'the result'} was ${kind(written)} in the earlier release, now ${kind(actual)}`)
  if (Array.isArray(written) && Array.isArray(actual)) {
    // Position by position (tuples), and items past the written ones like the first (lists).
    if (written.length > 0) actual.forEach((item, i) => sameShape(item, i < written.length ? written[i] : written[0], label, `${path}[${i}]`))
    return
  }
  if (typeof written === 'object' && written !== null) {
    for (const [key, value] of Object.entries(written)) {
      if (!(key in (actual as object))) throw new Error(`${label}: ${path}.${key} is gone`)
      sameShape((actual as Record<string, unknown>)[key], value, label, `${path}.${key}`)
    }
  }
}
