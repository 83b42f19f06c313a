import type { GradeContext } from './grade-context.js'
import type { GradableClaim } from './gradable.js'

/**
 * Who speaks in a claim, as one key: the asserting actor's id, or for `reporter` the
 * publication whose own voice it is (its publisher, or a reference source's id: the
 * encyclopaedia says), since "the reporter" of two outlets are two voices.
 *
 * @internal
 * @param claim - the claim
 * @param context - the dataset's lookups
 * @returns the key
 */
export function voiceOf(claim: GradableClaim, context: GradeContext): string {
  if (claim.assertedBy !== 'reporter') return claim.assertedBy
  const publications = new Set<string>()
  for (const e of claim.evidence) {
    const source = context.source(e.source)
    publications.add(source?.publisher ?? `source:${e.source}`)
  }
  return `reporter:${[...publications].sort().join('+')}`
}

/**
 * The actors that speak in a claim: the asserting actor, or for `reporter` the publishers of the
 * sources its evidence is in (an outlet, or CENTCOM on its own statement page). The editors are
 * no actor.
 *
 * @internal
 * @param claim - the claim
 * @param context - the dataset's lookups
 * @returns the actor ids
 */
export function speakersOf(claim: GradableClaim, context: GradeContext): string[] {
  if (claim.assertedBy === 'editors') return []
  if (claim.assertedBy !== 'reporter') return [claim.assertedBy]
  return [...new Set(claim.evidence.flatMap((e) => context.source(e.source)?.publisher ?? []))]
}
