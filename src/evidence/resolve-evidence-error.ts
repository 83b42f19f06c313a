/** Why {@link resolveEvidence} could not give a span's words. */
export type ResolveEvidenceErrorReason = 'not-a-span' | 'no-text' | 'out-of-range' | 'hash-mismatch' | 'exact-mismatch' | 'utf16-mismatch' | 'no-hash-function'

/**
 * Thrown by {@link resolveEvidence} and {@link resolveRecordEvidence} when the words of a span
 * cannot be given with certainty: the evidence is not a span of a full-text source, no text was
 * given for its source, its offsets fall outside the text, or the words found there are not the
 * ones the span pins (by `sha256`, `exact` or `utf16`), which means the text is another copy
 * than the one the offsets refer to. `reason` says which, as data; the message names the
 * source, the offsets and, in records, the path of the span.
 *
 * @example
 * ```ts
 * import { resolveEvidence, ResolveEvidenceError } from 'syria-counter-isis'
 * let caught: unknown
 * try {
 *   resolveEvidence({ type: 'span', source: 's', start: 0, end: 40, utf16: { start: 0, end: 40 } }, 'short text')
 * } catch (error) {
 *   caught = error
 * }
 * caught instanceof ResolveEvidenceError //=> true
 * (caught as ResolveEvidenceError).reason //=> 'out-of-range'
 * ```
 */
export class ResolveEvidenceError extends Error {
  /** Which check failed. */
  readonly reason: ResolveEvidenceErrorReason
  /** The source the span points to. */
  readonly sourceId: string

  constructor(reason: ResolveEvidenceErrorReason, sourceId: string, message: string) {
    super(message)
    this.name = 'ResolveEvidenceError'
    this.reason = reason
    this.sourceId = sourceId
  }
}
