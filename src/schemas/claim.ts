import * as z from 'zod'
import type { DeepReadonly } from './deep-readonly.js'
import { Citation } from './citation.js'
import { Evidence } from './evidence.js'
import { LocalizedText } from './localized-text.js'
import { AssertedBy, EDITORS } from './slug.js'
import { PrintableText } from './text.js'
import { Certainty } from './vocabularies.js'

/**
 * The fields every claim carries: who asserts it, how sure they are, and what supports it.
 * A claim needs at least one evidence span of a source or, for facts the source does not give
 * (a coordinate, an administrative parent), a citation of a reference.
 */
export const claimFields = {
  /** Who asserts the claim: `reporter` (the publication) or the id of the actor it cites. */
  assertedBy: AssertedBy,
  /** How sure the asserting party is. */
  certainty: Certainty,
  /** Spans of the source that state the claim. */
  evidence: z.array(Evidence).default([]).meta({ description: 'Spans of the source that state the claim.' }),
  /** References that state the claim, where the source does not. */
  citations: z.array(Citation).default([]).meta({ description: 'References that state the claim, where the source does not.' }),
  /** The editors' own words on what they inferred from what; required when `assertedBy` is `editors`. */
  reasoning: PrintableText.optional().meta({ description: 'The editors\' own words on what they inferred from what; required when assertedBy is "editors".' }),
}

/**
 * Adds the claim rules to a claim schema: at least one evidence span or citation, and a
 * `reasoning` on every claim the editors assert (an inference must say what it rests on).
 */
export function requireSupport(
  ctx: z.core.ParsePayload<{ assertedBy: string; evidence: readonly unknown[]; citations: readonly unknown[]; reasoning?: string | undefined }>,
): void {
  if (ctx.value.evidence.length === 0 && ctx.value.citations.length === 0) {
    ctx.issues.push({ code: 'custom', input: ctx.value, path: ['evidence'], message: 'a claim needs at least one evidence span or citation' })
  }
  if (ctx.value.assertedBy === EDITORS && ctx.value.reasoning === undefined) {
    ctx.issues.push({ code: 'custom', input: ctx.value, path: ['reasoning'], message: `a claim asserted by "${EDITORS}" needs a reasoning: what the editors inferred from what` })
  }
}

/**
 * A statement about a record that has no structured field of its own ("he was living with his
 * wife, mother and young child"), with its attribution and certainty.
 *
 * @example
 * ```ts
 * import { Note } from 'syria-counter-isis/schemas'
 * Note.parse({
 *   text: { en: 'Apparently struggling to remain the coalition’s ground arm.' },
 *   assertedBy: 'reporter',
 *   certainty: 'believed',
 *   citations: [{ text: 'example' }],
 * })
 * ```
 */
export const Note = z
  .strictObject({
    /** The statement: English summary or translation; Arabic only verbatim. */
    text: LocalizedText.meta({ description: 'The statement: English translation or summary; Arabic only verbatim.' }),
    ...claimFields,
  })
  .check(requireSupport)
  .meta({ description: 'A statement about the record with its attribution, certainty and evidence.' })
/** A statement about a record with attribution and evidence: see the {@link Note} schema. */
export type Note = DeepReadonly<z.output<typeof Note>>
