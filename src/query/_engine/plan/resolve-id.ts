import type { DatasetIndex } from '../index/dataset-index.js'

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
