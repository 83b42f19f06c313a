import { deepFreeze } from '../../data/deep-freeze.js'
import { indexSourceText, type IndexedSourceText } from '../../evidence/source-text.js'
import { checkSpan, type EvidenceSpan } from '../../evidence/verify-evidence.js'
import { checkClaims, checkReadings } from '../../schemas/claim-checks.js'
import { Dataset, RECORD_SCHEMAS } from '../../schemas/dataset.js'
import type { DeepReadonly } from '../../schemas/deep-readonly.js'
import { checkParentChains, checkRedirects, type Records } from '../../schemas/dataset-rules.js'
import { parseDataset, type ParseDatasetOptions } from '../../schemas/parse-dataset.js'
import { COLLECTION_OF, RECORD_KINDS, type RecordKind } from '../../schemas/record-kinds.js'
import { everyFieldReference } from '../../schemas/references.js'
import { EDITORS, REPORTER } from '../../schemas/slug.js'
import { checkSourcesAndSpans, KIND_OF_TYPE, readOptions } from '../../schemas/source-texts.js'
import type { DatasetIssue } from '../../schemas/validation-error.js'
import type { RecordIdMaps } from './index/ids.js'
import { compileRecordParsers, FAIL, type CompiledParsers, type CopyHooks, type RecordParser } from './compile-records.js'

/**
 * What `createDataset` validates with: `parseDataset`'s answer, deeply frozen. A valid dataset
 * takes the fast path: every record is copied (and frozen as it is copied) by parsers compiled
 * from the record schemas, and the cross-record rules of `parseDataset` are cleared in the same
 * walk, each by a cheap test that can only say "certainly fine" or "ask the rule"; a record the
 * test cannot clear goes through the rule's own function. Anything the fast path finds wrong or
 * unusual (a record that fails its schema, a dangling id, a correction of a record the dataset
 * lacks, `checkVerbatim`) drops it, and `parseDataset` runs from scratch: the errors, warnings
 * and messages are always its own.
 *
 * The rules mirrored here are those `validate` in `src/schemas/parse-dataset.ts` runs; a test
 * (`validate-records.test.ts`) fails when that list changes, so a new rule is not missed.
 *
 * @internal
 */
export function validateRecords(input: unknown, options: ParseDatasetOptions = {}): ValidatedRecords {
  let fast: ValidatedRecords | undefined
  try {
    fast = fastPath(input, options)
  } catch {
    fast = undefined // a hostile value (a throwing getter): parseDataset says what is wrong
  }
  return fast ?? { dataset: deepFreeze(parseDataset(input, options)) }
}

/**
 * What {@link validateRecords} returns: the dataset and, from the fast path, the id lookups it
 * built on the way, so the index does not build them again.
 *
 * @internal
 */
export interface ValidatedRecords {
  readonly dataset: DeepReadonly<Dataset>
  readonly ids?: RecordIdMaps | undefined
}


let compiled: CompiledParsers | null | undefined

/** The compiled parsers, or null where they cannot be compiled (then Zod does all the work). @internal */
export function recordParsers(): CompiledParsers | null {
  if (compiled === undefined) {
    try {
      compiled = compileRecordParsers(RECORD_SCHEMAS, collected)
    } catch {
      compiled = null
    }
  }
  return compiled
}

/** What the copy collects for the cross-record checks: one instance, emptied for each dataset. */
class Collected implements CopyHooks {
  /** `assertedBy` values that must be actor ids. */
  actors: string[] = []
  /** Every `evidence` array met. */
  evidenceLists: (readonly unknown[])[] = []
  /** Set when a claim breaks a rule for sure: the fast path gives up. */
  failed = false
  /** Set when a claim needs the claim rule itself (a nested reporter claim read in several sources). */
  claimsToCheck = false

  reset(): void {
    this.actors = []
    this.evidenceLists = []
    this.failed = false
    this.claimsToCheck = false
  }

  claim(claim: Record<string, unknown>, root: boolean): void {
    const by = claim.assertedBy
    if (typeof by !== 'string') return
    if (by === REPORTER) {
      // checkClaims: a nested reporter claim speaks for one publication; one source is one.
      const evidence = claim.evidence
      if (!root && Array.isArray(evidence) && evidence.length > 1) {
        const first = (evidence[0] as { source?: unknown }).source
        for (let i = 1; i < evidence.length; i++) if ((evidence[i] as { source?: unknown }).source !== first) this.claimsToCheck = true
      }
    } else if (by === EDITORS) {
      // checkClaims: the editors' claims carry their reasoning.
      const reasoning = claim.reasoning
      if (typeof reasoning !== 'string' || reasoning.length === 0) this.failed = true
    } else this.actors.push(by)
  }

