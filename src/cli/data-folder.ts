import { isAbsolute, join } from 'node:path'
import { COLLECTION_OF, type RecordKind } from '../schemas/record-kinds.js'
import { formatIssue } from '../schemas/validation-error.js'
import { readInputText, readJsonFile } from './read-input-file.js'

/** The file of each record kind in a data folder. */
export const DATA_FILES: Readonly<Record<RecordKind, string>> = {
  source: 'sources.json',
  actor: 'actors.json',
  location: 'locations.json',
  operation: 'operations.json',
  quote: 'quotes.json',
  correction: 'corrections.json',
  redirect: 'redirects.json',
}

// Corrections and redirects start empty, so a folder may leave them out.
const OPTIONAL: ReadonlySet<RecordKind> = new Set(['correction', 'redirect'])

/** What was read from a data folder: the raw dataset, the source texts found, and problems. */
export interface DataFolder {
  /** Records by collection, as read (not yet validated). */
  readonly dataset: Record<string, unknown[]>
  /** Source texts by source id, for sources whose `file` exists. */
  readonly sourceTexts: Record<string, string>
  /** Files that could not be read or parsed, one line each, naming the file (and record and field). */
  readonly problems: string[]
}

/**
 * Why a source's `file` may not be read, or `undefined` when it is a plain relative path: the
 * text must lie inside the data folder, so absolute paths, `..` steps and odd characters are
 * refused before anything touches the disk (symbolic links out are caught when reading).
 */
function unsafeFilePath(file: string): string | undefined {
  if (file === '') return 'is empty'
  if (/[\u0000-\u001f\u007f]/.test(file)) return 'contains a control character'
  if (isAbsolute(file) || /^[\\/]/.test(file) || /^[A-Za-z]:/.test(file)) return 'is an absolute path; give a path relative to the data folder'
  if (file.split(/[\\/]/).includes('..')) return 'climbs out with ".."; give a path inside the data folder'
  return undefined
}

/**
 * Reads a data folder laid out as the repository's `data/`: one `{ "$schema", "records": [] }`
 * file per kind, plus the source texts that source records name in `file`. Nothing outside the
 * folder is read: every file goes through the CLI's one reader, confined to the folder.
 */
export function readDataFolder(dir: string): DataFolder {
  const problems: string[] = []
  const dataset: Record<string, unknown[]> = {}
  for (const [kind, file] of Object.entries(DATA_FILES) as [RecordKind, string][]) {
    const path = join(dir, file)
    const collection = COLLECTION_OF[kind]
    dataset[collection] = []
    const json = readJsonFile(path, { within: dir })
    if (!json.ok) {
      if (!json.missing) problems.push(json.problem)
      else if (!OPTIONAL.has(kind)) problems.push(`${path}: missing (every data folder needs ${file})`)
      continue
    }
    const value = json.value
    const records = typeof value === 'object' && value !== null ? (value as { records?: unknown }).records : undefined
    if (!Array.isArray(records)) problems.push(`${path}: expected an object with a "records" array`)
    else dataset[collection] = records
  }
  const sourceTexts: Record<string, string> = {}
  for (const [index, source] of (dataset.sources ?? []).entries()) {
    if (typeof source !== 'object' || source === null) continue
    const { id, file } = source as { id?: unknown; file?: unknown }
    if (typeof id !== 'string' || typeof file !== 'string') continue
    const where = (message: string) => `${join(dir, DATA_FILES.source)}: ${formatIssue({ kind: 'source', index, recordId: id, path: ['file'], message })}`
    const unsafe = unsafeFilePath(file)
    if (unsafe !== undefined) {
      problems.push(where(`${JSON.stringify(file)} ${unsafe}; not read`))
      continue
    }
    const text = readInputText(join(dir, file), { within: dir })
    if (text.ok) sourceTexts[id] = text.text
    // A source whose text is not in the folder is validated without it, as before.
    else if (!text.missing) problems.push(where(text.problem))
  }
  return { dataset, sourceTexts, problems }
}
