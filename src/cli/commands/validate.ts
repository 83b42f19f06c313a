import { existsSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { dataset as shipped } from '../../data/index.js'
import { safeParseDataset } from '../../schemas/parse-dataset.js'
import { formatIssue } from '../../schemas/validation-error.js'
import { COLLECTION_OF, RECORD_KINDS, type RecordKind } from '../../schemas/record-kinds.js'
import { readDataFolder } from '../data-folder.js'
import { escapeForTerminal } from '../escape-for-terminal.js'
import { readJsonFile } from '../read-input-file.js'
import { parseReleasedIds, releasedIdProblems } from '../released-ids.js'
import { UsageError } from '../usage-error.js'
import type { CommandResult } from './command-result.js'

const COLLECTIONS = Object.values(COLLECTION_OF) as string[]
const KIND_OF_COLLECTION = new Map(Object.entries(COLLECTION_OF).map(([kind, collection]) => [collection, kind as RecordKind]))

function readJson(path: string): unknown {
  const json = readJsonFile(path)
  if (!json.ok) throw new UsageError(json.problem)
  return json.value
}

function kindFromName(path: string, flag: string | undefined): RecordKind {
  if (flag !== undefined) {
    const kind = RECORD_KINDS.find((k) => k === flag || COLLECTION_OF[k] === flag)
    if (!kind) throw new UsageError(`--kind must be one of ${RECORD_KINDS.join(', ')}; got "${flag}"`)
    return kind
  }
  const stem = basename(path).replace(/\.json$/, '').toLowerCase()
  const kind = [...KIND_OF_COLLECTION].find(([collection]) => stem === collection || stem.endsWith(`-${collection}`) || stem.endsWith(`_${collection}`))?.[1]
  if (!kind) throw new UsageError(`${path}: cannot tell which kind of records it holds; name it e.g. operations.json or pass --kind operation`)
  return kind
}

/** The dataset to validate for a JSON file: on its own, or merged into the shipped data. */
function datasetFromFile(path: string, kindFlag: string | undefined): { input: unknown; note: string; offset?: { kind: RecordKind; by: number } } {
  const json = readJson(path)
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && COLLECTIONS.some((c) => c in json)) {
    return { input: json, note: 'a whole dataset' }
  }
  const records = Array.isArray(json) ? json : typeof json === 'object' && json !== null ? (json as { records?: unknown }).records : undefined
  if (!Array.isArray(records)) throw new UsageError(`${path}: expected a dataset object, a { "records": [...] } file or an array of records`)
  const kind = kindFromName(path, kindFlag)
  const collection = COLLECTION_OF[kind]
  return {
    input: { ...shipped, [collection]: [...shipped[collection], ...records] },
    note: `${records.length} ${collection} checked with the shipped data`,
    // The user's records follow the shipped ones; report their positions in the user's file.
    offset: { kind, by: shipped[collection].length },
  }
}

/** `validate [PATH] [--kind KIND]`: checks a data folder or file with the rules of parseDataset. */
export function validateCommand(path: string | undefined, kindFlag: string | undefined): CommandResult {
  const target = path ?? 'data'
  if (!existsSync(target)) throw new UsageError(`${target}: no such file or folder`)
  let input: unknown
  let sourceTexts: Record<string, string> = {}
  let note: string
  let releaseProblems: string[] = []
  let offset: { kind: RecordKind; by: number } | undefined
  if (statSync(target).isDirectory()) {
    const folder = readDataFolder(target)
    if (folder.problems.length > 0) throw new UsageError(folder.problems[0] ?? target)
    input = folder.dataset
    sourceTexts = folder.sourceTexts
    note = `data folder, ${Object.keys(sourceTexts).length} source text(s) found`
    const releasedPath = join(target, 'release-ids.json')
    const released = readJsonFile(releasedPath, { within: target })
    if (released.ok) releaseProblems = releasedIdProblems(parseReleasedIds(released.value, releasedPath), folder.dataset)
    else if (!released.missing) throw new UsageError(released.problem)
  } else {
    ;({ input, note, offset } = datasetFromFile(target, kindFlag))
  }
  const result = safeParseDataset(input, { sourceTexts })
  const issues = result.success ? [] : result.error.issues.map((issue) => (offset && issue.kind === offset.kind && issue.index !== undefined ? { ...issue, index: issue.index - offset.by } : issue))
  // Problems quote the user's values: escaped, so a record cannot send escape sequences to the terminal.
  const problems = [...issues.map(formatIssue), ...releaseProblems].map(escapeForTerminal)
  const shown = escapeForTerminal(target)
  if (problems.length === 0) return { output: `✓ ${shown}: valid (${note})\n`, exitCode: 0 }
  return { output: `✗ ${shown}: ${problems.length} problem${problems.length === 1 ? '' : 's'} (${note})\n${problems.map((p) => `  - ${p}`).join('\n')}\n`, exitCode: 1 }
}