  evidence(evidence: readonly unknown[]): void {
    this.evidenceLists.push(evidence)
  }
}

interface SourceFields {
  readonly id: string
  readonly kind: string
  readonly length?: number
  readonly utf16Length?: number
}

/** The dataset, validated and frozen, with its id lookups, or undefined when parseDataset must answer. @internal */
export function fastPath(input: unknown, options: unknown): ValidatedRecords | undefined {
  const compiledParsers = recordParsers()
  if (compiledParsers === null) return undefined
  collected.reset()
  try {
    return checkedCopy(input, options, compiledParsers.parsers)
  } finally {
    // Nothing of this dataset is kept alive once it is returned.
    collected.reset()
    compiledParsers.forget()
  }
}

const collected = new Collected()

function checkedCopy(input: unknown, options: unknown, parsers: Readonly<Record<RecordKind, RecordParser>>): ValidatedRecords | undefined {
  const raw = datasetArrays(input)
  if (raw === undefined) return undefined
  const records = {} as Records
  // checkClaims and checkReadings run on the records the cheap tests could not clear.
  const claimSubset: Record<string, unknown[]> = {}
  const readingSubset: unknown[] = []
  for (const kind of RECORD_KINDS) {
    const collection = COLLECTION_OF[kind]
    const list = raw[collection]!
    const parse: RecordParser = parsers[kind]
    const out = new Array<unknown>(list.length)
    const toCheck: unknown[] = []
    for (let i = 0; i < list.length; i++) {
      collected.claimsToCheck = false
      const record = parse(list[i])
      if (record === FAIL || collected.failed) return undefined
      out[i] = record
      if (collected.claimsToCheck || kind === 'source') toCheck.push(record)
      if (kind === 'operation') {
        // checkReadings: an operation without readings can break only the reconciled-date rule.
        const op = record as { readings: readonly unknown[]; dateBasis: string }
        if (op.readings.length > 0 || op.dateBasis === 'reconciled') readingSubset.push(record)
      }
    }
    records[collection] = out
    if (toCheck.length > 0) claimSubset[collection] = toCheck
  }

  const issues: DatasetIssue[] = []
  const sources = records.sources as readonly SourceFields[]
  const checked = readOptions(options, new Set(sources.map((s) => s.id)), issues)
  if (issues.length > 0 || checked.checkVerbatim) return undefined
  const byKind = idLookups(records)
  if (byKind === undefined) return undefined
  if (!referencesResolve(records, byKind, collected)) return undefined
  checkParentChains(records, issues)
  checkRedirects(records, { get: (id) => RECORD_KINDS.find((kind) => byKind[kind].has(id)) }, issues)
  // The sources' own checks against their texts; every evidence span is checked below.
  checkSourcesAndSpans({ sources }, checked.texts, EMPTY, issues)
  if (issues.length > 0) return undefined
  if (!evidenceHolds(sources, checked.texts, collected.evidenceLists)) return undefined
  checkClaims(claimSubset, issues)
  checkReadings({ locations: records.locations, operations: readingSubset }, issues)
  if (issues.length > 0) return undefined
  for (const kind of RECORD_KINDS) Object.freeze(records[COLLECTION_OF[kind]])
  return {
    dataset: Object.freeze(records) as unknown as DeepReadonly<Dataset>,
    ids: { sourceById: byKind.source, actorById: byKind.actor, locationById: byKind.location, operationById: byKind.operation, quoteById: byKind.quote },
  }
}

const EMPTY: ReadonlySet<unknown> = new Set()

/** The input's collections, as the `Dataset` schema reads them, or undefined if it would refuse them. */
function datasetArrays(input: unknown): Record<string, readonly unknown[]> | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined
  const given = input as Record<string, unknown>
  const shape = Dataset.shape as Record<string, { readonly _zod: { readonly optin?: string } }>
  const out: Record<string, readonly unknown[]> = {}
  let present = 0
  for (const key of Object.keys(shape)) {
    const value = given[key]
    if (value === undefined) {
      if (shape[key]!._zod.optin !== 'defaulted' || key in given) return undefined
      out[key] = []
    } else if (Array.isArray(value)) {
      out[key] = value
      present++
    } else return undefined
  }
  let keys = 0
  for (const key in given) if (key.length >= 0) keys++ // counts inherited enumerable keys too, as Zod's strict check does
  return keys === present ? out : undefined
}

