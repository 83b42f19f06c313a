/**
 * Maintainers' formatter for the canonical data (`npm run data:format [DIR]`):
 * 1. anchors every evidence span that has only `exact` (and `occurrence` when the phrase occurs
 *    more than once): fills `type`, `start`/`end`, `utf16` and `sha256` from the source text;
 * 2. checks spans that already have offsets, and stops if one no longer matches;
 * 3. writes each file sorted by id, in schema key order, without default-valued fields.
 * Problems (file, record and field each) are listed and nothing is written; never a stack trace.
 */
import { closeSync, constants, lstatSync, openSync, writeSync } from 'node:fs'
import { escapeForTerminal } from '../src/cli/escape-for-terminal.js'
import { formatDataFolder } from './lib/format-data-folder.js'
import { DATA_DIR } from './lib/paths.js'

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

function fail(problems: readonly string[]): never {
  console.error(`Nothing written: ${problems.length} problem(s)\n${problems.map(escapeForTerminal).join('\n')}`)
  process.exit(1)
}

let formatted: ReturnType<typeof formatDataFolder>
try {
  formatted = formatDataFolder(process.argv[2] ?? DATA_DIR)
} catch (error) {
  fail([error instanceof Error ? `${error.name}: ${error.message}` : String(error)])
}
const { files, errors } = formatted
// A data file that is a symbolic link (even a dangling one) would be written through: refuse it.
const links = [...files.keys()].filter(isSymbolicLink).map((path) => `${path}: a symbolic link; not written through`)
if (errors.length + links.length > 0) fail([...errors, ...links])
for (const [path, json] of files) {
  // O_NOFOLLOW: a link made since the check is not followed either.
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW)
  try {
    writeSync(fd, json)
  } finally {
    closeSync(fd)
  }
}
console.log(`Formatted ${files.size} files`)
