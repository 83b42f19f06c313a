import * as z from 'zod/mini'

/**
 * The string rules of the dataset, in one place. Text is never edited on the way in (no
 * trimming: verbatim Arabic is kept exactly or rejected); instead a string is rejected, with
 * the offending character and its UTF-16 offset, when it
 * - holds a lone surrogate (not well-formed Unicode: it cannot be written as UTF-8);
 * - holds a control character (C0, C1, U+2028/U+2029), which no name or note needs and which
 *   can drive a terminal;
 * - holds a bidirectional embedding, override or isolate control (U+202A-U+202E,
 *   U+2066-U+2069), which can make a reader see text in another order than it is stored
 *   ("Trojan Source"); the marks LRM, RLM and ALM stay allowed;
 * - has no visible character (only whitespace, zero-width or other invisible characters);
 * - starts or ends with whitespace.
 * Evidence spans (`exact`, `prefix`, `suffix`) are the source's own characters and are checked
 * against it, so they may hold line breaks, tabs and bidirectional controls, never a lone
 * surrogate or another control character.
 */

const LONE_SURROGATE = /[\uD800-\uDFFF]/u
// C0 and C1 controls and the Unicode line and paragraph separators.
const CONTROL = /[\p{Cc}\u2028\u2029]/u
const CONTROL_BUT_LINE_BREAKS = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029]/u
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u
// A character a reader can see: not whitespace, not a format or default-ignorable character
// (zero-width space and joiners, word joiner, BOM, Hangul fillers), not the blank Braille cell.
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u
const EDGE_SPACE = /^\s|\s$/u

const BLANK = 'is blank: it has no visible character (only whitespace, zero-width or other invisible characters)'

const BIDI_NAMES: Readonly<Record<string, string>> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

function encodingProblem(text: string, control: RegExp): string | undefined {
  const lone = LONE_SURROGATE.exec(text)
  if (lone) return `contains a lone surrogate ${codePoint(lone[0])} at offset ${lone.index}: it is not well-formed Unicode`
  const found = control.exec(text)
  if (found) return `contains the control character ${codePoint(found[0])} at offset ${found.index}`
  return undefined
}

/**
 * What is wrong with a string a reader sees (a name, a title, a note, a citation), or
 * `undefined` when it follows the rules above. Offsets count UTF-16 code units.
 *
 * @internal
 */
export function textProblem(text: string): string | undefined {
  const encoding = encodingProblem(text, CONTROL)
  if (encoding) return encoding
  const bidi = BIDI_CONTROL.exec(text)
  if (bidi) return `contains the bidirectional control ${codePoint(bidi[0])} ${BIDI_NAMES[bidi[0]]} at offset ${bidi.index}, which can show the text in another order than it is stored`
  if (!VISIBLE.test(text)) return BLANK
  if (EDGE_SPACE.test(text)) return 'starts or ends with whitespace; text is kept exactly as given, so remove it'
  return undefined
}

/**
 * What is wrong with the text of an evidence span (`exact`, `prefix`, `suffix`), or `undefined`.
 *
 * @internal
 */
export function spanTextProblem(text: string): string | undefined {
  return encodingProblem(text, CONTROL_BUT_LINE_BREAKS)
}

/**
 * A string a reader sees: a name, title, note or citation. Kept exactly as given, never trimmed;
 * rejected when blank, padded, or holding a control, bidirectional-override or lone-surrogate
 * character (see the module comment).
 *
 * @internal
 */
export const PrintableText = z
  .string()
  .check(z.minLength(1, { error: BLANK }))
  .check((ctx) => {
    if (ctx.value === '') return
    const problem = textProblem(ctx.value)
  if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem })
})

/**
 * The text of an evidence span: the source's own characters, so line breaks, tabs and
 * bidirectional controls are allowed; lone surrogates and other controls are not.
 *
 * @internal
 */
export const SpanText = z.string().check((ctx) => {
  const problem = spanTextProblem(ctx.value)
  if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem })
})

/**
 * A BCP 47 language tag as the dataset writes them (`ar`, `en`, `ar-SY`).
 *
 * @internal
 */
export const LanguageTag = z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: (issue) => `expected a BCP 47 language tag such as "ar" or "en", found ${JSON.stringify(issue.input)}` }))