/**
 * checkIds' cheap test, and the index's id lookups in the same pass: each kind's ids by record
 * index, or undefined when an id is reserved or used twice (within a kind or across kinds),
 * which checkIds then reports.
 */
function idLookups(records: Records): Record<RecordKind, Map<string, number>> | undefined {
  const byKind = {} as Record<RecordKind, Map<string, number>>
  const done: Map<string, number>[] = []
  for (const kind of RECORD_KINDS) {
    const list = records[COLLECTION_OF[kind]]
    const ids = new Map<string, number>()
    let named = 0
    for (let i = 0; i < list.length; i++) {
      const id = (list[i] as { readonly id?: unknown }).id
      if (typeof id !== 'string') continue
      if (id === REPORTER || id === EDITORS) return undefined
      ids.set(id, i)
      named++
    }
    if (ids.size !== named) return undefined
    // Across kinds, the smaller lookup's ids are sought in the larger one.
    for (const other of done) {
      const [small, large] = other.size < ids.size ? [other, ids] : [ids, other]
      for (const id of small.keys()) if (large.has(id)) return undefined
    }
    done.push(ids)
    byKind[kind] = ids
  }
  return byKind
}

/** checkReferences (with referencesOf): every reference resolves to a record of a kind it may name. */
function referencesResolve(records: Records, byKind: Readonly<Record<RecordKind, ReadonlyMap<string, number>>>, collected: Collected): boolean {
  for (const actor of collected.actors) if (!byKind.actor.has(actor)) return false
  // Ids are unique across kinds (idLookups): an id is of a kind when that kind's lookup has it.
  // A correction of a record the dataset lacks is a warning: parseDataset reports it.
  const resolves = (id: string, kinds: readonly RecordKind[] | 'any'): boolean => {
    if (kinds === 'any') return RECORD_KINDS.some((kind) => byKind[kind].has(id))
    for (let k = 0; k < kinds.length; k++) if (byKind[kinds[k]!].has(id)) return true
    return false
  }
  for (const kind of RECORD_KINDS) {
    for (const record of records[COLLECTION_OF[kind]]) {
      if (!everyFieldReference(kind, record, resolves)) return false
    }
  }
  return true
}

/**
 * checkReferences and checkSourcesAndSpans for every evidence: its source is a source of the kind
 * its type reads, and a span lies within the source (and matches its text, when given). The
 * result of a span check is kept by SHA-256, so a span cited by many claims is hashed once.
 */
function evidenceHolds(sources: readonly SourceFields[], texts: ReadonlyMap<string, string>, lists: readonly (readonly unknown[])[]): boolean {
  const byId = new Map<string, SourceFields>()
  for (const s of sources) byId.set(s.id, s)
  const indexed = new Map<string, IndexedSourceText>()
  for (const [id, text] of texts) indexed.set(id, indexSourceText(text))
  const checkedSpans = new Map<string, EvidenceSpan[]>()
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const e = list[i] as { readonly type?: unknown; readonly source?: unknown } | null
      if (typeof e !== 'object' || e === null || Array.isArray(e) || typeof e.source !== 'string') return false
      const source = byId.get(e.source)
      if (source === undefined) return false
      const type = e.type ?? 'span'
      if (typeof type !== 'string') return false
      const expected = KIND_OF_TYPE[type]
      if (expected !== undefined && source.kind !== expected) return false
      if (type !== 'span') continue
      const span = e as EvidenceSpan
      const text = indexed.get(source.id)
      if (text === undefined) {
        if (typeof source.length !== 'number' || typeof source.utf16Length !== 'number' || span.end > source.length || span.utf16.end > source.utf16Length) return false
        continue
      }
      if (typeof span.sha256 !== 'string') {
        if (checkSpan(span, text) !== undefined) return false
        continue
      }
      const seen = checkedSpans.get(span.sha256)
      if (seen !== undefined && seen.some((s) => s.source === span.source && s.start === span.start && s.end === span.end && s.utf16.start === span.utf16.start && s.utf16.end === span.utf16.end && s.exact === span.exact)) continue
      if (checkSpan(span, text) !== undefined) return false
      if (seen === undefined) checkedSpans.set(span.sha256, [span])
      else seen.push(span)
    }
  }
  return true
}
