/** What a command produced: text for stdout and the exit code. */
export interface CommandResult {
  readonly output: string
  readonly exitCode: number
}
