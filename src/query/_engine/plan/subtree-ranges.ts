import type { DatasetIndex } from '../index/dataset-index.js'
import { resolveId } from '../resolve-ids.js'

/**
 * The subtrees of the given locations as merged, ascending `[tin, tout)` ranges. Unknown ids
 * are dropped; nested locations collapse into their ancestor's range.
 *
 * @internal
 * @param index - the dataset's indexes
 * @param ids - location ids (retired ids are followed)
 * @returns flat `[start0, end0, start1, end1, ...]`
 */
export function subtreeRanges(index: DatasetIndex, ids: readonly string[]): number[] {
  const ranges: [number, number][] = []
  for (const id of ids) {
    const l = index.locationById.get(resolveId(index, id))
    if (l !== undefined) ranges.push([index.locationTin[l]!, index.locationTout[l]!])
  }
  ranges.sort((a, b) => a[0] - b[0])
  const flat: number[] = []
  for (const [s, e] of ranges) {
    const last = flat.length - 1
    if (last > 0 && s <= flat[last]!) flat[last] = Math.max(flat[last]!, e)
    else flat.push(s, e)
  }
  return flat
}

/**
 * Whether a value falls in one of the flat `[start, end)` ranges.
 *
 * @internal
 * @param ranges - flat ascending ranges, as `subtreeRanges` returns
 * @param value - the value
 * @returns true when inside a range
 */
export function inSubtreeRanges(ranges: readonly number[], value: number): boolean {
  for (let r = 0; r < ranges.length; r += 2) if (value >= ranges[r]! && value < ranges[r + 1]!) return true
  return false
}
