import type { RecordKind } from './record-kinds.js'

/** A reference from one record to another, found at `path` inside the record. */
export interface RecordReference {
  /** Path of the referencing field inside the record. */
  readonly path: readonly PropertyKey[]
  /** The referenced id. */
  readonly target: string
  /** Kinds the target may be; `any` for corrections, which may name any record. */
  readonly kinds: readonly RecordKind[] | 'any'
}

type Json = unknown

const ACTOR: readonly RecordKind[] = ['actor']
const LOCATION: readonly RecordKind[] = ['location']
const OPERATION: readonly RecordKind[] = ['operation']
const SOURCE: readonly RecordKind[] = ['source']

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function push(out: RecordReference[], path: readonly PropertyKey[], target: Json, kinds: readonly RecordKind[] | 'any'): void {
  if (typeof target === 'string') out.push({ path, target, kinds })
}

function pushAll(out: RecordReference[], path: readonly PropertyKey[], targets: Json, kinds: readonly RecordKind[]): void {
  if (Array.isArray(targets)) targets.forEach((target, i) => push(out, [...path, i], target, kinds))
}

// Claims (`assertedBy`) and evidence (`source`) can sit at any depth, so they are found by
// walking the record; every other reference has a fixed place listed in FIXED below.
function walkClaims(value: Json, path: readonly PropertyKey[], out: RecordReference[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkClaims(item, [...path, i], out))
    return
  }
  if (!isObject(value)) return
  for (const [key, child] of Object.entries(value)) {
    if (key === 'assertedBy' && child !== 'reporter') push(out, [...path, key], child, ACTOR)
    else if (key === 'evidence' && Array.isArray(child)) {
      child.forEach((e, i) => {
        if (isObject(e)) push(out, [...path, key, i, 'source'], e.source, SOURCE)
      })
    } else walkClaims(child, [...path, key], out)
  }
}

const FIXED: Readonly<Record<RecordKind, (record: Record<string, Json>, out: RecordReference[]) => void>> = {
  source: (r, out) => push(out, ['publisher'], r.publisher, ACTOR),
  actor: (r, out) => {
    for (const field of ['affiliations', 'kinship'] as const) {
      const list = r[field]
      if (Array.isArray(list)) list.forEach((a, i) => isObject(a) && push(out, [field, i, 'actor'], a.actor, ACTOR))
    }
  },
  location: (r, out) => {
    if (isObject(r.parent)) push(out, ['parent', 'location'], r.parent.location, LOCATION)
    if (Array.isArray(r.relatedPlaces)) r.relatedPlaces.forEach((p, i) => isObject(p) && push(out, ['relatedPlaces', i, 'location'], p.location, LOCATION))
  },
  operation: (r, out) => {
    push(out, ['location'], r.location, LOCATION)
    push(out, ['launchedFrom'], r.launchedFrom, LOCATION)
    if (Array.isArray(r.participants)) r.participants.forEach((p, i) => isObject(p) && push(out, ['participants', i, 'actor'], p.actor, ACTOR))
    if (Array.isArray(r.outcomes)) {
      r.outcomes.forEach((o, i) => {
        if (!isObject(o)) return
        pushAll(out, ['outcomes', i, 'actors'], o.actors, ACTOR)
        push(out, ['outcomes', i, 'location'], o.location, LOCATION)
      })
    }
    if (Array.isArray(r.relations)) r.relations.forEach((rel, i) => isObject(rel) && push(out, ['relations', i, 'operation'], rel.operation, OPERATION))
  },
  quote: (r, out) => {
    push(out, ['speaker'], r.speaker, ACTOR)
    push(out, ['medium'], r.medium, ACTOR)
    if (isObject(r.about)) {
      pushAll(out, ['about', 'operations'], r.about.operations, OPERATION)
      pushAll(out, ['about', 'actors'], r.about.actors, ACTOR)
      pushAll(out, ['about', 'locations'], r.about.locations, LOCATION)
    }
  },
  correction: (r, out) => {
    if (Array.isArray(r.affects)) r.affects.forEach((id, i) => push(out, ['affects', i], id, 'any'))
  },
  redirect: (r, out) => push(out, ['to'], r.to, 'any'),
}

/**
 * Lists every id a record refers to, with the field it is in and the kinds it may name.
 * Validation uses it to find dangling ids; queries and tests use it to find orphans.
 *
 * @example
 * ```ts
 * import { referencesOf } from 'syria-counter-isis/schemas'
 * referencesOf('location', { id: 'atmeh', parent: { location: 'idlib', assertedBy: 'reporter' } })
 * //=> [{ path: ['parent', 'location'], target: 'idlib', kinds: ['location'] }]
 * ```
 */
export function referencesOf(kind: RecordKind, record: unknown): RecordReference[] {
  const out: RecordReference[] = []
  if (!isObject(record)) return out
  FIXED[kind](record, out)
  walkClaims(record, [], out)
  return out
}
