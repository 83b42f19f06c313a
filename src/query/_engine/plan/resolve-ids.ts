import type { DatasetIndex } from '../index/dataset-index.js'
import { resolveId } from './resolve-id.js'

/**
 * Indices of the records the ids name (after redirects), unknown ids dropped, repeats removed.
 *
 * @internal
 * @param index - the dataset's indexes
 * @param byId - the id map of the kind
 * @param ids - ids
 * @returns record indices
 */
export function knownIndices(index: DatasetIndex, byId: ReadonlyMap<string, number>, ids: readonly string[]): number[] {
  const out = new Set<number>()
  for (const id of ids) {
    const i = byId.get(resolveId(index, id))
    if (i !== undefined) out.add(i)
  }
  return [...out]
}
