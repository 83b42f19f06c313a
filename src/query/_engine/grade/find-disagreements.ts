import { edtfToInterval } from '../../../dates/calendar-interval.js'
import { countGroups } from '../../../schemas/count-readings.js'
import { FIGURE_MEASURES, OUTCOME_KINDS } from '../../../schemas/vocabulary-values.js'
import type { GradeContext } from './grade-context.js'
import type { GradableFigure, GradableOutcome, GradableParticipant, GradableReading } from './gradable.js'
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

function pairs<T>(items: readonly T[], disagree: (a: T, b: T) => boolean): boolean {
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (disagree(items[i]!, items[j]!)) return true
  return false
}

/**
 * The values the given claims disagree on, in a fixed order: `date`, `location`, `types` (of
 * readings), `count:<kind>` (in the order of `OUTCOME_KINDS`: two readings of one group of people
 * whose counts cannot both hold, by the count rule of `countGroups`), `figure:<measure>` (in the
 * order of `FIGURE_MEASURES`: the same, for figures of one measure and label), `participants`
 * (two voices naming leads that are neither the same body nor one inside the other).
 *
 * @internal
 * @param claims - readings, outcomes, figures and participants, in any mix
 * @param context - the dataset's lookups
 * @returns the disagreements
 */
export function findDisagreements(
  claims: {
    readonly readings: readonly GradableReading[]
    readonly outcomes: readonly GradableOutcome[]
    readonly figures: readonly GradableFigure[]
    readonly participants: readonly GradableParticipant[]
  },
  context: GradeContext,
): string[] {
  const out: string[] = []
  for (const field of ['date', 'location', 'types']) {
    const readings = claims.readings.filter((r) => r.field === field)
    if (pairs(readings, (a, b) => !readingsAgree(a, b, context))) out.push(field)
  }
  for (const kind of OUTCOME_KINDS) {
    if (countGroups(claims.outcomes.filter((o) => o.kind === kind)).some((g) => g.disagrees)) out.push(`count:${kind}`)
  }
  for (const measure of FIGURE_MEASURES) {
    // Figures of one measure with different labels are different numbers, never readings of one.
    const byLabel = new Map<string, GradableFigure[]>()
    for (const f of claims.figures) if (f.measure === measure) byLabel.set(f.label?.en ?? '', [...(byLabel.get(f.label?.en ?? '') ?? []), f])
    if ([...byLabel.values()].some((figures) => countGroups(figures).some((g) => g.disagrees))) out.push(`figure:${measure}`)
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
