/**
 * Whether a value falls in one of the flat `[start, end)` ranges.
 *
 * @internal
 * @param ranges - flat ascending ranges, as `tinRanges` returns
 * @param value - the value
 * @returns true when inside a range
 */
export function inRanges(ranges: readonly number[], value: number): boolean {
  for (let r = 0; r < ranges.length; r += 2) if (value >= ranges[r]! && value < ranges[r + 1]!) return true
  return false
}
