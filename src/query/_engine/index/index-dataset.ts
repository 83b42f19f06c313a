import type { Dataset } from '../../../schemas/dataset.js'
import { buildDateIndex } from './date-index.js'
import { buildLocationTree } from './location-tree.js'
import { buildNameIndex } from './name-index.js'
import { buildPostings } from './postings.js'
import { CERTAINTIES, OPERATION_TYPES, OUTCOME_BIT, ROLES } from './bit-layout.js'
import { rankById } from './rank-by-id.js'
import { sealIndex, type DatasetIndex } from './dataset-index.js'
import type { IndexedDataset } from '../../types.js'
import { FATAL_OUTCOME_KINDS } from '../../../schemas/vocabulary-values.js'

const FATAL: ReadonlySet<string> = new Set(FATAL_OUTCOME_KINDS)

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

const ROLE_BIT = new Map(ROLES.map((role, i) => [role as string, 1 << i]))
const TYPE_BIT = new Map(OPERATION_TYPES.map((type, i) => [type as string, 1 << i]))
const CERTAINTY_CODE = new Map(CERTAINTIES.map((c, i) => [c as string, i]))

/**
 * Builds the indexes of a dataset that is already valid (the shipped data, or the output of
 * `parseDataset`) without validating it again, so it never loads Zod. Ids that do not resolve
 * are skipped, never guessed.
 *
 * @internal
 * @param dataset - a validated dataset; it is not modified
 * @returns the dataset with its indexes
 * @throws RangeError naming the value when a record date is not valid EDTF
 */
export function indexDataset(dataset: Dataset): IndexedDataset {
  const { actors, locations, operations, quotes, sources } = dataset
  const actorById = idMap(actors)
  const locationById = idMap(locations)
  const operationById = idMap(operations)

  const parentOf = new Int32Array(locations.length)
  locations.forEach((l, i) => (parentOf[i] = l.parent ? (locationById.get(l.parent.location) ?? -1) : -1))
  const tree = buildLocationTree(parentOf)

  const operationLocation = new Uint32Array(operations.length)
  const operationTypes = new Uint16Array(operations.length)
  const operationCertainty = new Uint8Array(operations.length)
  const operationKilled = new Float64Array(operations.length)
  const operationDetained = new Float64Array(operations.length)
  // Counting sort by the tin of the operation's location: subtree queries become slices.
  const perTin = new Uint32Array(locations.length + 1)
  operations.forEach((op, i) => {
    const loc = locationById.get(op.location) ?? 0
    operationLocation[i] = loc
    perTin[tree.tin[loc]! + 1]! += 1
    let types = 0
    for (const t of op.types) types |= TYPE_BIT.get(t) ?? 0
    operationTypes[i] = types
    operationCertainty[i] = CERTAINTY_CODE.get(op.certainty) ?? 0
    let killed = 0
    let detained = 0
    for (const o of op.outcomes) {
      const min = o.count?.min ?? 0
      if (FATAL.has(o.kind)) killed += min
      else if (o.kind === 'detained') detained += min
    }
    operationKilled[i] = killed
    operationDetained[i] = detained
  })
  for (let t = 0; t < locations.length; t++) perTin[t + 1]! += perTin[t]!
  const operationsByTin = new Uint32Array(operations.length)
  const operationsByTinKey = new Int32Array(operations.length)
  for (let i = 0; i < operations.length; i++) {
    const t = tree.tin[operationLocation[i]!]!
    const at = perTin[t]!++
    operationsByTin[at] = i
    operationsByTinKey[at] = t
  }

  const actorOperations = buildPostings(actors.length, operations.length, (i, emit) => {
    const op = operations[i]!
    for (const p of op.participants) {
      const a = actorById.get(p.actor)
      if (a !== undefined) emit(a, ROLE_BIT.get(p.role) ?? 0)
    }
    for (const o of op.outcomes) {
      for (const id of o.actors) {
        const a = actorById.get(id)
        if (a !== undefined) emit(a, OUTCOME_BIT)
      }
    }
  })
  const incomingRelations = buildPostings(operations.length, operations.length, (i, emit) => {
    for (const r of operations[i]!.relations) {
      const target = operationById.get(r.operation)
      if (target !== undefined) emit(target, 0)
    }
  })
  const speakerQuotes = buildPostings(actors.length, quotes.length, (i, emit) => {
    const a = actorById.get(quotes[i]!.speaker)
    if (a !== undefined) emit(a, 0)
  })
  const aboutActorQuotes = buildPostings(actors.length, quotes.length, (i, emit) => {
    for (const id of quotes[i]!.about.actors) {
      const a = actorById.get(id)
      if (a !== undefined) emit(a, 0)
    }
  })
  const aboutOperationQuotes = buildPostings(operations.length, quotes.length, (i, emit) => {
    for (const id of quotes[i]!.about.operations) {
      const o = operationById.get(id)
      if (o !== undefined) emit(o, 0)
    }
  })
  const aboutLocationQuotes = buildPostings(locations.length, quotes.length, (i, emit) => {
    for (const id of quotes[i]!.about.locations) {
      const l = locationById.get(id)
      if (l !== undefined) emit(l, 0)
    }
  })

  const index: DatasetIndex = {
    redirects: finalRedirects(dataset.redirects),
    sourceById: idMap(sources),
    actorById,
    locationById,
    operationById,
    quoteById: idMap(quotes),
    locationParent: tree.parent,
    aboutLocationQuotes,
    locationTin: tree.tin,
    locationTout: tree.tout,
    locationsByTin: tree.byTin,
    operationDates: buildDateIndex(operations.length, (i) => operations[i]!.date, rankById(operations)),
    operationLocation,
    operationsByTin,
    operationsByTinKey,
    actorOperations,
    operationTypes,
    operationCertainty,
    operationKilled,
    operationDetained,
    incomingRelations,
    quoteDates: buildDateIndex(quotes.length, (i) => quotes[i]!.date, rankById(quotes)),
    speakerQuotes,
    aboutActorQuotes,
    aboutOperationQuotes,
    actorNames: buildNameIndex(actors),
    locationNames: buildNameIndex(locations),
  }
  return sealIndex(dataset, index)
}
