import { verbatimMismatches } from '../evidence/verbatim-text.js'
import { checkSpan, evidenceOf } from '../evidence/verify-evidence.js'
import { indexSourceText, type IndexedSourceText } from '../evidence/source-text.js'
import { Dataset, RECORD_SCHEMAS } from './dataset.js'
import { referencesOf } from './references.js'
import { Evidence } from './evidence.js'
import { didYouMean } from './nearest-ids.js'
import { REPORTER } from './slug.js'
import { COLLECTION_OF, DatasetValidationError, issuesFromZod, type DatasetIssue, type RecordKind } from './validation-error.js'
import type { SafeParseResult } from './parse.js'

/** Options for {@link parseDataset}. */
export interface ParseDatasetOptions {
  /**
   * Source texts by source id. With a text, every span of that source is checked byte for byte
   * (code points, UTF-16 offsets, prefix, suffix) and the source's `length` is checked. Without,
   * spans are still checked for internal consistency (length of `exact`, UTF-16 span length).
   */
  readonly sourceTexts?: Readonly<Record<string, string>>
  /**
   * Called with each problem that does not make the dataset invalid: a correction whose
   * `affects` names a record the dataset does not hold (a subset such as
   * `{ ...dataset, quotes: [] }` keeps the corrections of the records it dropped). Without it,
   * such corrections are kept silently. `validate` reports them, and treats them as errors for
   * a whole data folder.
   */
  readonly onWarning?: (issue: DatasetIssue) => void
  /**
   * Also check that every field claiming to be verbatim source text (every `ar`: names, titles,
   * quote text; Arabic aliases with evidence) occurs in one of its record's evidence spans, so
   * fabricated Arabic fails. Off by default, so datasets built by earlier releases' rules keep
   * loading; `validate` and the repository's own data turn it on.
   */
  readonly checkVerbatim?: boolean
}

const KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[]
// Kinds whose ids are live records; redirects hold retired ids and corrections are errata.
const LIVE_KINDS: readonly RecordKind[] = ['source', 'actor', 'location', 'operation', 'quote']

type Records = { -readonly [K in keyof Dataset]: unknown[] }

function recordIssue(kind: RecordKind, index: number, recordId: string, path: readonly PropertyKey[], message: string): DatasetIssue {
  return { kind, index, recordId, path, message }
}

function checkIds(records: Records, kindOf: Map<string, RecordKind>, issues: DatasetIssue[]): void {
  for (const kind of KINDS) {
    records[COLLECTION_OF[kind]].forEach((record, index) => {
      const id = (record as { id: string }).id
      if (typeof id !== 'string') return
      if (id === REPORTER) issues.push(recordIssue(kind, index, id, ['id'], `"${REPORTER}" is reserved for the publication's own voice`))
      const seen = kindOf.get(id)
      if (seen !== undefined) issues.push(recordIssue(kind, index, id, ['id'], `duplicate id: already used by a ${seen}`))
      else kindOf.set(id, kind)
    })
  }
}

function idsOfKinds(kindOf: ReadonlyMap<string, RecordKind>, kinds: readonly RecordKind[] | 'any'): string[] {
  return [...kindOf].filter(([, kind]) => kinds === 'any' || kinds.includes(kind)).map(([id]) => id)
}

function checkReferences(records: Records, kindOf: Map<string, RecordKind>, issues: DatasetIssue[], warnings: DatasetIssue[]): void {
  for (const kind of KINDS) {
    records[COLLECTION_OF[kind]].forEach((record, index) => {
      const id = (record as { id: string }).id
      if (typeof id !== 'string') return
      for (const ref of referencesOf(kind, record)) {
        const targetKind = kindOf.get(ref.target)
        if (targetKind === undefined) {
          const expected = ref.kinds === 'any' ? 'record' : ref.kinds.join(' or ')
          const hint = didYouMean(ref.target, idsOfKinds(kindOf, ref.kinds))
          // A correction of a record a subset left out is errata for data the user does not
          // hold: kept, and reported as a warning, so subsets of a corrected release still load.
          if (kind === 'correction') warnings.push(recordIssue(kind, index, id, ref.path, `correction affects "${ref.target}", which this dataset does not hold${hint}`))
          else issues.push(recordIssue(kind, index, id, ref.path, `unknown ${expected} id "${ref.target}"${hint}`))
        } else if (ref.kinds !== 'any' && !ref.kinds.includes(targetKind)) {
          issues.push(recordIssue(kind, index, id, ref.path, `"${ref.target}" is a ${targetKind}, expected a ${ref.kinds.join(' or ')}`))
        }
      }
    })
  }
}

function checkSpans(records: Records, texts: ReadonlyMap<string, IndexedSourceText>, invalid: ReadonlySet<unknown>, issues: DatasetIssue[]): void {
  for (const kind of KINDS) {
    records[COLLECTION_OF[kind]].forEach((record, index) => {
      const id = (record as { id: string }).id
      for (const { path, evidence } of evidenceOf(record)) {
        const text = texts.get(evidence.source)
        // In a record that failed its schema, only spans that are well formed can be checked.
        if (text && invalid.has(record) && !Evidence.safeParse(evidence).success) continue
        const message = text && checkSpan(evidence, text)
        if (message) issues.push(recordIssue(kind, index, id, path, message))
      }
    })
  }
  records.sources.forEach((record, index) => {
    const source = record as { id: string; length: number; utf16Length: number }
    if (typeof source.id !== 'string') return
    const text = texts.get(source.id)
    if (text && text.length !== source.length) issues.push(recordIssue('source', index, source.id, ['length'], `the text has ${text.length} code points, not ${source.length}`))
    if (text && text.text.length !== source.utf16Length) issues.push(recordIssue('source', index, source.id, ['utf16Length'], `the text has ${text.text.length} UTF-16 code units, not ${source.utf16Length}`))
  })
}

