import type { Dataset } from '../../../schemas/dataset.js'
import { OUTCOME_BIT, ROLES } from './bit-layout.js'
import type { Postings } from './dataset-index.js'
import type { IdIndex } from './ids.js'
import { buildPostings } from './postings.js'

const ROLE_BIT = new Map(ROLES.map((role, i) => [role as string, 1 << i]))

/** @internal Stage 4 of `indexDataset`: every relation between records as postings. */
export interface RelationPostings {
  readonly actorOperations: Postings
  readonly incomingRelations: Postings
  readonly speakerQuotes: Postings
  readonly aboutActorQuotes: Postings
  readonly aboutOperationQuotes: Postings
  readonly aboutLocationQuotes: Postings
}

// Postings from a key kind to records, for the ids each record names (`idsOf` calls `name` with
// each, so no list is built per record); unknown ids are skipped.
function named(keyCount: number, byId: ReadonlyMap<string, number>, records: readonly unknown[], idsOf: (i: number, name: (id: string | undefined) => void) => void): Postings {
  let emitted: (key: number, bits: number) => void = () => {}
  const name = (id: string | undefined): void => {
    const key = id === undefined ? undefined : byId.get(id)
    if (key !== undefined) emitted(key, 0)
  }
  return buildPostings(keyCount, records.length, (i, emit) => {
    emitted = emit
    idsOf(i, name)
  })
}

const eachOf = (ids: readonly string[], name: (id: string) => void): void => {
  for (let k = 0; k < ids.length; k++) name(ids[k]!)
}

/**
 * Stage 4: actor to operations (bits: roles and outcomes), operation to the operations relating
 * to it, and actor, operation and location to the quotes by or about them.
 *
 * @internal
 * @param dataset - a validated dataset
 * @param ids - stage 1
 * @returns the postings
 */
export function buildRelationPostings({ actors, locations, operations, quotes }: Dataset, ids: IdIndex): RelationPostings {
  const actorOperations = buildPostings(actors.length, operations.length, (i, emit) => {
    const op = operations[i]!
    for (const p of op.participants) {
      const a = ids.actorById.get(p.actor)
      if (a !== undefined) emit(a, ROLE_BIT.get(p.role) ?? 0)
    }
    for (const o of op.outcomes) {
      for (const id of o.actors) {
        const a = ids.actorById.get(id)
        if (a !== undefined) emit(a, OUTCOME_BIT)
      }
    }
  })
  return {
    actorOperations,
    incomingRelations: named(operations.length, ids.operationById, operations, (i, name) => {
      for (const r of operations[i]!.relations) name(r.operation)
    }),
    speakerQuotes: named(actors.length, ids.actorById, quotes, (i, name) => name(quotes[i]!.speaker)),
    aboutActorQuotes: named(actors.length, ids.actorById, quotes, (i, name) => eachOf(quotes[i]!.about.actors, name)),
    aboutOperationQuotes: named(operations.length, ids.operationById, quotes, (i, name) => eachOf(quotes[i]!.about.operations, name)),
    aboutLocationQuotes: named(locations.length, ids.locationById, quotes, (i, name) => eachOf(quotes[i]!.about.locations, name)),
  }
}
