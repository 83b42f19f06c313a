import type { Postings } from './dataset-index.js'

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
