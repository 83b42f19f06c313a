import { createHash } from 'node:crypto'
import { exportFiles, type ExportFormat } from '../../export/export-files.js'
import { escapeForTerminal } from '../escape-for-terminal.js'
import { silentProgress, type Progress } from '../progress.js'
import { UsageError } from '../usage-error.js'
import { writeFiles } from '../write-files.js'
import type { CommandResult } from './command-result.js'
import { choice } from './flags.js'

/** Flags of `export`, as parsed. */
export interface ExportFlags {
  readonly format?: string | undefined
  readonly all?: boolean | undefined
  readonly out?: string | undefined
  readonly bom?: boolean | undefined
  readonly 'escape-formulas'?: boolean | undefined
  readonly force?: boolean | undefined
}

const FORMATS = ['csv', 'ndjson', 'geojson', 'json-schema'] as const

function formatsFrom(flags: ExportFlags): readonly (typeof FORMATS)[number][] {
  if (flags.all === true) {
    if (flags.format !== undefined) throw new UsageError('give either --format or --all, not both')
    return FORMATS
  }
  if (flags.format === undefined) throw new UsageError(`export needs --format (one or more of ${FORMATS.join(', ')}, comma-separated) or --all`)
  const formats = flags.format.split(',').map((f) => choice('--format', f.trim(), FORMATS))
  return FORMATS.filter((f) => formats.includes(f))
}

/** `export --format csv,ndjson,... | --all --out DIR [--bom] [--escape-formulas] [--force]`: writes the files and lists them. */
export function exportCommand(flags: ExportFlags, progress: Progress = silentProgress): CommandResult {
  const formats = formatsFrom(flags)
  if (flags.out === undefined) throw new UsageError('export needs --out DIR (the folder to write into)')
  if (!formats.includes('csv') && flags.bom === true) throw new UsageError('--bom applies to CSV files; add csv to --format')
  if (!formats.includes('csv') && flags['escape-formulas'] === true) throw new UsageError('--escape-formulas applies to CSV files; add csv to --format')
  // CSV comes with its Frictionless descriptor, which types and links the tables for R, pandas and frictionless-py.
  const families: ExportFormat[] = formats.flatMap((f): ExportFormat[] => (f === 'csv' ? ['csv', 'datapackage'] : [f]))
  progress.step(`building ${formats.join(', ')}`)
  const files = exportFiles(undefined, {
    formats: families,
    bom: flags.bom === true,
    escapeFormulas: flags['escape-formulas'] === true,
    sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
  })
  progress.step(`writing ${files.size.toLocaleString('en')} files to ${escapeForTerminal(flags.out)}`)
  const written = writeFiles(flags.out, files, flags.force === true)
  const bytes = [...files.values()].reduce((n, content) => n + Buffer.byteLength(content), 0)
  progress.done(`exported ${written.length.toLocaleString('en')} files, ${(bytes / 1e6).toFixed(1)} MB`)
  return { output: `Wrote ${written.length} file${written.length === 1 ? '' : 's'} (${formats.join(', ')}):\n${written.map((w) => `  ${escapeForTerminal(w)}`).join('\n')}\n`, exitCode: 0 }
}
