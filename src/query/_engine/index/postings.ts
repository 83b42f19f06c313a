import type { Postings } from './dataset-index.js'

/**
 * Builds CSR postings: `each` is called once per item, in ascending order, and its (key, bits)
 * pairs are kept in flat typed arrays, then counted and placed (a counting sort), so ids are
 * resolved once and no per-key arrays are ever allocated. Every key's list comes out ascending,
 * and repeated (key, item) pairs merge their bits.
 *
 * @internal
 * @param keyCount - number of keys
 * @param itemCount - number of items
 * @param each - calls `emit(key, bits)` for every key item `i` belongs to
 * @returns the postings
 */
export function buildPostings(keyCount: number, itemCount: number, each: (item: number, emit: (key: number, bits: number) => void) => void): Postings {
  let keys = new Int32Array(Math.max(16, itemCount))
  let items = new Uint32Array(keys.length)
  let pairBits = new Uint16Array(keys.length)
  let pairs = 0
  let current = 0
  const emit = (key: number, b: number): void => {
    if (pairs === keys.length) {
      const grow = <A extends Int32Array | Uint32Array | Uint16Array>(from: A, to: A): A => (to.set(from), to)
      keys = grow(keys, new Int32Array(pairs * 2))
      items = grow(items, new Uint32Array(pairs * 2))
      pairBits = grow(pairBits, new Uint16Array(pairs * 2))
    }
    keys[pairs] = key
    items[pairs] = current
    pairBits[pairs] = b
    pairs++
  }
  for (current = 0; current < itemCount; current++) each(current, emit)
  const offsets = new Uint32Array(keyCount + 1)
  const last = new Int32Array(keyCount).fill(-1)
  for (let p = 0; p < pairs; p++) {
    const key = keys[p]!
    if (last[key] === items[p]) continue
    last[key] = items[p]!
    offsets[key + 1]! += 1
  }
  for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!
  const records = new Uint32Array(offsets[keyCount]!)
  const bits = new Uint16Array(offsets[keyCount]!)
  const fill = offsets.slice(0, keyCount)
  last.fill(-1)
  for (let p = 0; p < pairs; p++) {
    const key = keys[p]!
    if (last[key] === items[p]) {
      bits[fill[key]! - 1]! |= pairBits[p]!
      continue
    }
    last[key] = items[p]!
    const at = fill[key]!++
    records[at] = items[p]!
    bits[at] = pairBits[p]!
  }
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
