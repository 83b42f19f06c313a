import type { Count } from '../schemas/count.js'
import type { Outcome } from '../schemas/operation.js'

/**
 * The count that spans every reading of one outcome: outcomes of one kind from different
 * sources or voices are the readings of its count, and the reconciled count runs from the
 * smallest `min` to the largest `max` (open, `null`, when any reading is open-ended). Outcomes
 * without a count (seized items) are skipped.
 *
 * @param outcomes - the outcomes of one kind, e.g. an operation's `killed` outcomes
 * @returns the reconciled count, or `undefined` when no outcome has a count
 * @throws RangeError when the outcomes are of different kinds (a death toll and a number of
 *   arrests are not readings of one count)
 *
 * @example
 * ```ts
 * import { reconciledCount, getOperation } from 'syria-counter-isis'
 * const outcomes = getOperation('2025-07-al-bab-airborne-landing')!.outcomes
 * reconciledCount(outcomes.filter((o) => o.kind === 'killed')) //=> { min: 3, max: 3 }
 * const readings = [{ kind: 'killed', count: { min: 2, max: 2 } }, { kind: 'killed', count: { min: 3, max: null } }] as const
 * reconciledCount(readings) //=> { min: 2, max: null }
 * reconciledCount([]) //=> undefined
 * ```
 */
export function reconciledCount(outcomes: readonly Pick<Outcome, 'kind' | 'count'>[]): Count | undefined {
  let min = Infinity
  let max: number | null = -Infinity
  const kinds = new Set<string>()
  for (const { kind, count } of outcomes) {
    kinds.add(kind)
    if (count === undefined) continue
    min = Math.min(min, count.min)
    max = max === null || count.max === null ? null : Math.max(max, count.max)
  }
  if (kinds.size > 1) throw new RangeError(`reconciledCount needs outcomes of one kind; got ${[...kinds].join(', ')}`)
  return min === Infinity ? undefined : Object.freeze({ min, max })
}
