/**
 * A stated count as people read it: `3` exact, `2+` open-ended, `1-3` a range.
 *
 * @internal
 * @param min - the smallest number the source allows
 * @param max - the largest, or `null` when it sets no upper bound
 * @returns the count as text
 */
export function formatCount(min: number, max: number | null): string {
  if (max === null) return `${min}+`
  return min === max ? String(min) : `${min}-${max}`
}
