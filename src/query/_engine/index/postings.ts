import type { Postings } from './dataset-index.js'

/**
 * Builds CSR postings in two passes (count, then fill) so no per-key arrays are ever allocated.
 * `each` must emit the same keys for an item on both passes; items are visited in ascending
 * order, so every key's list comes out ascending, and repeated (key, item) pairs merge their bits.
 *
 * @internal
 * @param keyCount - number of keys
 * @param itemCount - number of items
 * @param each - calls `emit(key, bits)` for every key item `i` belongs to
 * @returns the postings
 */
export function buildPostings(keyCount: number, itemCount: number, each: (item: number, emit: (key: number, bits: number) => void) => void): Postings {
  const offsets = new Uint32Array(keyCount + 1)
  const last = new Int32Array(keyCount).fill(-1)
  let current = 0
  const count = (key: number): void => {
    if (last[key] === current) return
    last[key] = current
    offsets[key + 1]! += 1
  }
  for (current = 0; current < itemCount; current++) each(current, count)
  for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!
  const records = new Uint32Array(offsets[keyCount]!)
  const bits = new Uint8Array(offsets[keyCount]!)
  const fill = offsets.slice(0, keyCount)
  last.fill(-1)
  const put = (key: number, b: number): void => {
    if (last[key] === current) {
      bits[fill[key]! - 1]! |= b
      return
    }
    last[key] = current
    const at = fill[key]!++
    records[at] = current
    bits[at] = b
  }
  for (current = 0; current < itemCount; current++) each(current, put)
  return { offsets, records, bits }
}
