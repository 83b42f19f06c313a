import { RECORD_SCHEMAS, type Dataset } from './dataset.js'
import { describeLoop, followChains } from './follow-chains.js'
import { COLLECTION_OF, type RecordKind } from './record-kinds.js'
import { EDITORS, REPORTER } from './slug.js'
import type { DatasetIssue } from './validation-error.js'

/**
 * Dataset-wide rules of `parseDataset` on ids, parent chains and redirects, in a module of their
 * own so `createDataset`'s fast path (`src/query/_engine/validate-records.ts`) runs the same
 * functions. Internal: not exported from the package.
 *
 * @internal
 */

const KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[]
// Kinds whose ids are live records; redirects hold retired ids and corrections are errata.
const LIVE_KINDS: readonly RecordKind[] = ['source', 'actor', 'location', 'operation', 'quote']

/** The collections as validate works on them (records that failed their schema included). */
export type Records = { -readonly [K in keyof Dataset]: unknown[] }

/** One problem of a record. */
export function recordIssue(kind: RecordKind, index: number, recordId: string, path: readonly PropertyKey[], message: string): DatasetIssue {
  return { kind, index, recordId, path, message }
}

/** Duplicate and reserved ids; fills `kindOf`. */
export function checkIds(records: Records, kindOf: Map<string, RecordKind>, issues: DatasetIssue[]): void {
  for (const kind of KINDS) {
    records[COLLECTION_OF[kind]].forEach((record, index) => {
      const id = (record as { id: string }).id
      if (typeof id !== 'string') return
      if (id === REPORTER) issues.push(recordIssue(kind, index, id, ['id'], `"${REPORTER}" is reserved for the publication's own voice`))
      if (id === EDITORS) issues.push(recordIssue(kind, index, id, ['id'], `"${EDITORS}" is reserved for the dataset editors' own inferences`))
      const seen = kindOf.get(id)
      if (seen !== undefined) issues.push(recordIssue(kind, index, id, ['id'], `duplicate id: already used by a ${seen}`))
      else kindOf.set(id, kind)
    })
  }
}

/** Location parent chains that loop. */
export function checkParentChains(records: Records, issues: DatasetIssue[]): void {
  const parentOf = new Map<string, string>()
  const indexOf = new Map<string, number>()
  records.locations.forEach((record, index) => {
    const { id, parent } = record as { id: string; parent?: { location: string } }
    indexOf.set(id, index)
    if (parent) parentOf.set(id, parent.location)
  })
  const chains = followChains(indexOf.keys(), (id) => parentOf.get(id))
  const reported = new Set<readonly string[]>()
  for (const chain of chains.values()) {
    if (!('loop' in chain) || reported.has(chain.loop)) continue
    reported.add(chain.loop)
    const first = chain.loop[0]!
    issues.push(recordIssue('location', indexOf.get(first)!, first, ['parent', 'location'], `the parent chain loops: ${describeLoop(chain.loop, '>')}`))
  }
}

/** Redirects that loop, lead nowhere or retire a live id. */
export function checkRedirects(records: Records, kindOf: { get(id: string): RecordKind | undefined }, issues: DatasetIssue[]): void {
  const target = new Map<string, string>()
  const indexOf = new Map<string, number>()
  records.redirects.forEach((record, index) => {
    const r = record as { id: string; to: string }
    target.set(r.id, r.to)
    if (!indexOf.has(r.id)) indexOf.set(r.id, index)
  })
  const chains = followChains(target.keys(), (id) => target.get(id))
  const reported = new Set<readonly string[]>()
  records.redirects.forEach((record, index) => {
    const { id } = record as { id: string }
    const live = kindOf.get(id)
    if (live !== undefined && live !== 'redirect') issues.push(recordIssue('redirect', index, id, ['id'], `a retired id cannot also be a live ${live}`))
    const chain = chains.get(id)
    if (chain === undefined) return
    if ('loop' in chain) {
      if (reported.has(chain.loop)) return
      reported.add(chain.loop)
      const first = chain.loop[0]!
      issues.push(recordIssue('redirect', indexOf.get(first)!, first, ['to'], `redirects loop: ${describeLoop(chain.loop, '→')}`))
      return
    }
    // The chain ends at the first id that is not retired, which must be a live record.
    if (!LIVE_KINDS.includes(kindOf.get(chain.end) ?? 'redirect')) {
      issues.push(recordIssue('redirect', index, id, ['to'], `redirect ends at "${chain.end}", which is not a live record`))
    }
  })
}
