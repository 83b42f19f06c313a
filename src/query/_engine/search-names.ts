import { foldForSearch } from '../fold-for-search.js'
import type { NameIndex } from './index/dataset-index.js'

/**
 * Searches folded names: each record ranks by its best name (exact 0, prefix 1, substring 2);
 * results by rank, then id.
 *
 * @internal
 * @param names - the folded name index
 * @param records - the records the index points into
 * @param text - the search text
 * @returns matching records, ranked
 */
export function searchNames<T extends { readonly id: string }>(names: NameIndex, records: readonly T[], text: string): T[] {
  const query = foldForSearch(text)
  if (query === '') return []
  const best = new Map<number, number>()
  for (let n = 0; n < names.names.length; n++) {
    const name = names.names[n]!
    const at = name.indexOf(query)
    if (at === -1) continue
    const rank = at > 0 ? 2 : name.length === query.length ? 0 : 1
    const owner = names.owners[n]!
    const seen = best.get(owner)
    if (seen === undefined || rank < seen) best.set(owner, rank)
  }
  return [...best]
    .sort(([a, ra], [b, rb]) => ra - rb || (records[a]!.id < records[b]!.id ? -1 : 1))
    .map(([i]) => records[i]!)
}
