import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { COLLECTION_OF, type RecordKind } from '../schemas/record-kinds.js'

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
  /** Files that could not be read or parsed, one line each, naming the file. */
  readonly problems: string[]
}

/** A JSON file's value, or a one-line problem naming the file: unreadable or not JSON. */
export type JsonFile = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string }

/** Reads and parses a JSON file without throwing, for messages a user can act on. */
export function readJsonFile(path: string): JsonFile {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    return { ok: false, problem: `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})` }
  }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    return { ok: false, problem: `${path}: not valid JSON (${(error as Error).message})` }
  }
}

/**
 * Reads a data folder laid out as the repository's `data/`: one `{ "$schema", "records": [] }`
 * file per kind, plus the source texts that source records name in `file`.
 */
export function readDataFolder(dir: string): DataFolder {
  const problems: string[] = []
  const dataset: Record<string, unknown[]> = {}
  for (const [kind, file] of Object.entries(DATA_FILES) as [RecordKind, string][]) {
    const path = join(dir, file)
    const collection = COLLECTION_OF[kind]
    dataset[collection] = []
    if (!existsSync(path)) {
      if (!OPTIONAL.has(kind)) problems.push(`${path}: missing (every data folder needs ${file})`)
      continue
    }
    const json = readJsonFile(path)
    if (!json.ok) {
      problems.push(json.problem)
      continue
    }
    const records = (json.value as { records?: unknown }).records
    if (!Array.isArray(records)) problems.push(`${path}: expected an object with a "records" array`)
    else dataset[collection] = records
  }
  const sourceTexts: Record<string, string> = {}
  for (const source of dataset.sources ?? []) {
    const { id, file } = source as { id?: unknown; file?: unknown }
    if (typeof id !== 'string' || typeof file !== 'string') continue
    const path = resolve(dir, file)
    if (existsSync(path)) sourceTexts[id] = readFileSync(path, 'utf8')
  }
  return { dataset, sourceTexts, problems }
}
