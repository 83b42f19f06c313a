import * as z from 'zod/mini'
import type { DeepReadonly } from './deep-readonly.js'
import { Evidence } from './evidence.js'
import { LocalizedText } from './localized-text.js'
import { AssertedBy } from './slug.js'
import { PrintableText } from './text.js'
import { Certainty } from './vocabularies.js'
import { withMeta } from './with-meta.js'

/**
 * The fields every claim carries: who asserts it, how sure they are, what supports it (at least
 * one evidence: a span of the article, a fingerprint of a report's words, or a value read in a
 * reference) and, for the editors' own inferences, the reasoning.
 */
export const claimFields = {
  /** Who asserts the claim: `reporter` (the voice of the publication the evidence is in), `editors`, or the id of the actor it cites. */
  assertedBy: AssertedBy,
  /** How sure the asserting party is. */
  certainty: Certainty,
  /** What supports the claim: spans, fingerprints or reference values. */
  evidence: z.array(Evidence).check(z.minLength(1)).apply(withMeta, { description: 'What supports the claim: spans of a full text, fingerprints of report words, or values read in references.' }),
  /** The editors' reasoning, in our words: what was inferred from what (required when `assertedBy` is `editors`). */
  reasoning: z.optional(PrintableText).apply(withMeta, { description: "The editors' reasoning, in our words: what was inferred from what; required when assertedBy is editors." }),
}

/**
 * A statement about a record that has no structured field of its own ("he was living with his
 * wife, mother and young child"), with its attribution and certainty.
 *
 * @example
 * ```ts
 * import { Note } from 'syria-counter-isis/schemas'
 * const parsed = Note.parse({
 *   text: { en: 'Apparently struggling to remain the coalition’s ground arm.' },
 *   assertedBy: 'reporter',
 *   certainty: 'believed',
 *   evidence: [{ type: 'reference', source: 'example-reference', quote: 'example' }],
 * })
 * parsed.text.en //=> 'Apparently struggling to remain the coalition’s ground arm.'
 * ```
 */
export const Note = z
  .strictObject({
    /** The statement: English summary or translation; Arabic only verbatim. */
    text: LocalizedText.apply(withMeta, { description: 'The statement: English translation or summary; Arabic only verbatim.' }),
    ...claimFields,
  })
  .apply(withMeta, { description: 'A statement about the record with its attribution, certainty and evidence.' })
/** A statement about a record with attribution and evidence: see the {@link Note} schema. */
export type Note = DeepReadonly<z.output<typeof Note>>
