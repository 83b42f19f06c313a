import type { Postings } from './dataset-index.js'

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
