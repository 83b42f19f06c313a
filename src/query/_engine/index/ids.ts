import type { Dataset } from '../../../schemas/dataset.js'

/** @internal Stage 1 of `indexDataset`: id lookups and final redirects. */
export interface IdIndex {
  /** Retired id to the live id it finally redirects to. */
  readonly redirects: ReadonlyMap<string, string>
  readonly sourceById: ReadonlyMap<string, number>
  readonly actorById: ReadonlyMap<string, number>
  readonly locationById: ReadonlyMap<string, number>
  readonly operationById: ReadonlyMap<string, number>
  readonly quoteById: ReadonlyMap<string, number>
}

function idMap(records: readonly { readonly id: string }[]): Map<string, number> {
  const map = new Map<string, number>()
  records.forEach((r, i) => map.set(r.id, i))
  return map
}

function finalRedirects(redirects: Dataset['redirects']): Map<string, string> {
  const next = new Map(redirects.map((r) => [r.id, r.to] as const))
  const out = new Map<string, string>()
  for (const { id } of redirects) {
    let at = id
    const seen = new Set<string>()
    // A loop only exists in an unvalidated dataset; stop rather than spin.
    while (next.has(at) && !seen.has(at)) {
      seen.add(at)
      at = next.get(at)!
    }
    out.set(id, at)
  }
  return out
}

/**
 * Stage 1: the record index of every id, per kind, and each retired id's final live id.
 *
 * @internal
 * @param dataset - a validated dataset
 * @returns the id lookups
 */
export function buildIds(dataset: Dataset): IdIndex {
  return {
    redirects: finalRedirects(dataset.redirects),
    sourceById: idMap(dataset.sources),
    actorById: idMap(dataset.actors),
    locationById: idMap(dataset.locations),
    operationById: idMap(dataset.operations),
    quoteById: idMap(dataset.quotes),
  }
}
