// Realistic app code, type-checked against the packed tarball under node16 CJS, node16 ESM and
// bundler resolution (test/package/package.test.ts copies it into each scratch consumer). It
// must compile under `strict` without casts or `!`: ids read from the shipped records go
// straight into the lookups, timeline entries narrow on `kind`, user data keeps plain strings.
import * as everything from 'syria-counter-isis'
import { actors, dataset, operations, quotes, type ActorId as DataActorId } from 'syria-counter-isis/data'
import {
  buildTimeline,
  createDataset,
  filterOperations,
  getActor,
  getLocation,
  getOperation,
  getQuote,
  getSource,
  operationsOf,
  type ActorId,
  type LocationId,
  type OperationId,
  type QuoteId,
  type SourceId,
  type TimelineEntry,
} from 'syria-counter-isis/query'
import { formatIssue, safeParseOperation, type Operation } from 'syria-counter-isis/schemas'

export const lines: string[] = []

// Iterate the shipped records and look up what they refer to.
for (const actor of actors) {
  lines.push(getActor(actor.id)?.name.en ?? '?')
  for (const a of actor.affiliations) lines.push(getActor(a.actor)?.name.en ?? '?')
}
for (const op of operations) {
  lines.push(`${getOperation(op.id)?.title.en} at ${getLocation(op.location)?.name.en}`)
  if (op.launchedFrom !== undefined) lines.push(getLocation(op.launchedFrom)?.name.en ?? '?')
  for (const p of op.participants) lines.push(getActor(p.actor)?.kind ?? '?')
  for (const e of op.evidence) {
    const source = getSource(e.source)
    lines.push(source === undefined ? '?' : source.kind === 'reference' ? source.title : (source.title?.en ?? '?'))
  }
  // A relation names another operation or, since 0.2.0, a quote (the announcement it coincided with).
  for (const r of op.relations) {
    if (r.operation !== undefined) lines.push(getOperation(r.operation)?.id ?? '?')
    else if (r.quote !== undefined) lines.push(getQuote(r.quote)?.id ?? '?')
  }
  for (const o of op.outcomes) for (const a of o.actors) lines.push(getActor(a)?.id ?? '?')
}
for (const q of quotes) {
  lines.push(getQuote(q.id)?.text.en ?? '?', getActor(q.speaker)?.name.en ?? '?')
  for (const id of q.about.operations) lines.push(getOperation(id)?.date ?? '?')
}
for (const op of filterOperations({ actors: ['global-coalition'], role: 'lead' })) lines.push(getLocation(op.location)?.kind ?? '?')
for (const op of operationsOf('tom-barrack')) lines.push(op.id)
// Sources are a union discriminated by `kind`: only full texts and reports have a publisher.
for (const source of dataset.sources) if (source.kind !== 'reference') lines.push(getActor(source.publisher)?.name.en ?? '?')

// Timeline entries are a union discriminated by `kind`, each carrying its record.
function describeEntry(entry: TimelineEntry): string {
  switch (entry.kind) {
    case 'operation':
      return `${entry.record.title.en} (${entry.record.location})`
    case 'quote':
      return `${entry.record.speaker}: ${entry.record.text.en}`
    default: {
      const never: never = entry
      return never
    }
  }
}
for (const group of buildTimeline({ groupBy: 'month' })) {
  for (const entry of group.entries) {
    lines.push(describeEntry(entry))
    if (entry.kind === 'operation') lines.push(getLocation(entry.record.location)?.name.en ?? '?')
    else lines.push(getActor(entry.record.speaker)?.name.en ?? '?')
  }
}

// The id types come from every entry that takes ids, and are the same types.
const fromData: DataActorId = 'tom-barrack'
const fromQuery: ActorId = fromData
const fromRoot: everything.ActorId = fromQuery
const ids: [LocationId, OperationId, QuoteId, SourceId] = ['al-dumayr', '2025-08-atmeh-airborne-landing', 'tom-barrack-syria-back-on-our-side', 'alaraby-2025-10-24']
lines.push(fromRoot, ...ids)
// @ts-expect-error a misspelt shipped id does not compile
getActor('tom-barack')

// A user-submitted record: validated, its errors shown; its ids stay plain strings.
const submitted: unknown = JSON.parse('{"id":"Not A Slug","location":"somewhere"}')
const checked = safeParseOperation(submitted)
if (checked.success) {
  const mine: Operation = checked.data
  const where: string = mine.location
  // @ts-expect-error a user record's location is a plain string, not a shipped LocationId
  const shippedWhere: LocationId = mine.location
  lines.push(where, shippedWhere)
} else {
  for (const issue of checked.error.issues) lines.push(formatIssue(issue))
}

// A dataset the user loads: plain-string ids, looked up with the dataset passed.
const userDataset = createDataset(everything.dataset)
const userIds: string[] = userDataset.dataset.operations.map((op) => op.location)
for (const id of userIds) lines.push(getLocation(id, userDataset)?.id ?? '?')
