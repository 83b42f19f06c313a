import type { Dataset } from '../../../schemas/dataset.js'
import { followChains } from '../../../schemas/follow-chains.js'

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
  const chains = followChains(next.keys(), (id) => next.get(id))
  const out = new Map<string, string>()
  // A loop only exists in an unvalidated dataset: its ids then resolve to nothing live.
  for (const { id } of redirects) {
    const chain = chains.get(id)!
    out.set(id, 'end' in chain ? chain.end : id)
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
