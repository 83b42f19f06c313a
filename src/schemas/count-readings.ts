// The one count rule: how the counts several sources give of one outcome kind (or of one figure)
// combine into one count and when they disagree. The exports' totals, the query index's
// `minKilled`/`minDetained`, `reconciledCount` and the corroboration grade all read it here.

/** A count as the rule reads it: `max` null when open ("at least 3"). */
export interface CountBounds {
  readonly min: number
  readonly max: number | null
}

/**
 * What the count rule reads of a claim with a count (an outcome or a figure): its count, the
 * actors it names, who asserts it and where. A claim without `assertedBy` or `evidence` is an
 * account of its own.
 */
export interface CountedClaim {
  readonly count?: CountBounds | undefined
  readonly actors?: readonly string[] | undefined
  readonly assertedBy?: string | undefined
  readonly evidence?: readonly { readonly source: string }[] | undefined
}

/** What {@link countTotal} reads of an outcome: its kind, and what {@link CountedClaim} reads. */
export interface CountedOutcome extends CountedClaim {
  readonly kind: string
}

/** One account's reading of one group: what one voice says in one set of sources. */
export interface GroupReading {
  /** The account: the asserter and the sorted sources, `\u0000`-joined. */
  readonly account: string
  /** Its outcomes' counts in the group, added. */
  readonly count: CountBounds
  /** The actors its outcomes name, sorted. */
  readonly actors: readonly string[]
  /** It names only some of the actors another reading of the group names: a part, not a reading of the group's count. */
  readonly partial: boolean
}

/** The readings of one group of people (or of one figure) and the count they give. */
export interface CountGroup {
  /** Every actor the group's claims name, sorted; `[]` for the unnamed group. */
  readonly actors: readonly string[]
  /** One reading per account, in first-claim order. */
  readonly readings: readonly GroupReading[]
  /** The span of the whole (not partial) readings: smallest `min` to largest `max`, open if one is open. */
  readonly count: CountBounds
  /** Two whole readings cannot both hold (their intervals share no number). */
  readonly disagrees: boolean
}

/** A total: `null` bounds when no counted claim is recorded; `max` null when open. */
export interface CountTotal {
  readonly min: number | null
  readonly max: number | null
}

function accountOf(claim: CountedClaim, position: number): string {
  if (claim.assertedBy === undefined || claim.evidence === undefined) return `\u0001${position}`
  return [claim.assertedBy, ...[...new Set(claim.evidence.map((e) => e.source))].sort()].join('\u0000')
}

/** Whether two claims are one account (what {@link accountOf} keys), without building the keys. */
function sameAccount(a: CountedClaim, b: CountedClaim): boolean {
  if (a.assertedBy === undefined || a.evidence === undefined || b.evidence === undefined || a.assertedBy !== b.assertedBy) return false
  const has = (list: readonly { readonly source: string }[], source: string): boolean => list.some((e) => e.source === source)
  return a.evidence.every((e) => has(b.evidence!, e.source)) && b.evidence.every((e) => has(a.evidence!, e.source))
}

const add = (a: CountBounds, b: CountBounds): CountBounds => ({ min: a.min + b.min, max: a.max === null || b.max === null ? null : a.max + b.max })
const holdTogether = (a: CountBounds, b: CountBounds): boolean => (a.max === null || b.min <= a.max) && (b.max === null || a.min <= b.max)

/**
 * The groups the counted claims of **one** outcome kind (or of one figure measure and label)
 * fall into, with each group's readings, count and whether they disagree. The rule:
 *
 * 1. **Groups.** Claims naming a common actor are about one group of people (transitively:
 *    `[a, b]` and `[b, c]` are one group); claims naming no actor form the unnamed group.
 *    Place and date do not split a group. Figures name no actors: each `(measure, label)` is one
 *    group.
 * 2. **Accounts.** An account is what one asserter says in one set of sources (the same
 *    asserter in another set of sources is another account). Within one account, claims of one
 *    group add up (the ministry's "one killed" and "two killed" in one statement are three).
 * 3. **Partial readings.** An account's reading that names only some of the actors another
 *    reading of the group names (a strict subset: a unit naming two of its own dead where
 *    others name three) is a part of the group, not a reading of its count: it is left out of
 *    the span and of the comparison.
 * 4. **Spans.** Across accounts, the whole readings of one group are readings of one count: the
 *    group's count runs from the smallest `min` to the largest `max` (open when one is open),
 *    and they disagree when two of them cannot both hold (`{35, 35}` and `{36, null}`: "35" and
 *    "more than 35" targets; `{2, 2}` and `{3, null}` do not hold together either, while
 *    `{2, null}` and `{3, 3}` do).
 *
 * Claims without a count (items seized, not counted) are skipped. See {@link countTotal} for
 * how the groups then add up.
 *
 * @internal
 * @param claims - claims of one kind (or figures of one measure and label)
 * @returns the groups, in order of their first claim
 */
