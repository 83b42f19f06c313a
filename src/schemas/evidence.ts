import * as z from 'zod'
import type { DeepReadonly } from './deep-readonly.js'
import { Slug } from './slug.js'
import { SpanText } from './text.js'

const offset = z.int().nonnegative()

/**
 * A span of a source text that supports a fact: W3C Web Annotation TextQuoteSelector (`exact`,
 * `prefix`, `suffix`) and TextPositionSelector (`start`, `end`) in one. Offsets count Unicode
 * code points of the NFC-normalised source text, start inclusive and end exclusive, so the code
 * points from `start` to `end` are exactly `exact`. `utf16` gives the same span in the UTF-16
 * code units JavaScript strings use: `text.slice(utf16.start, utf16.end) === exact`.
 *
 * @example
 * ```ts
 * import { Evidence } from 'syria-counter-isis/schemas'
 * Evidence.parse({
 *   source: 'alaraby-2025-10-24-damascus-coalition',
 *   exact: 'توم برّاك',
 *   start: 10, end: 19,
 *   utf16: { start: 10, end: 19 },
 * })
 * ```
 */
export const Evidence = z
  .strictObject({
    /** Id of the source the span is in. */
    source: Slug.meta({ description: 'Id of the source the span is in.' }),
    /** The exact text of the span, verbatim. */
    exact: SpanText.min(1).meta({ description: 'The exact text of the span, verbatim (TextQuoteSelector.exact).' }),
    /** Code-point offset where the span starts (inclusive). */
    start: offset.meta({ description: 'Code-point offset where the span starts, inclusive (TextPositionSelector.start).' }),
    /** Code-point offset where the span ends (exclusive). */
    end: offset.meta({ description: 'Code-point offset where the span ends, exclusive (TextPositionSelector.end).' }),
    /** The same span in UTF-16 code units, for `String.prototype.slice`. */
    utf16: z
      .strictObject({
        /** UTF-16 offset where the span starts (inclusive). */
        start: offset.meta({ description: 'UTF-16 offset where the span starts, inclusive.' }),
        /** UTF-16 offset where the span ends (exclusive). */
        end: offset.meta({ description: 'UTF-16 offset where the span ends, exclusive.' }),
      })
      .meta({ description: 'The same span in UTF-16 code units, as JavaScript strings index.' }),
    /** Text just before the span, to re-anchor it in a re-normalised copy. */
    prefix: SpanText.optional().meta({ description: 'Text just before the span (TextQuoteSelector.prefix).' }),
    /** Text just after the span, to re-anchor it in a re-normalised copy. */
    suffix: SpanText.optional().meta({ description: 'Text just after the span (TextQuoteSelector.suffix).' }),
  })
  .check((ctx) => {
    const e = ctx.value
    const codePoints = [...e.exact].length
    if (e.end <= e.start) {
      ctx.issues.push({ code: 'custom', input: e, path: ['end'], message: `end (${e.end}) must be greater than start (${e.start})` })
    } else if (e.end - e.start !== codePoints) {
      ctx.issues.push({ code: 'custom', input: e, path: ['exact'], message: `exact has ${codePoints} code points but end - start is ${e.end - e.start}` })
    }
    if (e.utf16.end - e.utf16.start !== e.exact.length) {
      ctx.issues.push({ code: 'custom', input: e, path: ['utf16'], message: `exact has ${e.exact.length} UTF-16 code units but utf16.end - utf16.start is ${e.utf16.end - e.utf16.start}` })
    }
    if (e.utf16.start < e.start) {
      ctx.issues.push({ code: 'custom', input: e, path: ['utf16', 'start'], message: 'a UTF-16 offset cannot be smaller than the code-point offset of the same position' })
    }
  })
  .meta({ description: 'A span of a source text: exact quote plus code-point and UTF-16 offsets (W3C TextQuoteSelector + TextPositionSelector).' })
/** A span of a source text that supports a fact: see the {@link Evidence} schema. */
export type Evidence = DeepReadonly<z.output<typeof Evidence>>
