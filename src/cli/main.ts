import { parseArgs, type ParseArgsConfig } from 'node:util'
import { DATASET_RELEASE_DATE, DATASET_VERSION } from '../data/index.js'
import type { CommandResult } from './commands/command-result.js'
import { exportCommand } from './commands/export.js'
import { queryOperationsCommand } from './commands/query-operations.js'
import { timelineCommand } from './commands/timeline.js'
import { validateCommand } from './commands/validate.js'
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
  'min-killed': { type: 'string' },
  'min-detained': { type: 'string' },
} satisfies ParseArgsConfig['options']

// Which flags each command accepts, so a flag of another command is a clear error, not ignored.
const ACCEPTS: Readonly<Record<string, readonly string[]>> = {
  timeline: ['from', 'to', 'by', 'format'],
  query: ['from', 'to', 'date-mode', 'actor', 'role', 'location', 'type', 'certainty', 'min-killed', 'min-detained', 'format'],
  export: ['format', 'out'],
  validate: ['kind'],
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
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
  const accepted = ACCEPTS[command]
  if (!accepted) throw new UsageError(`unknown command "${command}" (commands: timeline, query operations, export, validate)`)
  const stray = Object.keys(values).filter((flag) => !accepted.includes(flag))
  if (stray.length > 0) throw new UsageError(`${command} does not take --${stray[0]}`)
  switch (command) {
    case 'timeline':
      if (rest.length > 0) throw new UsageError(`timeline takes no arguments; got "${rest[0]}"`)
      return timelineCommand(values)
    case 'query':
      if (rest[0] !== 'operations' || rest.length > 1) throw new UsageError(`expected "query operations"; got "query ${rest.join(' ')}"`.trimEnd())
      return queryOperationsCommand(values)
    case 'export':
      if (rest.length > 0) throw new UsageError(`export takes no arguments; got "${rest[0]}"`)
      return exportCommand(values)
    default:
      if (rest.length > 1) throw new UsageError(`validate takes one PATH; got ${rest.length}`)
      return validateCommand(rest[0], values.kind)
  }
}

function main(): void {
  try {
    const { output, exitCode } = run(process.argv.slice(2))
    ;(exitCode === 2 ? process.stderr : process.stdout).write(output)
    process.exitCode = exitCode
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`syria-counter-isis: ${error.message}\nRun "syria-counter-isis --help" for usage.\n`)
    process.exitCode = 2
  }
}

main()
