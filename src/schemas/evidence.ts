import * as z from 'zod/mini'
import type { DeepReadonly } from './deep-readonly.js'
import { Slug } from './slug.js'
import { PrintableText, SpanText } from './text.js'
import { withMeta } from './with-meta.js'

const offset = z.int().check(z.nonnegative())
const SHA256 = z.string().check(z.regex(/^[0-9a-f]{64}$/, { error: (issue) => `expected a lower-case hex SHA-256 (64 characters), found ${JSON.stringify(issue.input)}` }))

// `[...text].length` without the array of one-character strings it builds (a span is checked
// for every claim that cites it): a surrogate pair is one code point, a lone surrogate one too.
function codePointCount(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++, n++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
  }
  return n
}

/**
 * Most code points a fingerprint's `quote` holds (and the rule of thumb for a shipped `exact`):
 * the few words that are the fact, never a passage.
 *
 * @example
 * ```ts
 * import { MAX_QUOTED_CODE_POINTS } from 'syria-counter-isis/schemas'
 * MAX_QUOTED_CODE_POINTS //=> 80
 * ```
 */
export const MAX_QUOTED_CODE_POINTS = 80

/**
 * A span of a `full-text` source that supports a fact (W3C Web Annotation TextPositionSelector,
 * pinned by a hash). Offsets count Unicode code points of the NFC source text, start inclusive
 * and end exclusive; `utf16` gives the same span in the UTF-16 code units JavaScript strings
 * use. `sha256` is the hash of the UTF-8 of the span's words, so anyone holding the text can
 * resolve and check the span. `exact` (the words themselves) is shipped only where the words
 * are the data: a quote's words, a name, the few words that state a fact.
 *
 * @example
 * ```ts
 * import { SpanEvidence } from 'syria-counter-isis/schemas'
 * const parsed = SpanEvidence.parse({
 *   type: 'span', source: 'alaraby-2025-10-24',
 *   start: 10, end: 19, utf16: { start: 10, end: 19 },
 *   sha256: '6eec799b49a8d6ce04d1b408d4a6fe75a097051beda33780a65c1f05ab7a37c2',
 *   exact: 'توم برّاك',
 * })
 * parsed.exact //=> 'توم برّاك'
 * ```
 */
export const SpanEvidence = z
  .strictObject({
    /** What the evidence is: a span of a full-text source. */
    type: z.literal('span').apply(withMeta, { description: 'A span of a full-text source, by offsets.' }),
    /** Id of the source the span is in. */
    source: Slug.apply(withMeta, { description: 'Id of the full-text source the span is in.' }),
    /** Code-point offset where the span starts (inclusive). */
    start: offset.apply(withMeta, { description: 'Code-point offset where the span starts, inclusive (TextPositionSelector.start).' }),
    /** Code-point offset where the span ends (exclusive). */
    end: offset.apply(withMeta, { description: 'Code-point offset where the span ends, exclusive (TextPositionSelector.end).' }),
    /** The same span in UTF-16 code units, for `String.prototype.slice`. */
    utf16: z
      .strictObject({
        /** UTF-16 offset where the span starts (inclusive). */
        start: offset.apply(withMeta, { description: 'UTF-16 offset where the span starts, inclusive.' }),
        /** UTF-16 offset where the span ends (exclusive). */
        end: offset.apply(withMeta, { description: 'UTF-16 offset where the span ends, exclusive.' }),
      })
      .apply(withMeta, { description: 'The same span in UTF-16 code units, as JavaScript strings index.' }),
    /** SHA-256 (lower-case hex) of the UTF-8 of the span's words. */
    sha256: SHA256.apply(withMeta, { description: "SHA-256, lower-case hex, of the UTF-8 bytes of the span's words (NFC)." }),
    /** The span's words, verbatim, only where they are themselves the data. */
    exact: z.optional(SpanText.check(z.minLength(1))).apply(withMeta, { description: 'The words of the span, verbatim (TextQuoteSelector.exact); shipped only where the words are themselves the data.' }),
  })
  .check((ctx) => {
    const e = ctx.value
    if (e.end <= e.start) {
      ctx.issues.push({ code: 'custom', input: e, path: ['end'], message: `end (${e.end}) must be greater than start (${e.start})` })
      return
    }
    const units = e.utf16.end - e.utf16.start
    if (e.exact !== undefined) {
      const codePoints = codePointCount(e.exact)
      if (e.end - e.start !== codePoints) ctx.issues.push({ code: 'custom', input: e, path: ['exact'], message: `exact has ${codePoints} code points but end - start is ${e.end - e.start}` })
      if (units !== e.exact.length) ctx.issues.push({ code: 'custom', input: e, path: ['utf16'], message: `exact has ${e.exact.length} UTF-16 code units but utf16.end - utf16.start is ${units}` })
    } else if (units < e.end - e.start || units > 2 * (e.end - e.start)) {
      // Each code point is one or two UTF-16 code units.
      ctx.issues.push({ code: 'custom', input: e, path: ['utf16'], message: `a span of ${e.end - e.start} code points cannot be ${units} UTF-16 code units long` })
    }
    if (e.utf16.start < e.start) {
      ctx.issues.push({ code: 'custom', input: e, path: ['utf16', 'start'], message: 'a UTF-16 offset cannot be smaller than the code-point offset of the same position' })
    }
  })
  .apply(withMeta, { description: 'A span of a full-text source: code-point and UTF-16 offsets, SHA-256 of its words, and the words only where they are the data.' })
