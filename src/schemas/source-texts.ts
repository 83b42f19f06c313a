import { checkSpan, evidenceOf, type EvidenceSpan } from '../evidence/verify-evidence.js'
import type { CleanRecords } from './clean-records.js'
import { indexSourceText, type IndexedSourceText } from '../evidence/source-text.js'
import { Evidence } from './evidence.js'
import { COLLECTION_OF, type RecordKind } from './record-kinds.js'
import { isPlainObject } from './plain-object.js'
import type { DatasetIssue } from './validation-error.js'

/**
 * The options of `parseDataset`, checked rather than trusted: a caller's typo (`sourceText`),
 * a `Map` or a bare string where a plain object belongs, a text that is not a string, or a text
 * for a source the dataset does not have would otherwise skip checks without a word.
 */

const OPTION_KEYS: ReadonlySet<string> = new Set(['sourceTexts', 'onWarning', 'checkVerbatim'])

function optionIssue(path: readonly PropertyKey[], message: string): DatasetIssue {
  return { origin: 'options', path, message }
}

/** What a value is, in words, for "expected X, got Y" messages; never throws. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (value instanceof Map) return 'a Map'
  if (value instanceof Set) return 'a Set'
  if (typeof value !== 'object') return `a ${typeof value}`
  try {
    const proto: unknown = Object.getPrototypeOf(value)
    if (proto === null || proto === Object.prototype) return 'a plain object'
    const name: unknown = (proto as { constructor?: { name?: unknown } }).constructor?.name
    return typeof name === 'string' && /^[A-Za-z_$][\w$]{0,60}$/.test(name) ? `a ${name} object` : 'an object that is not a plain object'
  } catch {
    return 'an object that cannot be inspected'
  }
}

/** `parseDataset`'s options, read once and checked. */
export interface CheckedOptions {
  readonly texts: Map<string, string>
  readonly onWarning: ((issue: DatasetIssue) => void) | undefined
  readonly checkVerbatim: boolean
}

/**
 * Reads `parseDataset`'s options once (so a getter cannot answer differently later) and returns
 * them checked, pushing an issue for everything that is not as documented.
 *
 * @internal
 * @param options - the options as passed, of any type
 * @param sourceIds - the ids of the dataset's source records, to catch a text for no source
 */
export function readOptions(options: unknown, sourceIds: ReadonlySet<string> | undefined, issues: DatasetIssue[]): CheckedOptions {
  const none: CheckedOptions = { texts: new Map(), onWarning: undefined, checkVerbatim: false }
  if (options === undefined) return none
  if (!isPlainObject(options)) {
    issues.push(optionIssue([], `expected an options object such as { sourceTexts }, got ${describeValue(options)}`))
    return none
  }
  for (const key of Reflect.ownKeys(options)) {
    if (typeof key !== 'string' || !OPTION_KEYS.has(key)) issues.push(optionIssue([], `unknown option ${JSON.stringify(String(key))}; the options are ${[...OPTION_KEYS].map((k) => `"${k}"`).join(', ')}`))
  }
  const onWarning: unknown = options.onWarning
  if (onWarning !== undefined && typeof onWarning !== 'function') issues.push(optionIssue(['onWarning'], `expected a function, got ${describeValue(onWarning)}`))
  const checkVerbatim: unknown = options.checkVerbatim
  if (checkVerbatim !== undefined && typeof checkVerbatim !== 'boolean') issues.push(optionIssue(['checkVerbatim'], `expected true or false, got ${describeValue(checkVerbatim)}`))
  return {
    texts: readSourceTexts(options.sourceTexts, sourceIds, issues),
    onWarning: typeof onWarning === 'function' ? (onWarning as (issue: DatasetIssue) => void) : undefined,
    checkVerbatim: checkVerbatim === true,
  }
}

function readSourceTexts(given: unknown, sourceIds: ReadonlySet<string> | undefined, issues: DatasetIssue[]): Map<string, string> {
  const texts = new Map<string, string>()
  if (given === undefined) return texts
  if (!isPlainObject(given)) {
    issues.push(optionIssue(['sourceTexts'], `expected a plain object of texts keyed by source id, got ${describeValue(given)}`))
    return texts
  }
  for (const key of Reflect.ownKeys(given)) {
    if (typeof key !== 'string') {
      issues.push(optionIssue(['sourceTexts'], `keys are source ids; found the symbol ${JSON.stringify(String(key))}`))
      continue
    }
    const text: unknown = given[key]
    if (sourceIds && !sourceIds.has(key)) issues.push(optionIssue(['sourceTexts'], `${JSON.stringify(key)} is not the id of a source in the dataset`))
    else if (typeof text !== 'string') issues.push(optionIssue(['sourceTexts'], `the text for ${JSON.stringify(key)} is ${describeValue(text)}, expected a string`))
    else texts.set(key, text)
  }
  return texts
}

type Sha256 = (text: string) => string

