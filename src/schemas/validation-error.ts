import type * as z from 'zod/mini'
import { COLLECTION_OF, type RecordKind } from './record-kinds.js'

/** One problem found while validating a record or a dataset. */
export interface DatasetIssue {
  /** `options` when the problem is in the options passed to `parseDataset`, not in the data. */
  readonly origin?: 'options'
  /** Kind of the record at fault, when the problem is in one record. */
  readonly kind?: RecordKind
  /** Position of the record in its collection. */
  readonly index?: number
  /** Id of the record at fault, when it has a readable id. */
  readonly recordId?: string
  /** Path of the field inside the record (or inside the dataset when no record applies). */
  readonly path: readonly PropertyKey[]
  /** What is wrong: expected versus found. */
  readonly message: string
}

/** Formats a field path the way JavaScript would access it: `participants[1].actor`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

/**
 * Formats one issue as a line naming the record and the field, as error messages and the CLI
 * print it.
 *
 * @example
 * ```ts
 * import { formatIssue } from 'syria-counter-isis/schemas'
 * formatIssue({ kind: 'operation', index: 2, recordId: 'my-op', path: ['participants', 0, 'actor'], message: 'unknown actor id "x"' })
 * //=> 'operations[2] "my-op" › participants[0].actor: unknown actor id "x"'
 * ```
 */
export function formatIssue(issue: DatasetIssue): string {
  const where =
    issue.kind !== undefined
      ? `${issue.index !== undefined ? `${COLLECTION_OF[issue.kind]}[${issue.index}]` : issue.kind}${issue.recordId !== undefined ? ` "${issue.recordId}"` : ''}`
      : issue.origin === 'options'
        ? 'options'
        : 'dataset'
  const field = formatPath(issue.path)
  return `${where}${field ? ` › ${field}` : ''}: ${issue.message}`
}

/**
 * Thrown by the `parse*` helpers: one error for all problems found, whose message lists each
 * with its record id and field path. `issues` holds them as data.
 *
 * @example
 * ```ts
 * import { parseActor, DatasetValidationError } from 'syria-counter-isis/schemas'
 * let caught: unknown
 * try {
 *   parseActor({ id: 'Tom Barrack' })
 * } catch (error) {
 *   caught = error
 * }
 * caught instanceof DatasetValidationError //=> true
 * (caught as DatasetValidationError).issues[0]?.path //=> ['id']
 * ```
 */
export class DatasetValidationError extends Error {
  /** Every problem found, in the order found. */
  readonly issues: readonly DatasetIssue[]

  constructor(summary: string, issues: readonly DatasetIssue[]) {
    const lines = issues.map((issue) => `  - ${formatIssue(issue)}`)
    super(`${summary} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`)
    this.name = 'DatasetValidationError'
    this.issues = issues
  }
}

/** Turns Zod issues of one record into dataset issues that name the record. */
export function issuesFromZod(zodIssues: readonly z.core.$ZodIssue[], kind: RecordKind | undefined, index: number | undefined, input: unknown): DatasetIssue[] {
  const id = typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string' ? (input as { id: string }).id : undefined
  return zodIssues.map((issue) => ({
    ...(kind !== undefined ? { kind } : {}),
    ...(index !== undefined ? { index } : {}),
    ...(id !== undefined ? { recordId: id } : {}),
    path: issue.path,
    message: issue.message,
  }))
}
