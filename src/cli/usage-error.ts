/**
 * A mistake in how the command was called (bad flag, unknown id, unreadable file): reported as
 * one line on stderr with exit code 2, never as a stack trace.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
