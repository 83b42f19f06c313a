import { join } from 'node:path'
import { DATA_FILES, readDataFolder } from '../../src/cli/data-folder.js'
import { findSpan } from '../../src/evidence/find-span.js'
import { FindSpanError } from '../../src/evidence/find-span-error.js'
import { indexSourceText, type IndexedSourceText } from '../../src/evidence/source-text.js'
import { checkSpan, type EvidenceSpan } from '../../src/evidence/verify-evidence.js'
import { RECORD_SCHEMAS } from '../../src/schemas/dataset.js'
import { COLLECTION_OF, type RecordKind } from '../../src/schemas/record-kinds.js'
import { canonicalize } from './canonical.js'

// Code-unit order, not locale order, so the sort is the same on every machine.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The formatted text of every data file of a folder, or the problems that prevent it. */
export interface FormattedFolder {
  /** File path to formatted JSON text. */
  readonly files: Map<string, string>
  /** Problems (unreadable files, spans that cannot be anchored); nothing should be written then. */
  readonly errors: string[]
}

/**
 * Formats a data folder: anchors spans given only by `exact` (plus `occurrence`) with offsets and
 * `sha256` (drop `exact` afterwards unless the words are the data), checks the anchored ones, sorts records by id and writes keys in schema order without default values.
 */
export function formatDataFolder(dir: string): FormattedFolder {
  const folder = readDataFolder(dir)
  const errors = [...folder.problems]
  const texts = new Map<string, IndexedSourceText>(Object.entries(folder.sourceTexts).map(([id, text]) => [id, indexSourceText(text)]))

  // `record` names the file and record, `field` the path inside it: every problem says all three.
  const anchor = (value: unknown, record: string, field: string): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => anchor(item, record, `${field}[${i}]`))
    if (typeof value !== 'object' || value === null) return value
    const span = value as Record<string, unknown>
    const at = (key: string) => `${record} › ${field ? `${field}.` : ''}${key}`
    const isSpan = span.type === 'span' || (span.type === undefined && typeof span.exact === 'string')
    if (isSpan && typeof span.source === 'string') {
      const text = texts.get(span.source)
      if (!text) {
        errors.push(`${at('source')}: no text for source "${span.source}"`)
        return value
      }
      if (typeof span.start === 'number') {
        const problem = checkSpan(span as unknown as EvidenceSpan, text)
        if (problem) errors.push(`${at('start')}: ${problem}`)
        return value
      }
      if (typeof span.exact !== 'string') {
        errors.push(`${at('start')}: a span needs its offsets, or exact to find them`)
        return value
      }
      try {
        return findSpan(span.source, text, span.exact, typeof span.occurrence === 'number' ? { occurrence: span.occurrence } : {})
      } catch (error) {
        if (!(error instanceof FindSpanError)) throw error
        errors.push(`${at(error.reason === 'invalid-option' ? 'occurrence' : 'exact')}: ${error.message}`)
        return value
      }
    }
    return Object.fromEntries(Object.entries(span).map(([key, child]) => [key, anchor(child, record, field ? `${field}.${key}` : key)]))
  }

  const files = new Map<string, string>()
  for (const [kind, file] of Object.entries(DATA_FILES) as [RecordKind, string][]) {
    const records = (folder.dataset[COLLECTION_OF[kind]] ?? [])
      .map((record, i) => {
        const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined
        return anchor(record, `${file} ${typeof id === 'string' ? JSON.stringify(id) : `#${i}`}`, '')
      })
      .map((record) => canonicalize(RECORD_SCHEMAS[kind], record))
      .sort((a, b) => compareIds((a as { id: string }).id, (b as { id: string }).id))
    files.set(join(dir, file), `${JSON.stringify({ $schema: `./schema/${file.replace('.json', '.schema.json')}`, records }, null, 2)}\n`)
  }
  return { files, errors }
}