export function countGroups(claims: readonly CountedClaim[]): CountGroup[] {
  const counted = claims.filter((c): c is CountedClaim & { count: CountBounds } => c.count !== undefined)
  // Union-find over claims sharing an actor; unnamed claims join one root of their own.
  const parent = counted.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const byActor = new Map<string, number>()
  let unnamed: number | undefined
  counted.forEach((c, i) => {
    const actors = c.actors ?? []
    if (actors.length === 0) {
      if (unnamed === undefined) unnamed = i
      else parent[find(i)] = find(unnamed)
    }
    for (const actor of actors) {
      const seen = byActor.get(actor)
      if (seen === undefined) byActor.set(actor, i)
      else if (find(seen) !== find(i)) parent[find(i)] = find(seen)
    }
  })
  const groups = new Map<number, Map<string, { count: CountBounds; actors: Set<string> }>>()
  counted.forEach((c, i) => {
    const root = find(i)
    const accounts = groups.get(root) ?? new Map<string, { count: CountBounds; actors: Set<string> }>()
    groups.set(root, accounts)
    const account = accountOf(c, i)
    const reading = accounts.get(account)
    if (reading === undefined) accounts.set(account, { count: c.count, actors: new Set(c.actors ?? []) })
    else {
      reading.count = add(reading.count, c.count)
      for (const a of c.actors ?? []) reading.actors.add(a)
    }
  })
  // First-claim order: the Map keeps roots in the order their first claim was seen.
  return [...groups.values()].map((accounts) => {
    const raw = [...accounts].map(([account, r]) => ({ account, count: r.count, actors: [...r.actors].sort() }))
    const strictlyInside = (a: readonly string[], b: readonly string[]) => a.length < b.length && a.every((x) => b.includes(x))
    const readings: GroupReading[] = raw.map((r) => Object.freeze({ ...r, actors: Object.freeze(r.actors), partial: raw.some((o) => strictlyInside(r.actors, o.actors)) }))
    const whole = readings.filter((r) => !r.partial)
    let min = Infinity
    let max: number | null = -Infinity
    for (const r of whole) {
      min = Math.min(min, r.count.min)
      max = max === null || r.count.max === null ? null : Math.max(max, r.count.max)
    }
    let disagrees = false
    for (let i = 0; i < whole.length && !disagrees; i++) for (let j = i + 1; j < whole.length; j++) if (!holdTogether(whole[i]!.count, whole[j]!.count)) disagrees = true
    const actors = [...new Set(readings.flatMap((r) => r.actors))].sort()
    return Object.freeze({ actors: Object.freeze(actors), readings: Object.freeze(readings), count: Object.freeze({ min, max }), disagrees })
  })
}

/**
 * The total of some outcome kinds of one operation, by the count rule of {@link countGroups}:
 * for each kind, the groups' counts are added (3 Americans killed and the attacker killed are
 * 4, however many sources give each); then the kinds' totals are added (killed and
 * died-of-wounds). Readings of one group are spanned, never added, so CENTCOM's "three killed"
 * beside the article's "three killed" stay three. Figures are never part of it.
 *
 * The unnamed group (claims naming no actor) may be the same people as a named group another
 * account names ("five arrested" beside "more than eleven General Security members
 * detained"), so where both exist it adds only as far as one account adds it: the kind's `min`
 * is the larger of the named groups' `min`s added and the largest total any one account gives;
 * its `max` still adds every group (open if one is open), since that bound holds either way.
 *
 * @internal
 * @param outcomes - the operation's outcomes
 * @param kinds - the outcome kinds to add
 * @returns the total, or `null` bounds when no outcome of the kinds has a count
 */
export function countTotal(outcomes: readonly CountedOutcome[], kinds: readonly string[]): CountTotal {
  let min: number | null = null
  let max: number | null = null
  let open = false
  for (const kind of kinds) {
    // Shortcuts the query index takes on load, each exactly what the rule below gives. One
    // counted claim: one group, one reading, its count. Every counted claim in one account (one
    // voice, one set of sources): each group has that one reading, so nothing is spanned or
    // partial, and the groups add up to the account's total, which is also the largest any one
    // account gives: the claims simply add.
    let first: CountedOutcome | undefined
    let counted = 0
    let oneAccount = true
    let kindMin = 0
    let kindMax: number | null = 0
    for (let i = 0; i < outcomes.length; i++) {
      const o = outcomes[i]!
      if (o.kind !== kind || o.count === undefined) continue
      if (first === undefined) first = o
      else if (oneAccount) oneAccount = sameAccount(first, o)
      counted++
      kindMin += o.count.min
      kindMax = kindMax === null || o.count.max === null ? null : kindMax + o.count.max
    }
    if (counted === 0) continue
    if (counted === 1 || oneAccount) {
      if (kindMax === null) open = true
      else max = (max ?? 0) + kindMax
      min = (min ?? 0) + kindMin
      continue
    }
    const total = groupedTotal(outcomes.filter((o) => o.kind === kind))!
    if (total.max === null) open = true
    else max = (max ?? 0) + total.max
    min = (min ?? 0) + total.min
  }
  return min === null ? { min: null, max: null } : { min, max: open ? null : max }
}

/**
 * The total of the counted claims of one kind by the grouping alone (the rule {@link countTotal}
 * states, without its shortcuts): the groups' counts added, the unnamed group only as far as one
 * account adds it; `max` null when open.
 *
 * @internal
 * @param claims - claims of one kind
 * @returns the total, or undefined when no claim has a count
 */
export function groupedTotal(claims: readonly CountedClaim[]): CountBounds | undefined {
  const groups = countGroups(claims)
  if (groups.length === 0) return undefined
  let min = 0
  let max: number | null = 0
  for (const group of groups) {
    max = max === null || group.count.max === null ? null : max + group.count.max
    min += group.count.min
  }
  const named = groups.filter((g) => g.actors.length > 0)
  if (named.length > 0 && named.length < groups.length) {
    const byAccount = new Map<string, number>()
    for (const group of groups) for (const r of group.readings) byAccount.set(r.account, (byAccount.get(r.account) ?? 0) + r.count.min)
    min = Math.max(
      named.reduce((sum, g) => sum + g.count.min, 0),
      ...byAccount.values(),
    )
  }
  return { min, max }
}
