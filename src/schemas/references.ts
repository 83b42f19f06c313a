import type { RecordKind } from './record-kinds.js'
import { EDITORS, REPORTER } from './slug.js'

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
const QUOTE: readonly RecordKind[] = ['quote']

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function push(out: RecordReference[], path: readonly PropertyKey[], target: Json, kinds: readonly RecordKind[] | 'any'): void {
  if (typeof target === 'string') out.push({ path, target, kinds })
}

function pushAll(out: RecordReference[], path: readonly PropertyKey[], targets: Json, kinds: readonly RecordKind[]): void {
  if (Array.isArray(targets)) targets.forEach((target, i) => push(out, [...path, i], target, kinds))
}

/** One step of a path, linked to the step before it, so deep walks do not copy paths. */
interface PathLink {
  readonly key: PropertyKey
  readonly parent: PathLink | undefined
}

function spell(at: PathLink | undefined, ...tail: PropertyKey[]): PropertyKey[] {
  const path: PropertyKey[] = []
  for (let link = at; link !== undefined; link = link.parent) path.push(link.key)
  return [...path.reverse(), ...tail]
}

type Step = { readonly walk: Json; readonly at: PathLink | undefined } | { readonly leave: object } | { readonly emit: () => void }

// Claims (`assertedBy`) and evidence (`source`) can sit at any depth, so they are found by
// walking the record; every other reference has a fixed place listed in FIXED below. The walk
// keeps an explicit stack, so a value nested deeper than the call stack cannot crash it (a
// parsed record is shallow, but `referencesOf` takes any value); steps are pushed in reverse
// so references come out in document order, and an object inside itself is not walked again.
function walkClaims(record: Json, out: RecordReference[]): void {
  const stack: Step[] = [{ walk: record, at: undefined }]
  const inside = new Set<object>()
  while (stack.length > 0) {
    const step = stack.pop()!
    if ('emit' in step) {
      step.emit()
      continue
    }
    if ('leave' in step) {
      inside.delete(step.leave)
      continue
    }
    const { walk: value, at } = step
    if (typeof value !== 'object' || value === null || inside.has(value)) continue
    inside.add(value)
    stack.push({ leave: value })
    const entries: [PropertyKey, Json][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value)
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!
      if (!Array.isArray(value) && key === 'assertedBy') {
        if (child !== REPORTER && child !== EDITORS) stack.push({ emit: () => push(out, spell(at, key), child, ACTOR) })
      } else if (!Array.isArray(value) && key === 'evidence' && Array.isArray(child)) {
        stack.push({ emit: () => child.forEach((e, j) => isObject(e) && push(out, spell(at, key, j, 'source'), e.source, SOURCE)) })
      } else stack.push({ walk: child, at: { key, parent: at } })
    }
  }
}

const FIXED: Readonly<Record<RecordKind, (record: Record<string, Json>, out: RecordReference[]) => void>> = {
  source: (r, out) => {
    push(out, ['publisher'], r.publisher, ACTOR)
    pushAll(out, ['carries'], r.carries, ACTOR)
  },
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
    push(out, ['destination'], r.destination, LOCATION)
    if (Array.isArray(r.participants)) r.participants.forEach((p, i) => isObject(p) && push(out, ['participants', i, 'actor'], p.actor, ACTOR))
    if (Array.isArray(r.outcomes)) {
      r.outcomes.forEach((o, i) => {
        if (!isObject(o)) return
        pushAll(out, ['outcomes', i, 'actors'], o.actors, ACTOR)
        push(out, ['outcomes', i, 'location'], o.location, LOCATION)
      })
    }
    if (Array.isArray(r.relations)) {
      r.relations.forEach((rel, i) => {
        if (!isObject(rel)) return
        push(out, ['relations', i, 'operation'], rel.operation, OPERATION)
        push(out, ['relations', i, 'quote'], rel.quote, QUOTE)
      })
    }
    if (Array.isArray(r.readings)) r.readings.forEach((reading, i) => isObject(reading) && push(out, ['readings', i, 'location'], reading.location, LOCATION))
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
 * The references a record makes in fields of its own (parent, participants, relations...), not
 * the `assertedBy` and evidence `source` of its claims: an actor may well assert claims about
 * itself, but a place cannot be its own parent.
 *
 * @internal
 */
export function fieldReferencesOf(kind: RecordKind, record: unknown): RecordReference[] {
  const out: RecordReference[] = []
  if (isObject(record)) FIXED[kind](record, out)
  return out
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
  walkClaims(record, out)
  return out
}
