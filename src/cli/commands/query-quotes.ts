import { operations } from '../../data/index.js'
import { defaultDataset } from '../../query/default-dataset.js'
import { filterQuotes } from '../../query/filter-quotes.js'
import { getActor } from '../../query/get-actor.js'
import { getOperation } from '../../query/get-operation.js'
import type { QuoteCriteria } from '../../query/criteria.js'
import type { Quote } from '../../schemas/quote.js'
import { QUOTE_CHANNELS, QUOTE_MODES } from '../../schemas/vocabulary-values.js'
import { checkId } from '../check-id.js'
import type { CommandResult } from './command-result.js'
import { choice, edtfFlag } from './flags.js'
import { actorFlag, locationFlag } from './query-operations.js'
import { readSourceTextFlag } from '../source-text.js'
import { queryFormat, queryOutput, type SourceTextFlags } from './query-output.js'
import { renderTable } from './table.js'

/** Flags of `query quotes`, as parsed. */
export interface QuoteFlags extends SourceTextFlags {
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly 'date-mode'?: string | undefined
  readonly speaker?: string[] | undefined
  readonly operation?: string[] | undefined
  readonly actor?: string[] | undefined
  readonly location?: string[] | undefined
  readonly topic?: string[] | undefined
  readonly mode?: string[] | undefined
  readonly channel?: string[] | undefined
  readonly format?: string | undefined
}

const operationIds = operations.map((o) => o.id)

function criteriaFrom(flags: QuoteFlags): QuoteCriteria {
  const from = edtfFlag('--from', flags.from)
  const to = edtfFlag('--to', flags.to)
  const about = {
    ...(flags.operation ? { operations: flags.operation.map((id) => checkId('--operation', id, operationIds, (x) => getOperation(x, defaultDataset()) !== undefined)) } : {}),
    ...(flags.actor ? { actors: flags.actor.map((id) => actorFlag('--actor', id)) } : {}),
    ...(flags.location ? { locations: flags.location.map((id) => locationFlag('--location', id)) } : {}),
    ...(flags.topic ? { topics: flags.topic } : {}),
  }
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(flags['date-mode'] ? { dateMode: choice('--date-mode', flags['date-mode'], ['overlaps', 'within'] as const) } : {}),
    ...(flags.speaker ? { speakers: flags.speaker.map((id) => actorFlag('--speaker', id)) } : {}),
    ...(Object.keys(about).length > 0 ? { about } : {}),
    ...(flags.mode ? { modes: flags.mode.map((m) => choice('--mode', m, QUOTE_MODES)) } : {}),
    ...(flags.channel ? { channels: flags.channel.map((c) => choice('--channel', c, QUOTE_CHANNELS)) } : {}),
  }
}

function table(quotes: readonly Quote[]): string {
  const rows = quotes.map((q) => [q.date ?? '–', q.id, getActor(q.speaker, defaultDataset())?.name.en ?? q.speaker, q.mode, q.text.en, q.text.ar ?? ''])
  const columns = [{ header: 'date' }, { header: 'id' }, { header: 'speaker' }, { header: 'mode' }, { header: 'quote (en)', maxWidth: 60 }, { header: 'quote (ar)' }]
  return renderTable(columns, rows, ['quote', 'quotes'])
}

/** `query quotes [--speaker ID] [--operation ID] [--actor ID] [--location ID] [--topic T] [--from] [--to] [--format]`. */
export function queryQuotesCommand(flags: QuoteFlags): CommandResult {
  const format = queryFormat(flags.format)
  const found = filterQuotes(criteriaFrom(flags), defaultDataset())
  return { output: queryOutput(format, found, 'quotes', table, readSourceTextFlag(flags)), exitCode: 0 }
}
