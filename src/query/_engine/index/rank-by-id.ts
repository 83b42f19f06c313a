/**
 * The position of each record in id order (code-unit order), used to break ties
 * deterministically. Linear when the records are already sorted by id, as the shipped ones are.
 *
 * @internal
 * @param records - records with ids
 * @returns `rank[i]`: how many records have a smaller id than record `i`
 */
export function rankById(records: readonly { readonly id: string }[]): Uint32Array {
  const n = records.length
  const rank = new Uint32Array(n)
  let sorted = true
  for (let i = 1; i < n && sorted; i++) sorted = records[i - 1]!.id < records[i]!.id
  if (sorted) {
    for (let i = 0; i < n; i++) rank[i] = i
    return rank
  }
  const order = Array.from({ length: n }, (_, i) => i)
  order.sort((a, b) => (records[a]!.id < records[b]!.id ? -1 : records[a]!.id > records[b]!.id ? 1 : 0))
  order.forEach((i, r) => (rank[i] = r))
  return rank
}
