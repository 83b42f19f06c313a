import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { exportFiles } from '../../export/export-files.js'
import { escapeForTerminal } from '../escape-for-terminal.js'
import { UsageError } from '../usage-error.js'
import type { CommandResult } from './command-result.js'
import { choice } from './flags.js'

/** Flags of `export`, as parsed. */
export interface ExportFlags {
  readonly format?: string | undefined
  readonly out?: string | undefined
}

/** `export --format csv|ndjson|geojson --out DIR`: writes the files and lists them. */
export function exportCommand(flags: ExportFlags): CommandResult {
  if (flags.format === undefined) throw new UsageError('export needs --format csv, ndjson or geojson')
  if (flags.out === undefined) throw new UsageError('export needs --out DIR (the folder to write into)')
  const format = choice('--format', flags.format, ['csv', 'ndjson', 'geojson'] as const)
  // CSV comes with its Frictionless descriptor, which types and links the tables for R, pandas and frictionless-py.
  const files = exportFiles(undefined, { formats: format === 'csv' ? ['csv', 'datapackage'] : [format], sha256: (bytes) => createHash('sha256').update(bytes).digest('hex') })
  const written: string[] = []
  for (const [path, content] of files) {
    const target = join(flags.out, path)
    try {
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, content)
    } catch (error) {
      throw new UsageError(`cannot write ${target} (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    }
    written.push(target)
  }
  return { output: `Wrote ${written.length} file${written.length === 1 ? '' : 's'} (${format}):\n${written.map((w) => `  ${escapeForTerminal(w)}`).join('\n')}\n`, exitCode: 0 }
}
