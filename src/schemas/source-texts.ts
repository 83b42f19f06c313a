import { checkSpan, evidenceOf, isSpan } from '../evidence/verify-evidence.js'
import { nodeSha256 } from '../evidence/sha256.js'
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

const LONE_SURROGATE = /[\uD800-\uDFFF]/u

interface SourceShape {
  readonly id: string
  readonly kind: string
  readonly sha256: string
  readonly length: number
  readonly utf16Length: number
  readonly normalization: string
}

// Which kind of source each evidence type points into.
/** @internal Exported for `createDataset`'s fast path. */
export const KIND_OF_TYPE: Readonly<Record<string, string>> = { span: 'full-text', fingerprint: 'report', reference: 'reference' }
const ARTICLE: Readonly<Record<string, string>> = { span: 'a span', fingerprint: 'a fingerprint', reference: 'a reference' }

/**
 * Checks each full-text source against its text, when given (SHA-256 of the UTF-8 bytes,
 * code-point and UTF-16 lengths, normalisation form), then every evidence: its type must match
 * the kind of its source (span → full-text, fingerprint → report, reference → reference), and a
 * span is checked against the text when it is given (offsets, `sha256` of its words, `exact`),
 * else against the source's recorded `length` and `utf16Length`, so a span past the end of its
 * source is caught even without the text.
 *
 * @internal
 */
export function checkSourcesAndSpans(records: Readonly<Record<string, readonly unknown[]>>, texts: ReadonlyMap<string, string>, invalid: ReadonlySet<unknown>, issues: DatasetIssue[]): void {
  const indexed = new Map<string, IndexedSourceText>()
  const sources = new Map<string, SourceShape>()
  const sha256 = texts.size > 0 ? nodeSha256() : undefined
  ;(records.sources as readonly SourceShape[]).forEach((source, index) => {
    // A source that failed its schema has no trustworthy fields to check a text against.
    if (invalid.has(source) || typeof source.id !== 'string') return
    sources.set(source.id, source)
    const text = texts.get(source.id)
    if (text === undefined) return
    if (source.kind !== 'full-text') {
      issues.push({ origin: 'options', path: ['sourceTexts'], message: `${JSON.stringify(source.id)} is a ${source.kind} source: only full-text sources have a text to check spans against` })
      return
    }
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
  for (const kind of Object.keys(COLLECTION_OF) as RecordKind[]) {
    records[COLLECTION_OF[kind]]?.forEach((record, index) => {
      const id = (record as { id: string }).id
      for (const { path, evidence } of evidenceOf(record)) {
        // In a record that failed its schema, only spans that are well formed can be checked.
        if (invalid.has(record) && !Evidence.safeParse(evidence).success) continue
        const source = sources.get(evidence.source)
        const type = evidence.type ?? 'span'
        if (source && KIND_OF_TYPE[type] !== undefined && source.kind !== KIND_OF_TYPE[type]) {
          issues.push({ kind, index, recordId: id, path: [...path, 'type'], message: `${ARTICLE[type]} evidence needs a ${KIND_OF_TYPE[type]} source, but "${source.id}" is a ${source.kind} source` })
          continue
        }
        if (!isSpan(evidence)) continue
        const text = indexed.get(evidence.source)
        let message: string | undefined
        if (text) message = checkSpan(evidence, text)
        else if (texts.has(evidence.source)) message = undefined // the text itself was refused above
        else if (source && evidence.end > source.length) message = `end ${evidence.end} is past the end of the source (${source.length} code points)`
        else if (source && evidence.utf16.end > source.utf16Length) message = `utf16.end ${evidence.utf16.end} is past the end of the source (${source.utf16Length} UTF-16 code units)`
        if (message) issues.push({ kind, index, recordId: id, path, message })
      }
    })
  }
}
