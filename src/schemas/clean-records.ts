import { fieldReferencesOf, type RecordReference } from './references.js'
import { COLLECTION_OF, RECORD_KINDS, type RecordKind } from './record-kinds.js'
import { EDITORS, REPORTER } from './slug.js'

/**
 * Per kind, one flag per record (by index): 1 when the record passed its schema and every id it
 * refers to resolves to a record of the right kind, so the reference check, which spells out a
 * path for every reference, can skip it.
 *
 * @internal
 */
export type CleanRecords = Readonly<Record<RecordKind, Uint8Array>>

type Json = unknown
type Kinds = RecordReference['kinds']

const ACTOR: Kinds = ['actor']
const SOURCE: Kinds = ['source']
// A parsed record is a few levels deep; anything deeper is left to the full checks.
const MAX_DEPTH = 64

const resolves = (kindOf: ReadonlyMap<string, RecordKind>, target: string, kinds: Kinds): boolean => {
  const kind = kindOf.get(target)
  return kind !== undefined && (kinds === 'any' || kinds.includes(kind))
}

/**
 * One walk over a record that passed its schema (a tree: no cycles, shallow), allocating
 * nothing: it visits the claims (`assertedBy`) and evidence sources the way `referencesOf` finds
 * them and answers whether all of them resolve. Anything unusual answers false, which only means
 * the full check runs for that record.
 */
function claimsResolve(value: Json, depth: number, kindOf: ReadonlyMap<string, RecordKind>): boolean {
  if (depth > MAX_DEPTH) return false
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: Json = value[i]
      if (typeof item === 'object' && item !== null && !claimsResolve(item, depth + 1, kindOf)) return false
    }
    return true
  }
  const object = value as Record<string, Json>
  const keys = Object.keys(object)
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!
    const child = object[key]
    if (key === 'assertedBy') {
      if (typeof child === 'string') {
        if (child !== REPORTER && child !== EDITORS && !resolves(kindOf, child, ACTOR)) return false
        continue
      }
    } else if (key === 'evidence' && Array.isArray(child)) {
      for (let j = 0; j < child.length; j++) {
        const e: Json = child[j]
        if (typeof e !== 'object' || e === null || Array.isArray(e)) return false
        const source = (e as { source?: unknown }).source
        if (typeof source === 'string' && !resolves(kindOf, source, SOURCE)) return false
      }
      continue
    }
    if (typeof child === 'object' && child !== null && !claimsResolve(child, depth + 1, kindOf)) return false
  }
  return true
}

function fieldReferencesResolve(kind: RecordKind, record: unknown, kindOf: ReadonlyMap<string, RecordKind>): boolean {
  for (const ref of fieldReferencesOf(kind, record)) if (!resolves(kindOf, ref.target, ref.kinds)) return false
  return true
}

/**
 * Marks the records whose references all resolve (see {@link CleanRecords}). A record that failed
 * its schema, or has any dangling or mistyped reference, stays unmarked, and the full check then
 * reports its problems exactly as it would without this pass.
 *
 * @internal
 */
export function findCleanRecords(records: Readonly<Record<string, readonly unknown[]>>, invalid: ReadonlySet<unknown>, kindOf: ReadonlyMap<string, RecordKind>): CleanRecords {
  const clean = {} as Record<RecordKind, Uint8Array>
  for (const kind of RECORD_KINDS) {
    const list = records[COLLECTION_OF[kind]] ?? []
    const flags = new Uint8Array(list.length)
    for (let index = 0; index < list.length; index++) {
      const record = list[index]
      if ((invalid.size > 0 && invalid.has(record)) || typeof (record as { id?: unknown }).id !== 'string') continue
      if (fieldReferencesResolve(kind, record, kindOf) && claimsResolve(record, 0, kindOf)) flags[index] = 1
    }
    clean[kind] = flags
  }
  return clean
}
