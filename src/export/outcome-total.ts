import type { Operation } from '../schemas/operation.js'
import type { OutcomeKind } from '../schemas/vocabularies.js'

/** A summed count: `min` and `max` are `null` when no outcome of the kinds is mentioned. */
export interface OutcomeTotal {
  readonly min: number | null
  /** `null` also when one of the counts has no upper bound. */
  readonly max: number | null
}

/**
 * Sums the stated counts of an operation's outcomes of some kinds (e.g. killed and
 * died-of-wounds). Totals are only as good as the counts: an outcome the source does not
 * mention leaves the total empty, never 0, and one open count ("and others") leaves it without
 * an upper bound.
 *
 * @param operation - the operation
 * @param kinds - the outcome kinds to sum
 * @returns the summed minimum and maximum
 */
export function outcomeTotal(operation: Operation, kinds: readonly OutcomeKind[]): OutcomeTotal {
  const counted = operation.outcomes.filter((o) => kinds.includes(o.kind))
  if (counted.length === 0) return { min: null, max: null }
  let min = 0
  let max: number | null = 0
  for (const o of counted) {
    min += o.count?.min ?? 0
    max = max === null || o.count === undefined || o.count.max === null ? null : max + o.count.max
  }
  return { min, max }
}
