import type { Alias, LocalizedText } from '../../../schemas/localized-text.js'
import { foldForSearch } from '../../fold-for-search.js'
import type { NameIndex } from './dataset-index.js'

/**
 * Folds every name and alias of actors or locations once, for search.
 *
 * @internal
 * @param records - actors or locations
 * @returns folded names with the record index owning each
 */
export function buildNameIndex(records: readonly { readonly name: LocalizedText; readonly aliases: readonly Alias[] }[]): NameIndex {
  const names: string[] = []
  const owners: number[] = []
  records.forEach((record, i) => {
    const seen = new Set<string>()
    for (const text of [record.name.en, record.name.ar, ...record.aliases.map((a) => a.text)]) {
      if (text === undefined) continue
      const folded = foldForSearch(text)
      if (folded === '' || seen.has(folded)) continue
      seen.add(folded)
      names.push(folded)
      owners.push(i)
    }
  })
  return { names, owners: Uint32Array.from(owners) }
}
