import { countGroups } from '../schemas/count-readings.js'
import type { Count } from '../schemas/count.js'

/**
 * What {@link reconciledCount} reads of a claim: an outcome's `kind` or a figure's `measure` and
 * `label`, its count and, where given, the actors it names, who asserts it and the sources of
 * its evidence (a claim without `assertedBy` or `evidence` is an account of its own). Outcome
 * and figure records have these fields, and so does any plain object of that shape.
 */
export interface ReconciledClaim {
  /** An outcome's kind (`killed`); given instead of `measure`. */
  readonly kind?: string | undefined
  /** A figure's measure (`targets-struck`); given instead of `kind`. */
  readonly measure?: string | undefined
  /** A figure's label: figures of one measure with different labels are different numbers. */
  readonly label?: { readonly en: string } | undefined
  /** The count as stated; a claim without one is skipped. */
  readonly count?: Count | undefined
  /** The people or groups an outcome names: its group. */
  readonly actors?: readonly string[] | undefined
  /** Who asserts it. */
  readonly assertedBy?: string | undefined
  /** Its evidence: only each one's `source` is read. */
  readonly evidence?: readonly { readonly source: string }[] | undefined
}

const keyOf = (claim: ReconciledClaim): string =>
  claim.measure !== undefined ? `figure ${claim.measure}${claim.label === undefined ? '' : ` "${claim.label.en}"`}` : String(claim.kind)

/**
 * The one count of an outcome kind (or of a figure) that every reading of it allows, by the
 * dataset's one count rule (the rule the exports' totals, `minKilled` and the grades use):
 *
 * 1. Outcomes naming a common actor are about one **group** of people (transitively); those
 *    naming no actor form the unnamed group. A figure's group is its `measure` and `label`.
 * 2. An **account** is what one asserter says in one set of sources. Within one account, the
 *    outcomes of one group add up; different groups always add up.
 * 3. Across accounts, the readings of one group are readings of one count and **span** it, from
 *    the smallest `min` to the largest `max` (open when one is open). A reading naming only some
 *    of the actors another names (two of three dead, named) is a part and is left out.
 * 4. The groups' counts are then **added**: CENTCOM's three Americans killed, SANA's attacker
 *    killed and a third source's three Americans make 4.
 *
 * Figures are never added to outcomes, and figures of one measure with different labels (a
 * first flight, a planned ceiling) are different numbers. Claims without a count (items seized,
 * not counted) are skipped.
 *
 * @param claims - outcomes of one kind (e.g. an operation's `killed` outcomes) or figures of
 *   one measure and label
 * @returns the count, or `undefined` when no claim has a count
 * @throws RangeError when the claims are of different kinds, measures or labels, or mix
 *   outcomes with figures (a death toll and a number of arrests are not readings of one count)
 *
 * @example
 * ```ts
 * import { reconciledCount, getOperation } from 'syria-counter-isis'
 * const outcomes = getOperation('2025-07-al-bab-airborne-landing')!.outcomes
 * reconciledCount(outcomes.filter((o) => o.kind === 'killed')) //=> { min: 3, max: 3 }
 * const readings = [{ kind: 'killed', count: { min: 2, max: 2 } }, { kind: 'killed', count: { min: 3, max: null } }] as const
 * reconciledCount(readings) //=> { min: 2, max: null }
 * reconciledCount([]) //=> undefined
 *
 * // Two groups of one kind add up; readings of one group span.
 * const evidence = (source: string) => [{ type: 'reference', source, quote: 'example' }] as const
 * const palmyra = [
 *   { kind: 'killed', actors: ['us-soldier-a', 'us-soldier-b', 'interpreter'], count: { min: 3, max: 3 }, assertedBy: 'centcom', evidence: evidence('centcom-statement') },
 *   { kind: 'killed', actors: ['attacker'], count: { min: 1, max: 1 }, assertedBy: 'sana', evidence: evidence('sana-report') },
 *   { kind: 'killed', actors: ['us-soldier-a', 'us-soldier-b', 'interpreter'], count: { min: 3, max: 3 }, assertedBy: 'reporter', evidence: evidence('wire-report') },
 * ] as const
 * reconciledCount(palmyra) //=> { min: 4, max: 4 }
 * reconciledCount([{ measure: 'targets-struck', count: { min: 35, max: 35 } }, { measure: 'targets-struck', count: { min: 36, max: null } }]) //=> { min: 35, max: null }
 * ```
 */
export function reconciledCount(claims: readonly ReconciledClaim[]): Count | undefined {
  const keys = new Set(claims.map(keyOf))
  if (keys.size > 1) throw new RangeError(`reconciledCount needs outcomes of one kind or figures of one measure and label; got ${[...keys].join(', ')}`)
  const groups = countGroups(claims)
  if (groups.length === 0) return undefined
  let min = 0
  let max: number | null = 0
  for (const { count } of groups) {
    min += count.min
    max = max === null || count.max === null ? null : max + count.max
  }
  return Object.freeze({ min, max })
}
