import { actors, locations } from '../../data/index.js'
import { formatCount } from '../../export/format-count.js'
import { outcomeTotal } from '../../export/outcome-total.js'
import { filterOperations } from '../../query/filter-operations.js'
import { defaultDataset } from '../../query/default-dataset.js'
import { getActor } from '../../query/get-actor.js'
import { getLocation } from '../../query/get-location.js'
import type { OperationCriteria } from '../../query/criteria.js'
import type { Operation } from '../../schemas/operation.js'
import { CERTAINTIES, CORROBORATION_GRADES, FATAL_OUTCOME_KINDS, OPERATION_CATEGORIES, OPERATION_TYPES, PARTICIPANT_ROLES } from '../../schemas/vocabulary-values.js'
import { checkId } from '../check-id.js'
import { UsageError } from '../usage-error.js'
import type { CommandResult } from './command-result.js'
import { choice, countFlag, dateRangeFlags } from './flags.js'
import { readSourceTextFlag } from '../source-text.js'
import { queryFormat, queryOutput, type SourceTextFlags } from './query-output.js'
import { renderTable } from './table.js'

/** Flags of `query operations`, as parsed. */
export interface QueryFlags extends SourceTextFlags {
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly 'date-mode'?: string | undefined
  readonly actor?: string[] | undefined
  readonly role?: string | undefined
  readonly location?: string[] | undefined
  readonly type?: string[] | undefined
  readonly category?: string | undefined
  readonly certainty?: string[] | undefined
  readonly grade?: string[] | undefined
  readonly 'min-killed'?: string | undefined
  readonly 'min-detained'?: string | undefined
  readonly format?: string | undefined
}

const actorIds = actors.map((a) => a.id)
const locationIds = locations.map((l) => l.id)

/** Checks an `--actor` id (live or redirected), with a did-you-mean. */
export function actorFlag(flag: string, id: string): string {
  return checkId(flag, id, actorIds, (x) => getActor(x, defaultDataset()) !== undefined)
}

/** Checks a `--location` id (live or redirected), with a did-you-mean. */
export function locationFlag(flag: string, id: string): string {
  return checkId(flag, id, locationIds, (x) => getLocation(x, defaultDataset()) !== undefined)
}

function criteriaFrom(flags: QueryFlags): OperationCriteria {
  // A role says how the actors given took part; alone it would silently match everything.
  if (flags.role !== undefined && flags.actor === undefined) throw new UsageError('--role needs --actor (the role is the part those actors played)')
  const range = dateRangeFlags(flags)
  const minKilled = countFlag('--min-killed', flags['min-killed'])
  const minDetained = countFlag('--min-detained', flags['min-detained'])
  return {
    ...range,
    ...(flags['date-mode'] ? { dateMode: choice('--date-mode', flags['date-mode'], ['overlaps', 'within'] as const) } : {}),
    ...(flags.actor ? { actors: flags.actor.map((id) => actorFlag('--actor', id)) } : {}),
    ...(flags.role ? { role: choice('--role', flags.role, PARTICIPANT_ROLES) } : {}),
    ...(flags.location ? { locations: flags.location.map((id) => locationFlag('--location', id)) } : {}),
    ...(flags.type ? { types: flags.type.map((t) => choice('--type', t, OPERATION_TYPES)) } : {}),
    ...(flags.category ? { category: choice('--category', flags.category, OPERATION_CATEGORIES) } : {}),
    ...(flags.certainty ? { certainty: flags.certainty.map((c) => choice('--certainty', c, CERTAINTIES)) } : {}),
    ...(flags.grade ? { grade: flags.grade.map((g) => choice('--grade', g, CORROBORATION_GRADES)) } : {}),
    ...(minKilled !== undefined ? { minKilled } : {}),
    ...(minDetained !== undefined ? { minDetained } : {}),
  }
}

function total(op: Operation, kinds: Parameters<typeof outcomeTotal>[1]): string {
  const { min, max } = outcomeTotal(op, kinds)
  return min === null ? '–' : formatCount(min, max)
}

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
  const columns = [{ header: 'date' }, { header: 'id' }, { header: 'place' }, { header: 'types' }, { header: 'killed', numeric: true }, { header: 'detained', numeric: true }, { header: 'title (ar)' }]
  return renderTable(columns, rows, ['operation', 'operations'])
}

/** `query operations [filters] [--format table|csv|json|ndjson]`. */
export function queryOperationsCommand(flags: QueryFlags): CommandResult {
  const format = queryFormat(flags.format)
  // Ids were checked above; the explicit dataset lets them be plain strings.
  const found = filterOperations(criteriaFrom(flags), defaultDataset())
  return { output: queryOutput(format, found, 'operations', table, readSourceTextFlag(flags)), exitCode: 0 }
}
