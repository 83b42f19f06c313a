/** Why {@link findSpan} could not build a span. */
export type FindSpanErrorReason = 'empty-phrase' | 'ill-formed-phrase' | 'invalid-option' | 'not-found' | 'ambiguous' | 'no-such-occurrence'

/**
 * Thrown by {@link findSpan} when it cannot build a span, instead of guessing: the phrase is
 * empty (it would "occur" at every position), is not a string or holds a lone surrogate (it
 * could split a character), an option is not a whole number of zero or more, or the phrase is
 * missing, ambiguous, or lacks the requested occurrence. `reason` says which, as data.
 *
 * @example
 * ```ts
 * import { findSpan, FindSpanError } from 'syria-counter-isis'
 * let caught: unknown
 * try {
 *   findSpan('my-source', 'some text', '')
 * } catch (error) {
 *   caught = error
 * }
 * caught instanceof FindSpanError //=> true
 * (caught as FindSpanError).reason //=> 'empty-phrase'
 * ```
 */
export class FindSpanError extends Error {
  /** Which check failed. */
  readonly reason: FindSpanErrorReason
  /** The source the phrase was looked up in. */
  readonly sourceId: string

  constructor(reason: FindSpanErrorReason, sourceId: string, message: string) {
    super(message)
    this.name = 'FindSpanError'
    this.reason = reason
    this.sourceId = sourceId
  }
}
