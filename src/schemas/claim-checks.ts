import { edtfToInterval, type CalendarInterval } from '../dates/calendar-interval.js'
import { EDITORS, REPORTER } from './slug.js'
import type { DatasetIssue } from './validation-error.js'
import { COLLECTION_OF, type RecordKind } from './record-kinds.js'

type Json = unknown
type Records = Readonly<Record<string, readonly unknown[]>>

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A claim found in a record: any object with an `assertedBy` and its `evidence`. */
interface LocatedClaim {
  readonly path: readonly PropertyKey[]
  readonly claim: Record<string, Json>
}

// An explicit stack, so a hostile record nested deeper than the call stack cannot crash it.
function claimsOf(record: Json): LocatedClaim[] {
  const out: LocatedClaim[] = []
  const seen = new Set<object>()
  const stack: { value: Json; path: readonly PropertyKey[] }[] = [{ value: record, path: [] }]
  while (stack.length > 0) {
    const { value, path } = stack.pop()!
    if (typeof value !== 'object' || value === null || seen.has(value)) continue
    seen.add(value)
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] })
      continue
    }
    const object = value as Record<string, Json>
    if (typeof object.assertedBy === 'string' && Array.isArray(object.evidence)) out.push({ path, claim: object })
    const entries = Object.entries(value)
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!
      if (key !== 'evidence') stack.push({ value: child, path: [...path, key] })
    }
  }
  return out.reverse().sort((a, b) => a.path.length - b.path.length)
}

/** The publication a source speaks for: its publisher, or for a reference the work it is part of. */
function publicationOf(source: Record<string, Json>): string | undefined {
  if (source.kind === 'reference') return typeof source.work === 'string' ? `the reference work "${source.work}"` : undefined
  return typeof source.publisher === 'string' ? `"${source.publisher}"` : undefined
}

/**
 * Attribution rules for every claim of every record: a `reporter` claim (other than the record's
 * own top-level evidence) speaks in the voice of the one publication its evidence is read in, so all its evidence must come from sources of one
 * publisher (for references, of one work); an `editors` claim must say what was inferred from
 * what in `reasoning`.
 *
 * @internal
 */
export function checkClaims(records: Records, issues: DatasetIssue[]): void {
  const sources = new Map<string, Record<string, Json>>()
  for (const s of records.sources ?? []) if (isObject(s) && typeof s.id === 'string') sources.set(s.id, s)
  for (const kind of Object.keys(COLLECTION_OF) as RecordKind[]) {
    records[COLLECTION_OF[kind]]?.forEach((record, index) => {
      const recordId = isObject(record) && typeof record.id === 'string' ? record.id : undefined
      for (const { path, claim } of claimsOf(record)) {
        const issue = (field: string, message: string): void => {
          issues.push({ kind, index, ...(recordId === undefined ? {} : { recordId }), path: [...path, field], message })
        }
        if (claim.assertedBy === EDITORS && (typeof claim.reasoning !== 'string' || claim.reasoning.length === 0)) {
          issue('reasoning', `a claim asserted by "${EDITORS}" needs a reasoning: what the editors inferred from what`)
        }
        // The record's own evidence says where the record is read, from every source that reports
        // it; who says what is in its claims and readings, so only those speak in one voice.
        if (claim.assertedBy !== REPORTER || path.length === 0) continue
        const publications = new Set<string>()
        for (const e of claim.evidence as Json[]) {
          const source = isObject(e) && typeof e.source === 'string' ? sources.get(e.source) : undefined
          const publication = source ? publicationOf(source) : undefined
          if (publication !== undefined) publications.add(publication)
        }
        if (publications.size > 1) {
          issue('evidence', `a "${REPORTER}" claim is the voice of one publication, but its evidence is read in ${[...publications].sort().join(' and ')}: attribute it to the party that says it, or to "${EDITORS}" with reasoning`)
        }
      }
    })
  }
}

function interval(value: Json): CalendarInterval | undefined {
  if (typeof value !== 'string') return undefined
  try {
    return edtfToInterval(value)
  } catch {
    return undefined // an invalid date is reported by the schema
  }
}

/**
 * Reconciled-value rules of operations with readings: the record's `date` interval contains every
 * date reading's interval or lies within it (a coarser reading, such as a month, allows the day
 * another source gives), its `location` is each location reading's place or an ancestor of it,
 * its `types` include every type a reading gives, and `dateBasis: 'reconciled'` is used only on a
 * record with date readings.
 *
 * @internal
 */
export function checkReadings(records: Records, issues: DatasetIssue[]): void {
  const parentOf = new Map<string, string>()
  for (const l of records.locations ?? []) {
    if (isObject(l) && typeof l.id === 'string' && isObject(l.parent) && typeof l.parent.location === 'string') parentOf.set(l.id, l.parent.location)
  }
  const isAncestorOrSelf = (ancestor: string, place: string): boolean => {
    const seen = new Set<string>()
    for (let at: string | undefined = place; at !== undefined && !seen.has(at); at = parentOf.get(at)) {
      if (at === ancestor) return true
      seen.add(at) // a looping chain is reported by the parent-chain check
    }
    return false
  }
  records.operations?.forEach((op, index) => {
    if (!isObject(op)) return
    const recordId = typeof op.id === 'string' ? op.id : undefined
    const issue = (path: readonly PropertyKey[], message: string): void => {
      issues.push({ kind: 'operation', index, ...(recordId === undefined ? {} : { recordId }), path, message })
    }
    const readings = Array.isArray(op.readings) ? op.readings : []
    const dateReadings = readings.filter((r) => isObject(r) && r.field === 'date').length
    if (op.dateBasis === 'reconciled' && dateReadings === 0) issue(['dateBasis'], 'a reconciled date spans differing date readings, but the record has none')
    const own = interval(op.date)
    const ownTypes = new Set(Array.isArray(op.types) ? op.types : [])
    const missing = new Set<string>()
    readings.forEach((r, i) => {
      if (!isObject(r)) return
      if (r.field === 'date') {
        const read = interval(r.date)
        // A coarser reading (the article's month) may contain a day other sources give.
        const within = own && read && read.start >= own.start && read.end <= own.end
        const contains = own && read && read.start <= own.start && read.end >= own.end
        if (own && read && !within && !contains) {
          issue(['readings', i, 'date'], `the reading ${String(r.date)} (${read.start} to ${read.end}) neither lies within the record's date ${String(op.date)} (${own.start} to ${own.end}) nor contains it; the record's date must span differing readings`)
        }
      } else if (r.field === 'location') {
        if (typeof r.location === 'string' && typeof op.location === 'string' && !isAncestorOrSelf(op.location, r.location)) {
          issue(['readings', i, 'location'], `the record's location "${op.location}" is neither "${r.location}" nor a place that contains it`)
        }
      } else if (r.field === 'types' && Array.isArray(r.types)) {
        for (const t of r.types) if (typeof t === 'string' && !ownTypes.has(t)) missing.add(t)
      }
    })
    if (missing.size > 0) issue(['types'], `the record's types must include every type its readings give; missing ${[...missing].map((t) => `"${t}"`).join(', ')}`)
  })
}
