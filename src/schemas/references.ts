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

/**
 * Receives one field reference: the target (any value; only strings are references) and the
 * kinds it may name, then its path inside the record, step by step, so a caller that needs no
 * path allocates none.
 */
type Emit = (target: Json, kinds: readonly RecordKind[] | 'any', a: PropertyKey, b?: PropertyKey, c?: PropertyKey, d?: PropertyKey) => void

function emitAll(emit: Emit, targets: Json, kinds: readonly RecordKind[] | 'any', a: PropertyKey, b?: PropertyKey, c?: PropertyKey): void {
  if (!Array.isArray(targets)) return
  for (let i = 0; i < targets.length; i++) {
    if (c !== undefined) emit(targets[i], kinds, a, b, c, i)
    else if (b !== undefined) emit(targets[i], kinds, a, b, i)
    else emit(targets[i], kinds, a, i)
  }
}

const FIXED: Readonly<Record<RecordKind, (record: Record<string, Json>, emit: Emit) => void>> = {
  source: (r, emit) => {
    emit(r.publisher, ACTOR, 'publisher')
    emitAll(emit, r.carries, ACTOR, 'carries')
  },
  actor: (r, emit) => {
    for (const field of ['affiliations', 'kinship'] as const) {
      const list = r[field]
      if (Array.isArray(list)) list.forEach((a, i) => isObject(a) && emit(a.actor, ACTOR, field, i, 'actor'))
    }
  },
  location: (r, emit) => {
    if (isObject(r.parent)) emit(r.parent.location, LOCATION, 'parent', 'location')
    if (Array.isArray(r.relatedPlaces)) r.relatedPlaces.forEach((p, i) => isObject(p) && emit(p.location, LOCATION, 'relatedPlaces', i, 'location'))
  },
  operation: (r, emit) => {
    emit(r.location, LOCATION, 'location')
    emit(r.launchedFrom, LOCATION, 'launchedFrom')
    emit(r.destination, LOCATION, 'destination')
    const { participants, outcomes, relations, readings } = r
    if (Array.isArray(participants)) for (let i = 0; i < participants.length; i++) { const p = participants[i]; if (isObject(p)) emit(p.actor, ACTOR, 'participants', i, 'actor') }
    if (Array.isArray(outcomes)) {
      for (let i = 0; i < outcomes.length; i++) {
        const o = outcomes[i]
        if (!isObject(o)) continue
        emitAll(emit, o.actors, ACTOR, 'outcomes', i, 'actors')
        emit(o.location, LOCATION, 'outcomes', i, 'location')
      }
    }
    if (Array.isArray(relations)) {
      for (let i = 0; i < relations.length; i++) {
        const rel = relations[i]
        if (!isObject(rel)) continue
        emit(rel.operation, OPERATION, 'relations', i, 'operation')
        emit(rel.quote, QUOTE, 'relations', i, 'quote')
      }
    }
    if (Array.isArray(readings)) for (let i = 0; i < readings.length; i++) { const reading = readings[i]; if (isObject(reading)) emit(reading.location, LOCATION, 'readings', i, 'location') }
  },
  quote: (r, emit) => {
    emit(r.speaker, ACTOR, 'speaker')
    emit(r.medium, ACTOR, 'medium')
    if (isObject(r.about)) {
      emitAll(emit, r.about.operations, OPERATION, 'about', 'operations')
      emitAll(emit, r.about.actors, ACTOR, 'about', 'actors')
      emitAll(emit, r.about.locations, LOCATION, 'about', 'locations')
    }
  },
  correction: (r, emit) => emitAll(emit, r.affects, 'any', 'affects'),
  redirect: (r, emit) => emit(r.to, 'any', 'to'),
}

/** An {@link Emit} that collects each string target with its path. */
function collect(out: RecordReference[]): Emit {
  return (target, kinds, a, b, c, d) => {
    if (typeof target !== 'string') return
    const path: PropertyKey[] = d !== undefined ? [a, b!, c!, d] : c !== undefined ? [a, b!, c] : b !== undefined ? [a, b] : [a]
    out.push({ path, target, kinds })
  }
}

/**
 * Calls `visit` with each field reference of a record (see {@link fieldReferencesOf}), without
 * building paths: for the hot loops of validation, which need only the target and its kinds.
 * Stops early, returning false, when `visit` returns false.
 *
 * @internal
 */
export function everyFieldReference(kind: RecordKind, record: unknown, visit: (target: string, kinds: readonly RecordKind[] | 'any') => boolean): boolean {
  if (!isObject(record)) return true
  // One emitter for every call (no closure per record); saved and restored, so a visitor may
  // itself walk another record.
  const outerVisit = visit_
  const outerHolds = holds_
  visit_ = visit
  holds_ = true
  try {
    FIXED[kind](record, visitEmit)
    return holds_
  } finally {
    visit_ = outerVisit
    holds_ = outerHolds
  }
}

let visit_: ((target: string, kinds: readonly RecordKind[] | 'any') => boolean) | undefined
let holds_ = true
const visitEmit: Emit = (target, kinds) => {
  if (holds_ && typeof target === 'string' && !visit_!(target, kinds)) holds_ = false
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
  if (isObject(record)) FIXED[kind](record, collect(out))
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
  FIXED[kind](record, collect(out))
  walkClaims(record, out)
  return out
}
