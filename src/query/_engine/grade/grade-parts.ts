import type { Corroboration } from '../../corroboration.js'
import { findDisagreements, sameBody } from './find-disagreements.js'
import type { GradeContext } from './grade-context.js'
import type { GradableClaim, GradableFigure, GradableOutcome, GradableParticipant, GradableReading } from './gradable.js'
import { independentGroups } from './independent-groups.js'
import { speakersOf } from './voice.js'

/** @internal The claims of one record or value, sorted by what grading does with them. */
export interface GradeParts {
  /** Every claim: their sources are the record's sources. */
  readonly claims: readonly GradableClaim[]
  readonly readings: readonly GradableReading[]
  readonly outcomes: readonly GradableOutcome[]
  readonly figures: readonly GradableFigure[]
  readonly participants: readonly GradableParticipant[]
  /** The claims that state the event or its facts: a party asserting one acknowledges it. */
  readonly statements: readonly GradableClaim[]
}

// The roles of those whose own act the record is: leading or partnering an operation, and in a
// development handing over, receiving, hosting or chairing. A subject, target, supporter or a
// coordinated party asserting it is no acknowledgement of its own part.
const PARTY_ROLES: ReadonlySet<string> = new Set(['lead', 'partner', 'handing-over', 'receiving', 'host', 'chair'])

/**
 * Grades claims: `contested` when they disagree on a value, else `acknowledged` when a party
 * (a `lead`, `partner`, `handing-over`, `receiving`, `host` or `chair` participant, or a body it
 * belongs to or that belongs to it) asserts
 * one of the statements, itself or as the publisher of the page a `reporter` claim is read in, else `corroborated` with two or more independent source groups, else
 * `single-source`.
 *
 * @internal
 * @param parts - the claims
 * @param context - the dataset's lookups
 * @returns the grade and what it rests on
 */
export function gradeParts(parts: GradeParts, context: GradeContext): Corroboration {
  const sources = new Set<string>()
  for (const claim of parts.claims) for (const e of claim.evidence) sources.add(e.source)
  const parties = parts.participants.filter((p) => PARTY_ROLES.has(p.role)).map((p) => p.actor)
  const acknowledgedBy = new Set<string>()
  for (const claim of parts.statements) {
    for (const by of speakersOf(claim, context)) if (parties.some((party) => sameBody(by, party, context))) acknowledgedBy.add(by)
  }
  const disagreements = findDisagreements(parts, context)
  const independentSources = independentGroups(sources, context)
  const grade = disagreements.length > 0 ? 'contested' : acknowledgedBy.size > 0 ? 'acknowledged' : independentSources >= 2 ? 'corroborated' : 'single-source'
  return Object.freeze({
    grade,
    sources: Object.freeze([...sources].sort()),
    independentSources,
    acknowledgedBy: Object.freeze([...acknowledgedBy].sort()),
    disagreements: Object.freeze(disagreements),
  })
}
