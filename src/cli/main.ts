import { parseArgs, type ParseArgsConfig } from 'node:util'
import { DATASET_RELEASE_DATE, DATASET_VERSION } from '../data/index.js'
import type { CommandResult } from './commands/command-result.js'
import { exportCommand } from './commands/export.js'
import { queryActorsCommand } from './commands/query-actors.js'
import { queryLocationsCommand } from './commands/query-locations.js'
import { queryOperationsCommand } from './commands/query-operations.js'
import { queryQuotesCommand } from './commands/query-quotes.js'
import { timelineCommand } from './commands/timeline.js'
import { validateCommand } from './commands/validate.js'
import { progressLine } from './progress.js'
import { escapeForTerminal } from './escape-for-terminal.js'
import { HELP } from './help.js'
import { UsageError } from './usage-error.js'

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  from: { type: 'string' },
  to: { type: 'string' },
  by: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  kind: { type: 'string' },
  'date-mode': { type: 'string' },
  actor: { type: 'string', multiple: true },
  role: { type: 'string' },
  location: { type: 'string', multiple: true },
  type: { type: 'string', multiple: true },
  certainty: { type: 'string', multiple: true },
  grade: { type: 'string', multiple: true },
  category: { type: 'string' },
  'min-killed': { type: 'string' },
  'min-detained': { type: 'string' },
  speaker: { type: 'string', multiple: true },
  operation: { type: 'string', multiple: true },
  topic: { type: 'string', multiple: true },
  mode: { type: 'string', multiple: true },
  channel: { type: 'string', multiple: true },
  all: { type: 'boolean' },
  bom: { type: 'boolean' },
  'escape-formulas': { type: 'boolean' },
  force: { type: 'boolean' },
  'source-text': { type: 'string' },
  article: { type: 'string' },
} satisfies ParseArgsConfig['options']

// Which flags each command accepts, so a flag of another command is a clear error, not ignored.
const ACCEPTS: Readonly<Record<string, readonly string[]>> = {
  timeline: ['from', 'to', 'by', 'category', 'format', 'source-text', 'article'],
  'query operations': ['from', 'to', 'date-mode', 'actor', 'role', 'location', 'type', 'category', 'certainty', 'grade', 'min-killed', 'min-detained', 'format', 'source-text', 'article'],
  'query quotes': ['from', 'to', 'date-mode', 'speaker', 'operation', 'actor', 'location', 'topic', 'mode', 'channel', 'format', 'source-text', 'article'],
  'query actors': ['format', 'source-text', 'article'],
  'query locations': ['format', 'source-text', 'article'],
  export: ['format', 'all', 'out', 'bom', 'escape-formulas', 'force'],
  validate: ['kind'],
}

const QUERIES = ['operations', 'quotes', 'actors', 'locations']

function parse(argv: readonly string[]) {
  try {
    const parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true })
    // parseArgs keeps the last of a repeated single-value flag; two answers to one question is a mistake.
    const seen = new Set<string>()
    for (const token of parsed.tokens) {
      if (token.kind !== 'option' || (OPTIONS[token.name as keyof typeof OPTIONS] as { multiple?: boolean }).multiple === true) continue
      if (seen.has(token.name)) throw new UsageError(`--${token.name} was given more than once; give it once`)
      seen.add(token.name)
    }
    return parsed
  } catch (error) {
    if (error instanceof UsageError) throw error
    const code = (error as { code?: string }).code
    const option = /'([^']+)'/.exec((error as Error).message)?.[1]
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${option ?? ''}`.trim())
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`option ${option?.split(' ')[0] ?? ''} needs a value`.replace('  ', ' '))
    throw new UsageError((error as Error).message.split('.')[0] ?? 'invalid arguments')
  }
}

/** Runs the CLI on the given arguments and returns what to print and the exit code. */
export function run(argv: readonly string[]): CommandResult {
  const { values, positionals } = parse(argv)
  if (values.version) return { output: `syria-counter-isis ${DATASET_VERSION} (dataset released ${DATASET_RELEASE_DATE})\n`, exitCode: 0 }
  const [command, ...rest] = positionals
  if (values.help || command === undefined || command === 'help') return { output: HELP, exitCode: command === undefined && !values.help ? 2 : 0 }
  if (command === 'query' && !QUERIES.includes(rest[0] ?? '')) throw new UsageError(`expected "query ${QUERIES.join('|')}"; got "query ${rest.join(' ')}"`.trimEnd())
  const name = command === 'query' ? `query ${rest[0] ?? ''}` : command
  const accepted = ACCEPTS[name]
  if (!accepted) throw new UsageError(`unknown command "${command}" (commands: timeline, query ${QUERIES.join('|')}, export, validate)`)
  const stray = Object.keys(values).filter((flag) => !accepted.includes(flag))
  if (stray.length > 0) throw new UsageError(`${name} does not take --${stray[0]}`)
  switch (command) {
    case 'timeline':
      if (rest.length > 0) throw new UsageError(`timeline takes no arguments; got "${rest[0]}"`)
      return timelineCommand(values)
    case 'query': {
      const [what, ...terms] = rest
      if (what === 'actors' || what === 'locations') {
        if (terms.length > 1) throw new UsageError(`query ${what} takes one search TEXT (quote it if it has spaces); got ${terms.length}`)
        return what === 'actors' ? queryActorsCommand(terms[0], values) : queryLocationsCommand(terms[0], values)
      }
      if (terms.length > 0) throw new UsageError(`query ${what ?? ''} takes no arguments; got "${terms[0]}"`)
      return what === 'quotes' ? queryQuotesCommand(values) : queryOperationsCommand(values)
    }
    case 'export':
      if (rest.length > 0) throw new UsageError(`export takes no arguments; got "${rest[0]}"`)
      return exportCommand(values, progressLine())
    default:
      if (rest.length > 1) throw new UsageError(`validate takes one PATH; got ${rest.length}`)
      return validateCommand(rest[0], values.kind, progressLine())
  }
}

const PROGRAM = 'syria-counter-isis'

// A reader that stops early (`| head`) is no error: stop quietly. A full disk or an I/O error is
// one line on stderr, exit 3, never an unhandled 'error' event with a stack trace.
function outputFailed(error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EPIPE') process.exit(process.exitCode ?? 0)
  writeTo(process.stderr, `${PROGRAM}: cannot write the output (${escapeForTerminal(code ?? String(error))})\n`)
  process.exit(3)
}

function writeTo(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text)
  } catch (error) {
    // Writes to a file or device (e.g. /dev/full) fail synchronously; stderr's own failure has nowhere to go.
    if (stream === process.stdout) outputFailed(error)
  }
}

function main(): void {
  process.stdout.on('error', outputFailed)
  process.stderr.on('error', () => {})
  let result: CommandResult
  try {
    result = run(process.argv.slice(2))
  } catch (error) {
    // Messages quote what the user typed or what a file holds: escaped, so no escape sequence reaches the terminal.
    if (error instanceof UsageError) {
      process.exitCode = 2
      writeTo(process.stderr, `${PROGRAM}: ${error.lines.map(escapeForTerminal).join('\n')}\nRun "${PROGRAM} --help" for usage.\n`)
    } else {
      process.exitCode = 3
      const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      writeTo(process.stderr, `${PROGRAM}: unexpected error (${escapeForTerminal(what)}); this is a bug, please report it\n`)
    }
    return
  }
  process.exitCode = result.exitCode
  writeTo(result.exitCode === 2 ? process.stderr : process.stdout, result.output)
}

main()
