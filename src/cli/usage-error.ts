/**
 * A mistake in how the command was called (bad flag, unknown id, unreadable file): reported as
 * one line on stderr with exit code 2, never as a stack trace. Several unreadable files give one
 * line each (`lines`), each escaped on its own, so no value can forge a line of its own.
 */
export class UsageError extends Error {
  readonly lines: readonly string[]

  constructor(message: string, more: readonly string[] = []) {
    super([message, ...more].join('\n'))
    this.name = 'UsageError'
    this.lines = [message, ...more]
  }
}
