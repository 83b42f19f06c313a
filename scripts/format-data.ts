/**
 * Maintainers' formatter for the canonical data (`npm run data:format [DIR]`):
 * 1. anchors every evidence span that has only `exact` (and `occurrence` when the phrase occurs
 *    more than once): fills `start`/`end`, `utf16`, `prefix`, `suffix` from the source text;
 * 2. checks spans that already have offsets, and stops if one no longer matches;
 * 3. writes each file sorted by id, in schema key order, without default-valued fields.
 * Problems (file, record and field each) are listed and nothing is written; never a stack trace.
 */
import { writeFileSync } from 'node:fs'
import { escapeForTerminal } from '../src/cli/escape-for-terminal.js'
import { formatDataFolder } from './lib/format-data-folder.js'
import { DATA_DIR } from './lib/paths.js'

try {
  const { files, errors } = formatDataFolder(process.argv[2] ?? DATA_DIR)
  if (errors.length > 0) {
    console.error(`Nothing written: ${errors.length} problem(s)\n${errors.map(escapeForTerminal).join('\n')}`)
    process.exit(1)
  }
  for (const [path, json] of files) writeFileSync(path, json)
  console.log(`Formatted ${files.size} files`)
} catch (error) {
  // Nothing is written before every file is formatted, so a failure leaves the data as it was.
  console.error(`Nothing written: ${escapeForTerminal(error instanceof Error ? `${error.name}: ${error.message}` : String(error))}`)
  process.exit(1)
}
