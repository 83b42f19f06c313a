/**
 * First position in an ascending array whose value is `>= value` (`array.length` if none).
 *
 * @internal
 * @param array - ascending integers
 * @param value - the bound
 * @returns the position
 */
export function lowerBound(array: ArrayLike<number>, value: number): number {
  let lo = 0
  let hi = array.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (array[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
