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

/** The id lookups of the live kinds, which `createDataset`'s validation builds on its way and hands over. @internal */
export type RecordIdMaps = Pick<IdIndex, 'sourceById' | 'actorById' | 'locationById' | 'operationById' | 'quoteById'>

function idMap(records: readonly { readonly id: string }[]): Map<string, number> {
  const map = new Map<string, number>()
  for (let i = 0; i < records.length; i++) map.set(records[i]!.id, i)
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
 * @param known - the lookups validation already built for this dataset, if any
 * @returns the id lookups
 */
export function buildIds(dataset: Dataset, known?: RecordIdMaps): IdIndex {
  return {
    redirects: finalRedirects(dataset.redirects),
    sourceById: known?.sourceById ?? idMap(dataset.sources),
    actorById: known?.actorById ?? idMap(dataset.actors),
    locationById: known?.locationById ?? idMap(dataset.locations),
    operationById: known?.operationById ?? idMap(dataset.operations),
    quoteById: known?.quoteById ?? idMap(dataset.quotes),
  }
}
