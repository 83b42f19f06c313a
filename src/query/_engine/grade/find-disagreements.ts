import { edtfToInterval } from '../../../dates/calendar-interval.js'
import { OUTCOME_KINDS } from '../../../schemas/vocabulary-values.js'
import type { GradeContext } from './grade-context.js'
import type { GradableOutcome, GradableParticipant, GradableReading } from './gradable.js'
import { voiceOf } from './voice.js'

// Two values disagree when they cannot both be true of one event: what one source says more
// precisely than another (a day inside the month, a town inside the governorate, fewer types,
// "two or more" against "three") is no disagreement.

function datesAgree(a: string, b: string): boolean {
  const [x, y] = [edtfToInterval(a), edtfToInterval(b)]
  return x.start <= y.end && y.start <= x.end
}

function placesAgree(a: string, b: string, context: GradeContext): boolean {
  return a === b || context.placesOf(a).has(b) || context.placesOf(b).has(a)
}

function typesAgree(a: readonly string[], b: readonly string[]): boolean {
  const within = (x: readonly string[], y: readonly string[]) => x.every((t) => y.includes(t))
  return within(a, b) || within(b, a)
}

function countsAgree(a: NonNullable<GradableOutcome['count']>, b: NonNullable<GradableOutcome['count']>): boolean {
  return (a.max === null || b.min <= a.max) && (b.max === null || a.min <= b.max)
}

/** @internal Actors agree on who led when they are the same body or one belongs to the other. */
export function sameBody(a: string, b: string, context: GradeContext): boolean {
  return a === b || context.bodiesOf(a).has(b) || context.bodiesOf(b).has(a)
}

function readingsAgree(a: GradableReading, b: GradableReading, context: GradeContext): boolean {
  switch (a.field) {
    case 'date':
      return a.date === undefined || b.date === undefined || datesAgree(a.date, b.date)
    case 'location':
      return a.location === undefined || b.location === undefined || placesAgree(a.location, b.location, context)
    case 'types':
      return a.types === undefined || b.types === undefined || typesAgree(a.types, b.types)
    default:
      return true
  }
}

const sourcesOf = (claim: { readonly evidence: readonly { readonly source: string }[] }) => new Set(claim.evidence.map((e) => e.source))

// Two outcomes of one kind are two readings of one count when different voices give them or
// they rest on different sources; one voice's two outcomes in one source are two groups of people.
function sameCount(a: GradableOutcome, b: GradableOutcome, context: GradeContext): boolean {
  if (a.kind !== b.kind || a.location !== b.location || a.date !== b.date) return false
  if (voiceOf(a, context) !== voiceOf(b, context)) return true
  const sa = sourcesOf(a)
  return ![...sourcesOf(b)].some((s) => sa.has(s))
}

function pairs<T>(items: readonly T[], disagree: (a: T, b: T) => boolean): boolean {
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (disagree(items[i]!, items[j]!)) return true
  return false
}

/**
 * The values the given claims disagree on, in a fixed order: `date`, `location`, `types` (of
 * readings), `count:<kind>` (outcomes of one kind whose counts cannot both hold, from different
 * voices or sources, in the order of `OUTCOME_KINDS`), `participants` (two voices naming leads
 * that are neither the same body nor one inside the other).
 *
 * @internal
 * @param claims - readings, outcomes and participants, in any mix
 * @param context - the dataset's lookups
 * @returns the disagreements
 */
export function findDisagreements(
  claims: { readonly readings: readonly GradableReading[]; readonly outcomes: readonly GradableOutcome[]; readonly participants: readonly GradableParticipant[] },
  context: GradeContext,
): string[] {
  const out: string[] = []
  for (const field of ['date', 'location', 'types']) {
    const readings = claims.readings.filter((r) => r.field === field)
    if (pairs(readings, (a, b) => !readingsAgree(a, b, context))) out.push(field)
  }
  for (const kind of OUTCOME_KINDS) {
    const counted = claims.outcomes.filter((o) => o.kind === kind && o.count !== undefined)
    if (pairs(counted, (a, b) => sameCount(a, b, context) && !countsAgree(a.count!, b.count!))) out.push(`count:${kind}`)
  }
  const leads = new Map<string, string[]>()
  for (const p of claims.participants) {
    if (p.role !== 'lead') continue
    const voice = voiceOf(p, context)
    leads.set(voice, [...(leads.get(voice) ?? []), p.actor])
  }
  // As for types: a voice naming fewer leads, each matching one the other names, gives less, not otherwise.
  const within = (x: readonly string[], y: readonly string[]) => x.every((a) => y.some((b) => sameBody(a, b, context)))
  if (pairs([...leads.values()], (a, b) => !within(a, b) && !within(b, a))) out.push('participants')
  return out
}
