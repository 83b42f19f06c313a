import { existsSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { dataset as shipped } from '../../data/index.js'
import { safeParseDataset } from '../../schemas/parse-dataset.js'
import { formatIssue, type DatasetIssue } from '../../schemas/validation-error.js'
import { COLLECTION_OF, RECORD_KINDS, type RecordKind } from '../../schemas/record-kinds.js'
import { DATA_FILES, readDataFolder } from '../data-folder.js'
import { escapeForTerminal } from '../escape-for-terminal.js'
import { readJsonFile } from '../read-input-file.js'
import { correctionProblems, everReleasedIds, readReleaseHistory, releasedIdsWithoutRedirect } from '../release-history.js'
import { silentProgress, type Progress } from '../progress.js'
import { UsageError } from '../usage-error.js'
import type { CommandResult } from './command-result.js'

const COLLECTIONS = Object.values(COLLECTION_OF) as string[]
const KIND_OF_COLLECTION = new Map(Object.entries(COLLECTION_OF).map(([kind, collection]) => [collection, kind as RecordKind]))

const FORMAT_HINT = 'hint: spans written as { "source", "exact" } get their offsets from `npm run data:format` (in a checkout of the repository); run it, then validate again'

// A span written by hand as { source, exact }: the formatter fills in type, start, end, utf16, sha256.
function isUnformattedSpan(issue: DatasetIssue): boolean {
  const at = issue.path.lastIndexOf('evidence')
  if (at < 0 || typeof issue.path[at + 1] !== 'number') return false
  const field = String(issue.path[at + 2])
  return (['start', 'end', 'utf16', 'sha256'].includes(field) && issue.message.includes('received undefined')) || (field === 'type' && issue.message.includes('discriminator'))
}

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

interface Target {
  readonly input: unknown
  readonly note: string
  readonly sourceTexts: Readonly<Record<string, string>>
  /** The file each record kind was read from, to name it in every problem. */
  readonly fileOf: (kind: RecordKind | undefined) => string
  /** Problems found before validation: unreadable files, released ids, corrections. */
  readonly problems: string[]
  /**
   * Whether a warning counts as a problem: a whole dataset must resolve every correction's
   * `affects` (to a record, or to an id a release published and a later one removed).
   */
  readonly isProblem: (warning: DatasetIssue) => boolean
}

/**
 * A JSON file: a whole dataset, or the records of one kind, which replace the shipped records of
 * that kind (so an edited copy of a shipped file is checked as the file that would ship).
 */
function fileTarget(path: string, kindFlag: string | undefined): Target {
  const json = readJson(path)
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && COLLECTIONS.some((c) => c in json)) {
    return { input: json, note: 'a whole dataset', sourceTexts: {}, fileOf: () => path, problems: [], isProblem: () => true }
  }
  const records = Array.isArray(json) ? json : typeof json === 'object' && json !== null ? (json as { records?: unknown }).records : undefined
  if (!Array.isArray(records)) throw new UsageError(`${path}: expected a dataset object, a { "records": [...] } file or an array of records`)
  const kind = kindFromName(path, kindFlag)
  const collection = COLLECTION_OF[kind]
  return {
    input: { ...shipped, [collection]: records },
    note: `${records.length} ${collection} replacing the shipped ${collection}; other kinds from the shipped data; spans checked for consistency only`,
    sourceTexts: {},
    fileOf: (k) => (k === kind ? path : `(shipped ${k === undefined ? 'dataset' : DATA_FILES[k]})`),
    problems: [],
    isProblem: () => true,
  }
}

/** A data folder laid out as the repository's `data/`, with its release history if it has one. */
function folderTarget(dir: string): Target {
  const folder = readDataFolder(dir)
  // A file that cannot be read safely (outside the folder, too large, not UTF-8, not JSON) is a
  // usage error, exit 2: nothing in it is validated, and none of its content is shown.
  if (folder.problems.length > 0) throw new UsageError(folder.problems[0] ?? dir, folder.problems.slice(1))
  const history = readReleaseHistory(dir)
  const corrections = join(dir, DATA_FILES.correction)
  const today = new Date().toISOString().slice(0, 10)
  const released = everReleasedIds(history)
  return {
    input: folder.dataset,
    note: `data folder, ${Object.keys(folder.sourceTexts).length} source text(s) found${history.releases.length > 0 ? `, ${history.releases.length} release(s) on record` : ''}`,
    sourceTexts: folder.sourceTexts,
    fileOf: (kind) => (kind === undefined ? dir : join(dir, DATA_FILES[kind])),
    problems: [
      ...history.problems,
      ...releasedIdsWithoutRedirect(history, folder.dataset),
      ...correctionProblems(folder.dataset.corrections ?? [], history, today, corrections),
    ],
    isProblem: (warning) => {
      const correction = folder.dataset.corrections?.[warning.index ?? -1] as { affects?: unknown[] } | undefined
      const target = correction?.affects?.[Number(warning.path[1])]
      return typeof target !== 'string' || !released.has(target)
    },
  }
}

// How many records the input holds, for the progress line (whatever its shape).
function recordCount(input: unknown): number {
  if (typeof input !== 'object' || input === null) return 0
  return COLLECTIONS.reduce((n, c) => n + (Array.isArray((input as Record<string, unknown>)[c]) ? ((input as Record<string, unknown[]>)[c]?.length ?? 0) : 0), 0)
}

/**
 * `validate [PATH] [--kind KIND]`: checks a data folder or file with the rules of parseDataset
 * and reports every problem in one run, each naming its file, record and field.
 */
export function validateCommand(path: string | undefined, kindFlag: string | undefined, progress: Progress = silentProgress): CommandResult {
  const target = path ?? 'data'
  if (!existsSync(target)) throw new UsageError(`${target}: no such file or folder`)
  progress.step(`reading ${escapeForTerminal(target)}`)
  const { input, note, sourceTexts, fileOf, problems, isProblem } = statSync(target).isDirectory() ? folderTarget(target) : fileTarget(target, kindFlag)
  const records = recordCount(input)
  progress.step(`validating ${records.toLocaleString('en')} records`)
  const warnings: DatasetIssue[] = []
  const result = safeParseDataset(input, { sourceTexts, checkVerbatim: true, onWarning: (issue) => warnings.push(issue) })
  const issues = result.success ? [] : result.error.issues
  const line = (issue: DatasetIssue) => `${fileOf(issue.kind)}: ${formatIssue(issue)}`
  const all = [...problems, ...issues.map(line), ...warnings.filter(isProblem).map(line)]
  if (issues.some(isUnformattedSpan)) all.push(FORMAT_HINT)
  // Problems quote the user's values: escaped, so a record cannot send escape sequences to the terminal.
  const shown = escapeForTerminal(target)
  if (all.length === 0) {
    progress.done(`validated ${records.toLocaleString('en')} records: no problems`)
    return { output: `✓ ${shown}: valid (${note})\n`, exitCode: 0 }
  }
  const count = all.filter((p) => p !== FORMAT_HINT).length
  progress.done(`validated ${records.toLocaleString('en')} records: ${count.toLocaleString('en')} problem${count === 1 ? '' : 's'}`)
  return { output: `✗ ${shown}: ${count} problem${count === 1 ? '' : 's'} (${note})\n${all.map((p) => `  - ${escapeForTerminal(p)}`).join('\n')}\n`, exitCode: 1 }
}
