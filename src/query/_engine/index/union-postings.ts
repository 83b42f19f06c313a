import type { Postings } from './dataset-index.js'

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
  let size = 0
  for (const k of keys) size += postings.offsets[k + 1]! - postings.offsets[k]!
  const all = new Uint32Array(size)
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
