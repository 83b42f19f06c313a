import * as z from 'zod'
import type { DeepReadonly } from './deep-readonly.js'
import { Citation } from './citation.js'
import { Evidence } from './evidence.js'
import { LocalizedText } from './localized-text.js'
import { AssertedBy } from './slug.js'
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
}

/** Adds the "evidence or citation" rule to a claim schema. */
export function requireSupport(ctx: z.core.ParsePayload<{ evidence: readonly unknown[]; citations: readonly unknown[] }>): void {
  if (ctx.value.evidence.length === 0 && ctx.value.citations.length === 0) {
    ctx.issues.push({ code: 'custom', input: ctx.value, path: ['evidence'], message: 'a claim needs at least one evidence span or citation' })
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
