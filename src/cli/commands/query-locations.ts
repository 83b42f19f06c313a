import { locations } from '../../data/index.js'
import { defaultDataset } from '../../query/default-dataset.js'
import { searchLocations } from '../../query/search-locations.js'
import type { Location } from '../../schemas/location.js'
import type { CommandResult } from './command-result.js'
import { readSourceTextFlag } from '../source-text.js'
import { queryFormat, queryOutput, type SourceTextFlags } from './query-output.js'
import { renderTable } from './table.js'

function table(found: readonly Location[]): string {
  const rows = found.map((l) => [l.id, l.kind, l.parent?.location ?? '', l.coordinates ? `${l.coordinates.lat}, ${l.coordinates.lon}` : '', l.name.en, l.name.ar ?? ''])
  const columns = [{ header: 'id' }, { header: 'kind' }, { header: 'in' }, { header: 'lat, lon' }, { header: 'name (en)' }, { header: 'name (ar)' }]
  return renderTable(columns, rows, ['place', 'places'])
}

/** `query locations [TEXT] [--format]`: every place, or those whose name or alias matches TEXT (Arabic-aware). */
export function queryLocationsCommand(text: string | undefined, flags: { readonly format?: string | undefined } & SourceTextFlags): CommandResult {
  const format = queryFormat(flags.format)
  const found = text === undefined ? [...locations] : searchLocations(text, defaultDataset())
  return { output: queryOutput(format, found, 'locations', table, readSourceTextFlag(flags)), exitCode: 0 }
}
