import { join } from 'node:path'
import { DATA_FILES, readDataFolder } from '../../src/cli/data-folder.js'
import { findSpan } from '../../src/evidence/find-span.js'
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
 * Formats a data folder: anchors spans given only by `exact` (plus `occurrence`), checks the
 * anchored ones, sorts records by id and writes keys in schema order without default values.
 */
export function formatDataFolder(dir: string): FormattedFolder {
  const folder = readDataFolder(dir)
  const errors = [...folder.problems]
  const texts = new Map<string, IndexedSourceText>(Object.entries(folder.sourceTexts).map(([id, text]) => [id, indexSourceText(text)]))

  const anchor = (value: unknown, where: string): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => anchor(item, `${where}[${i}]`))
    if (typeof value !== 'object' || value === null) return value
    const record = value as Record<string, unknown>
    if (typeof record.exact === 'string' && typeof record.source === 'string') {
      const text = texts.get(record.source)
      if (!text) {
        errors.push(`${where}: no text for source "${record.source}"`)
        return value
      }
      if (typeof record.start === 'number') {
        const problem = checkSpan(record as unknown as EvidenceSpan, text)
        if (problem) errors.push(`${where}: ${problem}`)
        return value
      }
      try {
        return findSpan(record.source, text, record.exact, typeof record.occurrence === 'number' ? { occurrence: record.occurrence } : {})
      } catch (error) {
        errors.push(`${where}: ${(error as Error).message}`)
        return value
      }
    }
    return Object.fromEntries(Object.entries(record).map(([key, child]) => [key, anchor(child, `${where}.${key}`)]))
  }

  const files = new Map<string, string>()
  for (const [kind, file] of Object.entries(DATA_FILES) as [RecordKind, string][]) {
    const records = (folder.dataset[COLLECTION_OF[kind]] ?? [])
      .map((record, i) => anchor(record, `${file} ${(record as { id?: string }).id ?? `#${i}`}`))
      .map((record) => canonicalize(RECORD_SCHEMAS[kind], record))
      .sort((a, b) => compareIds((a as { id: string }).id, (b as { id: string }).id))
    files.set(join(dir, file), `${JSON.stringify({ $schema: `./schema/${file.replace('.json', '.schema.json')}`, records }, null, 2)}\n`)
  }
  return { files, errors }
}