function checkVerbatim(records: Records, issues: DatasetIssue[]): void {
  for (const kind of KINDS) {
    records[COLLECTION_OF[kind]].forEach((record, index) => {
      const id = (record as { id: string }).id
      for (const { path, text } of verbatimMismatches(record)) {
        issues.push(recordIssue(kind, index, id, path, `${JSON.stringify(text)} is not verbatim: it occurs in none of the record's evidence spans`))
      }
    })
  }
}

function checkParentChains(records: Records, issues: DatasetIssue[]): void {
  const parentOf = new Map<string, string>()
  for (const record of records.locations as { id: string; parent?: { location: string } }[]) {
    if (record.parent) parentOf.set(record.id, record.parent.location)
  }
  records.locations.forEach((record, index) => {
    const id = (record as { id: string }).id
    const seen = new Set<string>([id])
    for (let at = parentOf.get(id); at !== undefined; at = parentOf.get(at)) {
      if (seen.has(at)) {
        issues.push(recordIssue('location', index, id, ['parent', 'location'], `the parent chain loops: ${[...seen, at].join(' > ')}`))
        break
      }
      seen.add(at)
    }
  })
}

function checkRedirects(records: Records, kindOf: Map<string, RecordKind>, issues: DatasetIssue[]): void {
  const target = new Map<string, string>()
  for (const r of records.redirects as { id: string; to: string }[]) target.set(r.id, r.to)
  records.redirects.forEach((record, index) => {
    const { id } = record as { id: string }
    const live = kindOf.get(id)
    if (live !== undefined && live !== 'redirect') issues.push(recordIssue('redirect', index, id, ['id'], `a retired id cannot also be a live ${live}`))
    const seen = new Set<string>([id])
    let at = target.get(id)
    while (at !== undefined && target.has(at)) {
      if (seen.has(at)) {
        issues.push(recordIssue('redirect', index, id, ['to'], `redirects loop: ${[...seen, at].join(' → ')}`))
        return
      }
      seen.add(at)
      at = target.get(at)
    }
    if (at !== undefined && !LIVE_KINDS.includes(kindOf.get(at) ?? 'redirect')) {
      issues.push(recordIssue('redirect', index, id, ['to'], `redirect ends at "${at}", which is not a live record`))
    }
  })
}

/**
 * Validates a whole dataset and returns it typed, or returns every problem found: record
 * schema errors, duplicate ids, ids that do not resolve (or resolve to the wrong kind),
 * evidence spans that do not match their source text, verbatim text (every `ar`) that is in
 * none of its record's evidence spans (with `checkVerbatim`), location parent chains that loop, and redirects that
 * loop or lead nowhere. Every rule runs in one pass, so one call reports every problem (a bad
 * span does not hide a dangling id). A correction that names a record the dataset lacks is a
 * warning (see {@link ParseDatasetOptions.onWarning}), not a problem. Never throws; never
 * mutates the input.
 *
 * @example
 * ```ts
 * import { safeParseDataset } from 'syria-counter-isis/schemas'
 * const result = safeParseDataset({ sources: [], actors: [], locations: [], operations: [], quotes: [] })
 * result.success //=> true
 * ```
 */
export function safeParseDataset(input: unknown, options: ParseDatasetOptions = {}): SafeParseResult<Dataset> {
  const shape = Dataset.safeParse(input)
  if (!shape.success) {
    return { success: false, error: new DatasetValidationError('Invalid dataset', issuesFromZod(shape.error.issues, undefined, undefined, undefined)) }
  }
  const issues: DatasetIssue[] = []
  const warnings: DatasetIssue[] = []
  const records = {} as Records
  const invalid = new Set<unknown>()
  for (const kind of KINDS) {
    const collection = COLLECTION_OF[kind]
    records[collection] = shape.data[collection].map((item, index) => {
      const parsed = RECORD_SCHEMAS[kind].safeParse(item)
      if (parsed.success) return parsed.data
      issues.push(...issuesFromZod(parsed.error.issues, kind, index, item))
      // Cross-record rules still run over a record that failed its schema, so one run reports
      // every problem; an item that is not even an object stands in as an empty one.
      const stand = typeof item === 'object' && item !== null && !Array.isArray(item) ? item : {}
      invalid.add(stand)
      return stand
    })
  }
  const kindOf = new Map<string, RecordKind>()
  checkIds(records, kindOf, issues)
  checkReferences(records, kindOf, issues, warnings)
  checkParentChains(records, issues)
  checkRedirects(records, kindOf, issues)
  if (options.checkVerbatim) checkVerbatim(records, issues)
  const texts = new Map(Object.entries(options.sourceTexts ?? {}).map(([id, text]) => [id, indexSourceText(text)] as const))
  checkSpans(records, texts, invalid, issues)
  for (const warning of warnings) options.onWarning?.(warning)
  if (issues.length > 0) return { success: false, error: new DatasetValidationError('Invalid dataset', issues) }
  return { success: true, data: records as unknown as Dataset }
}

/**
 * Validates a whole dataset (see {@link safeParseDataset} for the rules) and returns it typed
 * with defaults filled in.
 *
 * @throws DatasetValidationError whose message lists every problem as
 *   `collection[index] "record-id" › field.path: what is wrong`
 *
 * @example
 * ```ts
 * import { parseDataset } from 'syria-counter-isis/schemas'
 * import { dataset } from 'syria-counter-isis/data'
 * parseDataset(dataset).operations.length === dataset.operations.length //=> true
 * ```
 */
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): Dataset {
  const result = safeParseDataset(input, options)
  if (!result.success) throw result.error
  return result.data
}
