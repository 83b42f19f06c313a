import { actors } from '../../data/index.js'
import { defaultDataset } from '../../query/default-dataset.js'
import { searchActors } from '../../query/search-actors.js'
import type { Actor } from '../../schemas/actor.js'
import type { CommandResult } from './command-result.js'
import { readSourceTextFlag } from '../source-text.js'
import { queryFormat, queryOutput, type SourceTextFlags } from './query-output.js'
import { renderTable } from './table.js'

function table(found: readonly Actor[]): string {
  const rows = found.map((a) => [a.id, a.kind, a.name.en, a.name.ar ?? ''])
  return renderTable([{ header: 'id' }, { header: 'kind' }, { header: 'name (en)' }, { header: 'name (ar)' }], rows, ['actor', 'actors'])
}

/** `query actors [TEXT] [--format]`: every actor, or those whose name or alias matches TEXT (Arabic-aware). */
export function queryActorsCommand(text: string | undefined, flags: { readonly format?: string | undefined } & SourceTextFlags): CommandResult {
  const format = queryFormat(flags.format)
  const found = text === undefined ? [...actors] : searchActors(text, defaultDataset())
  return { output: queryOutput(format, found, 'actors', table, readSourceTextFlag(flags)), exitCode: 0 }
}
