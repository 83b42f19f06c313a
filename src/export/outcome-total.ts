import type { Operation } from '../schemas/operation.js'
import type { OutcomeKind } from '../schemas/vocabularies.js'
import { countTotal } from '../schemas/count-readings.js'

/** A summed count: `min` and `max` are `null` when no outcome of the kinds is mentioned. */
export interface OutcomeTotal {
  readonly min: number | null
  /** `null` also when one of the counts has no upper bound. */
  readonly max: number | null
}

/**
 * Sums the stated counts of an operation's outcomes of some kinds (e.g. killed and
 * died-of-wounds), each kind counted once: counts of one kind from several sources are readings
 * of one count, spanned from the smallest to the largest. Totals are only as good as the counts:
 * an outcome the source does not mention leaves the total empty, never 0, and one open count
 * ("and others") leaves it without an upper bound.
 *
 * @param operation - the operation
 * @param kinds - the outcome kinds to sum
 * @returns the summed minimum and maximum
 */
export function outcomeTotal(operation: Operation, kinds: readonly OutcomeKind[]): OutcomeTotal {
  return countTotal(operation.outcomes, kinds)
}
