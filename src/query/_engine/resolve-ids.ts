import type { DatasetIndex } from './index/dataset-index.js'

/**
 * Indices of the records the ids name (after redirects), unknown ids dropped, repeats removed.
 *
 * @internal
 * @param index - the dataset's indexes
 * @param byId - the id map of the kind
 * @param ids - ids
 * @returns record indices
 */
export function resolveIds(index: DatasetIndex, byId: ReadonlyMap<string, number>, ids: readonly string[]): number[] {
  const out = new Set<number>()
  for (const id of ids) {
    const i = byId.get(resolveId(index, id))
    if (i !== undefined) out.add(i)
  }
  return [...out]
}

/**
 * The live id a possibly retired id stands for (redirect chains already followed at index time).
 *
 * @internal
 * @param index - the dataset's indexes
 * @param id - any id
 * @returns the id it redirects to, or `id` itself
 */
export function resolveId(index: DatasetIndex, id: string): string {
  return index.redirects.get(id) ?? id
}
