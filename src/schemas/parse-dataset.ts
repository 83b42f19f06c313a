import { verbatimMismatches } from '../evidence/verbatim-text.js'
import { isSpan, type AnyEvidence } from '../evidence/verify-evidence.js'
import { indexSourceText, type IndexedSourceText } from '../evidence/source-text.js'
import { Dataset, RECORD_SCHEMAS } from './dataset.js'
import { referencesOf } from './references.js'
import { didYouMean } from './nearest-ids.js'
import { checkClaims, checkReadings } from './claim-checks.js'
import { checkSourcesAndSpans, readOptions } from './source-texts.js'
import { findCleanRecords, type CleanRecords } from './clean-records.js'
import { DatasetValidationError, issuesFromZod, type DatasetIssue } from './validation-error.js'
import { COLLECTION_OF, type RecordKind } from './record-kinds.js'
import { checkIds, checkParentChains, checkRedirects, recordIssue, type Records } from './dataset-rules.js'
import type { SafeParseResult } from './parse.js'

/** Options for {@link parseDataset}. */
export interface ParseDatasetOptions {
  /**
   * Source texts by source id, as a plain object of strings. With a text, every span of that
   * source is checked byte for byte (code points, UTF-16 offsets, prefix, suffix) and so are the
   * source's `sha256`, `length`, `utf16Length` and `normalization`. Without, spans are still
   * checked for internal consistency (length of `exact`, UTF-16 span length) and must end within
   * the source's `length`. A `Map`, a non-string text or a key that is no source's id is an error.
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


function idsOfKinds(kindOf: ReadonlyMap<string, RecordKind>, kinds: readonly RecordKind[] | 'any'): string[] {
  return [...kindOf].filter(([, kind]) => kinds === 'any' || kinds.includes(kind)).map(([id]) => id)
}

function checkReferences(records: Records, kindOf: Map<string, RecordKind>, issues: DatasetIssue[], warnings: DatasetIssue[], clean: CleanRecords): void {
  for (const kind of KINDS) {
    const skip = clean[kind]
    records[COLLECTION_OF[kind]].forEach((record, index) => {
      if (skip[index] === 1) return
      const id = (record as { id: string }).id
      if (typeof id !== 'string') return
      for (const ref of referencesOf(kind, record)) {
        const targetKind = kindOf.get(ref.target)
        if (targetKind === undefined) {
          const expected = ref.kinds === 'any' ? 'record' : ref.kinds.join(' or ')
          // A correction's `affects` names the records it changes: suggesting another correction's id would mislead.
          const hint = didYouMean(ref.target, idsOfKinds(kindOf, kind === 'correction' && ref.kinds === 'any' ? KINDS.filter((k) => k !== 'correction') : ref.kinds))
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

// Chains are followed once for all records (linear time, no recursion); a loop is reported once,
// on its first member, since every record leading into it is fixed by fixing the loop.

function checkVerbatim(records: Records, texts: ReadonlyMap<string, string>, issues: DatasetIssue[]): void {
  // Spans whose exact is not shipped are read from the source text, when given.
  const indexed = new Map<string, IndexedSourceText>()
  const resolve = (e: AnyEvidence): string | undefined => {
    if (!isSpan(e)) return undefined
    const text = texts.get(e.source)
    if (text === undefined) return undefined
    let entry = indexed.get(e.source)
    if (!entry) indexed.set(e.source, (entry = indexSourceText(text)))
    if (e.end > entry.length || e.start >= e.end) return undefined
    return entry.text.slice(entry.utf16At[e.start], entry.utf16At[e.end])
  }
  for (const kind of KINDS) {
    records[COLLECTION_OF[kind]].forEach((record, index) => {
      const id = (record as { id: string }).id
      for (const { path, text } of verbatimMismatches(record, resolve)) {
        issues.push(recordIssue(kind, index, id, path, `${JSON.stringify(text)} is not verbatim: it occurs in none of the record's evidence words`))
      }
    })
  }
}

/**
 * Validates a whole dataset and returns it typed, or returns every problem found: record
 * schema errors, duplicate ids, ids that do not resolve (or resolve to the wrong kind),
 * evidence spans that do not match their source text (or end past its length), sources whose
 * text does not match their `sha256`, `length`, `utf16Length` or `normalization`, verbatim text
 * (every `ar`) that is in none of its record's evidence spans (with `checkVerbatim`), location
 * parent chains that loop, redirects that loop or lead nowhere, and options that are not as
 * documented. Every rule runs in one pass, so one call reports every problem (a bad span does not
 * hide a dangling id). A correction that names a record the dataset lacks is a warning (see
 * {@link ParseDatasetOptions.onWarning}), not a problem. Never throws, whatever the input and
 * options; never mutates the input.
 *
 * @example
 * ```ts
 * import { safeParseDataset } from 'syria-counter-isis/schemas'
 * const result = safeParseDataset({ sources: [], actors: [], locations: [], operations: [], quotes: [] })
 * result.success //=> true
 * ```
 */
export function safeParseDataset(input: unknown, options: ParseDatasetOptions = {}): SafeParseResult<Dataset> {
  try {
    return validate(input, options)
  } catch (error) {
    // Belt and braces: a hostile value (a throwing getter, a Proxy) must not make this throw.
    return { success: false, error: new DatasetValidationError('Invalid dataset', [{ path: [], message: `could not be read: ${errorText(error)}` }]) }
  }
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : typeof error
  } catch {
    return 'an exception'
  }
}

function sourceIdsOf(sources: readonly unknown[]): Set<string> {
  const ids = new Set<string>()
  for (const s of sources) if (typeof s === 'object' && s !== null && typeof (s as { id?: unknown }).id === 'string') ids.add((s as { id: string }).id)
  return ids
}

function validate(input: unknown, options: unknown): SafeParseResult<Dataset> {
  const shape = Dataset.safeParse(input)
  if (!shape.success) {
    const optionIssues: DatasetIssue[] = []
    readOptions(options, undefined, optionIssues)
    return { success: false, error: new DatasetValidationError('Invalid dataset', [...optionIssues, ...issuesFromZod(shape.error.issues, undefined, undefined, undefined)]) }
  }
  const issues: DatasetIssue[] = []
  const checked = readOptions(options, sourceIdsOf(shape.data.sources), issues)
  const texts = checked.texts
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
  // One allocation-free walk per record clears its references; only records it does not clear
  // go through referencesOf, which spells out the path of every reference.
  checkReferences(records, kindOf, issues, warnings, findCleanRecords(records, invalid, kindOf))
  checkParentChains(records, issues)
  checkRedirects(records, kindOf, issues)
  if (checked.checkVerbatim === true) checkVerbatim(records, texts, issues)
  checkSourcesAndSpans(records, texts, invalid, issues)
  checkClaims(records, issues)
  checkReadings(records, issues)
  for (const warning of warnings) checked.onWarning?.(warning)
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