/** A span of a full-text source: see the {@link SpanEvidence} schema. */
export type SpanEvidence = DeepReadonly<z.output<typeof SpanEvidence>>

/**
 * The exact supporting words in a `report` source, never stored: the SHA-256 of the UTF-8 of
 * the NFC words and their length in code points (compute both with `fingerprintWords`).
 * Anyone holding the page finds the words again with `verifyEvidence`. `quote` holds at most the
 * few words that are the fact (a name, a number) and must occur inside the fingerprinted words.
 *
 * @example
 * ```ts
 * import { FingerprintEvidence } from 'syria-counter-isis/schemas'
 * const parsed = FingerprintEvidence.parse({
 *   type: 'fingerprint', source: 'example-2025-07-25-raid', normalization: 'NFC',
 *   // fingerprintWords('Three men were detained.')
 *   sha256: '2e016db8869ac5987641fd67330e9f4724b5b7d7c9ca119acf625bd500b54fed', length: 24, quote: 'Three',
 * })
 * parsed.length //=> 24
 * ```
 */
export const FingerprintEvidence = z
  .strictObject({
    /** What the evidence is: fingerprinted words of a report. */
    type: z.literal('fingerprint').apply(withMeta, { description: 'Fingerprinted words of a report source (not stored).' }),
    /** Id of the report source the words are in. */
    source: Slug.apply(withMeta, { description: 'Id of the report source the words are in.' }),
    /** Normalisation form the words were hashed in. */
    normalization: z.literal('NFC').apply(withMeta, { description: 'Unicode normalisation form the words were hashed in (NFC).' }),
    /** SHA-256 (lower-case hex) of the UTF-8 of the NFC words. */
    sha256: SHA256.apply(withMeta, { description: 'SHA-256, lower-case hex, of the UTF-8 bytes of the NFC words.' }),
    /** Length of the words in code points. */
    length: z.int().check(z.positive()).apply(withMeta, { description: 'Length of the words in Unicode code points.' }),
    /** The few words that are the fact (a name, a number), inside the fingerprinted words. */
    quote: z.optional(SpanText.check(z.minLength(1))).apply(withMeta, { description: 'The few words that are the fact (at most 80 code points), inside the fingerprinted words.' }),
  })
  .check((ctx) => {
    const { quote, length } = ctx.value
    if (quote === undefined) return
    const n = codePointCount(quote)
    if (n > MAX_QUOTED_CODE_POINTS) ctx.issues.push({ code: 'custom', input: quote, path: ['quote'], message: `quote has ${n} code points; at most ${MAX_QUOTED_CODE_POINTS} (only the words that are the fact)` })
    else if (n > length) ctx.issues.push({ code: 'custom', input: quote, path: ['quote'], message: `quote has ${n} code points, more than the ${length} fingerprinted` })
  })
  .apply(withMeta, { description: 'Fingerprinted supporting words of a report: SHA-256 and length of the NFC words, never the words.' })
/** Fingerprinted words of a report: see the {@link FingerprintEvidence} schema. */
export type FingerprintEvidence = DeepReadonly<z.output<typeof FingerprintEvidence>>

/**
 * A value read in a `reference` source (a gazetteer row, an encyclopaedia page): `quote` is the
 * value as printed (`SY030203`, `33.64194, 36.69278`), `locator` says where, in our words.
 *
 * @example
 * ```ts
 * import { ReferenceEvidence } from 'syria-counter-isis/schemas'
 * ReferenceEvidence.parse({ type: 'reference', source: 'open-syria-governorates', quote: 'SY03' }).quote
 * //=> 'SY03'
 * ```
 */
export const ReferenceEvidence = z
  .strictObject({
    /** What the evidence is: a value read in a reference. */
    type: z.literal('reference').apply(withMeta, { description: 'A value read in a reference source.' }),
    /** Id of the reference source. */
    source: Slug.apply(withMeta, { description: 'Id of the reference source.' }),
    /** Where in the reference, in our words (a table, row or field). */
    locator: z.optional(PrintableText).apply(withMeta, { description: 'Where in the reference, in our words: a table, row or field.' }),
    /** The value as the reference prints it. */
    quote: PrintableText.apply(withMeta, { description: 'The value as the reference prints it (a coordinate, a P-code, an id, a name).' }),
  })
  .apply(withMeta, { description: 'A value read in a reference source, as printed.' })
/** A value read in a reference: see the {@link ReferenceEvidence} schema. */
export type ReferenceEvidence = DeepReadonly<z.output<typeof ReferenceEvidence>>

/**
 * What supports a fact, by `type`: a `span` of a full-text source, the `fingerprint` of words in
 * a report, or a value read in a `reference`. Validation checks that the type matches the kind
 * of the source it names.
 *
 * @example
 * ```ts
 * import { Evidence } from 'syria-counter-isis/schemas'
 * Evidence.parse({ type: 'reference', source: 'open-syria-governorates', quote: 'SY03' }).type
 * //=> 'reference'
 * ```
 */
export const Evidence = z
  .discriminatedUnion('type', [SpanEvidence, FingerprintEvidence, ReferenceEvidence])
  .apply(withMeta, { description: 'What supports a fact: a span of a full-text source, a fingerprint of words in a report, or a value read in a reference.' })
/** What supports a fact: see the {@link Evidence} schema. */
export type Evidence = DeepReadonly<z.output<typeof Evidence>>

/** The evidence types, in the order of the {@link Evidence} union. */
export type EvidenceType = Evidence['type']
