/**
 * First position in `[lo, hi)` of an ascending array whose value is `>= value` (`hi` if none).
 *
 * @internal
 * @param array - ascending integers
 * @param value - the bound
 * @param lo - first position searched (default 0)
 * @param hi - end of the search (default `array.length`)
 * @returns the position
 */
export function lowerBound(array: ArrayLike<number>, value: number, lo = 0, hi = array.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (array[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
