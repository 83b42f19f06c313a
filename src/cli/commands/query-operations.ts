import { actors, dataset, locations } from '../../data/index.js'
import { CSV_TABLES } from '../../export/csv-tables.js'
import { formatCount } from '../../export/format-count.js'
import { formatCsv } from '../../export/format-csv.js'
import { outcomeTotal } from '../../export/outcome-total.js'
import { toTables } from '../../export/to-tables.js'
import { filterOperations } from '../../query/filter-operations.js'
import { fitWidth } from '../../render/fit-width.js'
import { displayWidth } from '../../render/display-width.js'
import { defaultDataset } from '../../query/default-dataset.js'
import { getActor } from '../../query/get-actor.js'
import { getLocation } from '../../query/get-location.js'
import type { OperationCriteria } from '../../query/criteria.js'
import type { Operation } from '../../schemas/operation.js'
import { CERTAINTIES, FATAL_OUTCOME_KINDS, OPERATION_TYPES, PARTICIPANT_ROLES } from '../../schemas/vocabulary-values.js'
import { checkId } from '../check-id.js'
import { UsageError } from '../usage-error.js'
import type { CommandResult } from './command-result.js'
import { choice, countFlag, dateRangeFlags } from './flags.js'

/** Flags of `query operations`, as parsed. */
export interface QueryFlags {
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly 'date-mode'?: string | undefined
  readonly actor?: string[] | undefined
  readonly role?: string | undefined
  readonly location?: string[] | undefined
  readonly type?: string[] | undefined
  readonly certainty?: string[] | undefined
  readonly 'min-killed'?: string | undefined
  readonly 'min-detained'?: string | undefined
  readonly format?: string | undefined
}

const actorIds = actors.map((a) => a.id)
const locationIds = locations.map((l) => l.id)

function criteriaFrom(flags: QueryFlags): OperationCriteria {
  if (flags.role && !flags.actor) throw new UsageError('--role needs --actor: it narrows how the actors given take part')
  const range = dateRangeFlags(flags)
  const minKilled = countFlag('--min-killed', flags['min-killed'])
  const minDetained = countFlag('--min-detained', flags['min-detained'])
  return {
    ...range,
    ...(flags['date-mode'] ? { dateMode: choice('--date-mode', flags['date-mode'], ['overlaps', 'within'] as const) } : {}),
    ...(flags.actor ? { actors: flags.actor.map((id) => checkId('--actor', id, actorIds, (x) => getActor(x, defaultDataset()) !== undefined)) } : {}),
    ...(flags.role ? { role: choice('--role', flags.role, PARTICIPANT_ROLES) } : {}),
    ...(flags.location ? { locations: flags.location.map((id) => checkId('--location', id, locationIds, (x) => getLocation(x, defaultDataset()) !== undefined)) } : {}),
    ...(flags.type ? { types: flags.type.map((t) => choice('--type', t, OPERATION_TYPES)) } : {}),
    ...(flags.certainty ? { certainty: flags.certainty.map((c) => choice('--certainty', c, CERTAINTIES)) } : {}),
    ...(minKilled !== undefined ? { minKilled } : {}),
    ...(minDetained !== undefined ? { minDetained } : {}),
  }
}

function total(op: Operation, kinds: Parameters<typeof outcomeTotal>[1]): string {
  const { min, max } = outcomeTotal(op, kinds)
  return min === null ? '–' : formatCount(min, max)
}

// Arabic goes last on each line: a terminal that applies the bidi algorithm can then reorder
// it without moving the aligned columns before it.
function table(operations: readonly Operation[]): string {
  const rows = operations.map((op) => [
    op.date,
    op.id,
    getLocation(op.location, defaultDataset())?.name.en ?? op.location,
    op.types.join(', '),
    total(op, FATAL_OUTCOME_KINDS),
    total(op, ['detained']),
    op.title.ar ?? '',
  ])
  const header = ['date', 'id', 'place', 'types', 'killed', 'detained', 'title (ar)']
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))))
  const line = (cells: readonly string[]) =>
    cells.map((cell, c) => (c === cells.length - 1 ? cell : c >= 4 && c <= 5 ? ' '.repeat((widths[c] ?? 0) - displayWidth(cell)) + cell : fitWidth(cell, widths[c] ?? 0))).join('  ').trimEnd()
  const rule = widths.map((w, c) => (c === widths.length - 1 ? '─'.repeat(Math.min(w, 10)) : '─'.repeat(w))).join('  ')
  return [line(header), rule, ...rows.map(line), '', `${operations.length} operation${operations.length === 1 ? '' : 's'}`].join('\n')
}

function csv(operations: readonly Operation[]): string {
  const ids = new Set(operations.map((op) => op.id))
  const columns = CSV_TABLES.operations.columns.map((c) => c.name)
  const rows = toTables(dataset).operations.filter((row) => ids.has(String(row.id)))
  return formatCsv(columns, rows.map((row) => columns.map((c) => (row as Record<string, string | number | boolean | null>)[c] ?? null)))
}

/** `query operations [filters] [--format table|csv|json|ndjson]`. */
export function queryOperationsCommand(flags: QueryFlags): CommandResult {
  const format = choice('--format', flags.format ?? 'table', ['table', 'csv', 'json', 'ndjson'] as const)
  // Ids were checked above; the explicit dataset lets them be plain strings.
  const found = filterOperations(criteriaFrom(flags), defaultDataset())
  const output =
    format === 'table' ? `${table(found)}\n` : format === 'csv' ? csv(found) : format === 'json' ? `${JSON.stringify(found, null, 2)}\n` : found.map((op) => `${JSON.stringify(op)}\n`).join('')
  return { output, exitCode: 0 }
}