// node:crypto is reached through process.getBuiltinModule (Node 20.16+), so the schemas still
// bundle for a browser; where there is no Node, the hash is reported as not checked, never skipped.
function nodeSha256(): Sha256 | undefined {
  const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule
  const crypto = typeof getBuiltinModule === 'function' ? (getBuiltinModule('node:crypto') as typeof import('node:crypto') | undefined) : undefined
  if (crypto === undefined) return undefined
  return (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex')
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/u

interface SourceShape {
  readonly id: string
  readonly sha256: string
  readonly length: number
  readonly utf16Length: number
  readonly normalization: string
}

/** What the span checks need about the sources: their indexed texts and recorded lengths. */
export interface SourceContext {
  readonly texts: ReadonlyMap<string, string>
  readonly indexed: ReadonlyMap<string, IndexedSourceText>
  readonly sources: ReadonlyMap<string, SourceShape>
}

/**
 * Checks each source record against its text, when given (SHA-256 of the UTF-8 bytes, code-point
 * and UTF-16 lengths, normalisation form), and indexes the texts for the span checks.
 *
 * @internal
 */
export function checkSources(records: Readonly<Record<string, readonly unknown[]>>, texts: ReadonlyMap<string, string>, invalid: ReadonlySet<unknown>, issues: DatasetIssue[]): SourceContext {
  const indexed = new Map<string, IndexedSourceText>()
  const sources = new Map<string, SourceShape>()
  const sha256 = texts.size > 0 ? nodeSha256() : undefined
  ;(records.sources as readonly SourceShape[]).forEach((source, index) => {
    // A source that failed its schema has no trustworthy fields to check a text against.
    if (invalid.has(source) || typeof source.id !== 'string') return
    sources.set(source.id, source)
    const text = texts.get(source.id)
    if (text === undefined) return
    const issue = (field: string, message: string): void => {
      issues.push({ kind: 'source', index, recordId: source.id, path: [field], message })
    }
    const lone = LONE_SURROGATE.exec(text)
    if (lone) {
      issues.push({ origin: 'options', path: ['sourceTexts'], message: `the text for ${JSON.stringify(source.id)} has a lone surrogate at UTF-16 offset ${lone.index}: it is not well-formed Unicode` })
      return
    }
    const entry = indexSourceText(text)
    indexed.set(source.id, entry)
    if (sha256 === undefined) issue('sha256', 'cannot check the text: this runtime has no node:crypto (Node 20.16 or later)')
    else {
      const digest = sha256(text)
      if (digest !== source.sha256) issue('sha256', `the text's SHA-256 is ${digest}, not ${source.sha256}`)
    }
    if (entry.length !== source.length) issue('length', `the text has ${entry.length} code points, not ${source.length}`)
    if (text.length !== source.utf16Length) issue('utf16Length', `the text has ${text.length} UTF-16 code units, not ${source.utf16Length}`)
    if (text.normalize(source.normalization as 'NFC') !== text) issue('normalization', `the text is not in ${source.normalization}: normalise it, then find the spans again`)
  })
  return { texts, indexed, sources }
}

/**
 * What is wrong with one well-formed span: against its source's text when given, else against
 * the source's recorded `length` and `utf16Length`, so a span past the end of its source is
 * caught even without the text. `undefined` when nothing is.
 *
 * @internal
 */
export function spanProblem(evidence: EvidenceSpan, context: SourceContext): string | undefined {
  const text = context.indexed.get(evidence.source)
  if (text) return checkSpan(evidence, text)
  if (context.texts.has(evidence.source)) return undefined // the text itself was refused by checkSources
  const source = context.sources.get(evidence.source)
  if (source && evidence.end > source.length) return `end ${evidence.end} is past the end of the source (${source.length} code points)`
  if (source && evidence.utf16.end > source.utf16Length) return `utf16.end ${evidence.utf16.end} is past the end of the source (${source.utf16Length} UTF-16 code units)`
  return undefined
}

/**
 * Checks every evidence span of every record with {@link spanProblem}. Records marked in `clean`
 * (by `findCleanRecords`, whose walk already found every span of theirs matching) are skipped.
 *
 * @internal
 */
export function checkSpans(records: Readonly<Record<string, readonly unknown[]>>, context: SourceContext, invalid: ReadonlySet<unknown>, issues: DatasetIssue[], clean?: CleanRecords): void {
  for (const kind of Object.keys(COLLECTION_OF) as RecordKind[]) {
    const skip = clean?.[kind]
    records[COLLECTION_OF[kind]]?.forEach((record, index) => {
      if (skip?.[index] === 1) return
      const id = (record as { id: string }).id
      for (const { path, evidence } of evidenceOf(record)) {
        // In a record that failed its schema, only spans that are well formed can be checked.
        if (invalid.has(record) && !Evidence.safeParse(evidence).success) continue
        const message = spanProblem(evidence, context)
        if (message) issues.push({ kind, index, recordId: id, path, message })
      }
    })
  }
}
