/** What {@link countTotal} reads of an outcome: its kind, count, who asserts it and where. */
export interface CountedOutcome {
  readonly kind: string
  readonly count?: { readonly min: number; readonly max: number | null } | undefined
  readonly assertedBy: string
  readonly evidence: readonly { readonly source: string }[]
}

/** A total: `null` bounds when no outcome of the kinds is recorded; `max` null when open. */
export interface CountTotal {
  readonly min: number | null
  readonly max: number | null
}

/**
 * The total of some outcome kinds of one operation, counting each kind once however many sources
 * give it. Outcomes of one kind from different voices (asserter and sources) are readings of one
 * count, spanned by the smallest `min` and the largest `max` (open if any is open); outcomes of one
 * kind from the same voice are parts of one reading and add up. The kinds' counts are then added.
 * Without this, CENTCOM's "three killed" beside the article's "three killed" would total six.
 *
 * @internal
 */
export function countTotal(outcomes: readonly CountedOutcome[], kinds: readonly string[]): CountTotal {
  const readingsByKind = new Map<string, Map<string, { min: number; max: number | null }>>()
  for (const o of outcomes) {
    if (!kinds.includes(o.kind)) continue
    const voice = `${o.assertedBy}\u0000${[...new Set(o.evidence.map((e) => e.source))].sort().join('\u0000')}`
    const readings = readingsByKind.get(o.kind) ?? new Map<string, { min: number; max: number | null }>()
    readingsByKind.set(o.kind, readings)
    const part = readings.get(voice) ?? { min: 0, max: 0 }
    part.min += o.count?.min ?? 0
    part.max = part.max === null || o.count === undefined || o.count.max === null ? null : part.max + o.count.max
    readings.set(voice, part)
  }
  if (readingsByKind.size === 0) return { min: null, max: null }
  let min = 0
  let max: number | null = 0
  for (const readings of readingsByKind.values()) {
    const values = [...readings.values()]
    min += Math.min(...values.map((r) => r.min))
    const maxes = values.map((r) => r.max)
    max = max === null || maxes.includes(null) ? null : max + Math.max(...(maxes as number[]))
  }
  return { min, max }
}
