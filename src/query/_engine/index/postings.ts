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

/**
 * Total length of the postings of several keys (an upper bound of their union).
 *
 * @internal
 * @param postings - the postings
 * @param keys - key indices
 * @returns the sum of their lengths
 */
export function postingsSize(postings: Postings, keys: readonly number[]): number {
  let size = 0
  for (const k of keys) size += postings.offsets[k + 1]! - postings.offsets[k]!
  return size
}

/**
 * The union of the postings of several keys, ascending and without repeats.
 *
 * @internal
 * @param postings - the postings
 * @param keys - key indices
 * @returns record indices, ascending
 */
export function unionPostings(postings: Postings, keys: readonly number[]): Uint32Array {
  if (keys.length === 1) return postings.records.subarray(postings.offsets[keys[0]!]!, postings.offsets[keys[0]! + 1]!)
  const all = new Uint32Array(postingsSize(postings, keys))
  let at = 0
  for (const k of keys) {
    const part = postings.records.subarray(postings.offsets[k]!, postings.offsets[k + 1]!)
    all.set(part, at)
    at += part.length
  }
  all.sort()
  let k = 0
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[k++] = all[i]!
  return all.subarray(0, k)
}

/**
 * The records listed under one key of a postings index, in dataset order.
 *
 * @internal
 * @param postings - the postings
 * @param key - the key index, or undefined for an unknown id
 * @param records - the records the postings point into
 * @returns the records (empty for an unknown key)
 */
export function postingsRecords<T>(postings: Postings, key: number | undefined, records: readonly T[]): T[] {
  if (key === undefined) return []
  const out: T[] = []
  for (let p = postings.offsets[key]!; p < postings.offsets[key + 1]!; p++) out.push(records[postings.records[p]!]!)
  return out
}
