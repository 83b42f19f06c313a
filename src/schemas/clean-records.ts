import type { EvidenceSpan } from '../evidence/verify-evidence.js'
import { fieldReferencesOf, type RecordReference } from './references.js'
import { COLLECTION_OF, RECORD_KINDS, type RecordKind } from './record-kinds.js'
import { EDITORS, REPORTER } from './slug.js'
import { spanProblem, type SourceContext } from './source-texts.js'

/**
 * Per kind, one flag per record (by index): 1 when the record passed its schema and every id it
 * refers to and every evidence span in it checks out, so the reference and span checks, which
 * spell out a path for every reference and span, can skip it.
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

function isSpan(value: Json): value is EvidenceSpan {
  if (typeof value !== 'object' || value === null) return false
  const e = value as Record<string, unknown>
  return typeof e.source === 'string' && typeof e.exact === 'string' && typeof e.start === 'number' && typeof e.end === 'number'
}

/**
 * One walk over a record that passed its schema (a tree: no cycles, shallow), allocating
 * nothing: it visits the claims (`assertedBy`) and evidence spans the way `referencesOf` and
 * `evidenceOf` find them and answers whether all of them check out. Anything unusual answers
 * false, which only means the full checks run for that record.
 */
function claimsAndSpansCheckOut(value: Json, depth: number, kindOf: ReadonlyMap<string, RecordKind>, sources: SourceContext): boolean {
  if (depth > MAX_DEPTH) return false
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: Json = value[i]
      if (typeof item === 'object' && item !== null && !claimsAndSpansCheckOut(item, depth + 1, kindOf, sources)) return false
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
        if (!isSpan(e) || !resolves(kindOf, e.source, SOURCE) || spanProblem(e, sources) !== undefined) return false
      }
      continue
    }
    if (typeof child === 'object' && child !== null && !claimsAndSpansCheckOut(child, depth + 1, kindOf, sources)) return false
  }
  return true
}

function fieldReferencesResolve(kind: RecordKind, record: unknown, kindOf: ReadonlyMap<string, RecordKind>): boolean {
  for (const ref of fieldReferencesOf(kind, record)) if (!resolves(kindOf, ref.target, ref.kinds)) return false
  return true
}

/**
 * Marks the records whose references and evidence spans all check out (see {@link CleanRecords}).
 * A record that failed its schema, or has any problem at all, stays unmarked, and the full
 * checks then report its problems exactly as they would without this pass.
 *
 * @internal
 */
export function findCleanRecords(records: Readonly<Record<string, readonly unknown[]>>, invalid: ReadonlySet<unknown>, kindOf: ReadonlyMap<string, RecordKind>, sources: SourceContext): CleanRecords {
  const clean = {} as Record<RecordKind, Uint8Array>
  for (const kind of RECORD_KINDS) {
    const list = records[COLLECTION_OF[kind]] ?? []
    const flags = new Uint8Array(list.length)
    for (let index = 0; index < list.length; index++) {
      const record = list[index]
      if ((invalid.size > 0 && invalid.has(record)) || typeof (record as { id?: unknown }).id !== 'string') continue
      if (fieldReferencesResolve(kind, record, kindOf) && claimsAndSpansCheckOut(record, 0, kindOf, sources)) flags[index] = 1
    }
    clean[kind] = flags
  }
  return clean
}
