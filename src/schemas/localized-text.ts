import * as z from 'zod/mini'
import type { DeepReadonly } from './deep-readonly.js'
import { Evidence } from './evidence.js'
import { ALIAS_LANGUAGES } from './vocabulary-values.js'
import { PrintableText } from './text.js'
import { withMeta } from './with-meta.js'

/**
 * Text in English and, where the source gives it, Arabic. Arabic is verbatim from the source
 * (the tests check it appears there); English is the dataset's faithful translation or
 * transliteration.
 *
 * @example
 * ```ts
 * import { LocalizedText } from 'syria-counter-isis/schemas'
 * LocalizedText.parse({ en: 'al-Dumayr', ar: 'الضمير' })
 * //=> { en: 'al-Dumayr', ar: 'الضمير' }
 * ```
 */
export const LocalizedText = z
  .strictObject({
    /** English: the dataset's translation or transliteration. */
    en: PrintableText.apply(withMeta, { description: "English: the dataset's translation or transliteration." }),
    /** Arabic, verbatim from the source. */
    ar: z.optional(PrintableText).apply(withMeta, { description: 'Arabic, verbatim from the source.' }),
  })
  .apply(withMeta, { description: 'Text in English and, where the source gives it, verbatim Arabic.' })
/** English text with optional verbatim Arabic: see the {@link LocalizedText} schema. */
export type LocalizedText = DeepReadonly<z.output<typeof LocalizedText>>

/**
 * Another name for an actor or place: a spelling, transliteration or abbreviation. An Arabic
 * alias carries the evidence where it is printed (a span of the article, or the value read in a
 * reference); an English transliteration may have none.
 *
 * @example
 * ```ts
 * import { Alias } from 'syria-counter-isis/schemas'
 * Alias.parse({ text: 'Daesh', lang: 'en' })
 * //=> { text: 'Daesh', lang: 'en', evidence: [] }
 * ```
 */
export const Alias = z
  .strictObject({
    /** The other name, as written. */
    text: PrintableText.apply(withMeta, { description: 'The other name, as written.' }),
    /** Language of the name: `ar` or `en`. */
    lang: z.enum(ALIAS_LANGUAGES).apply(withMeta, { description: 'Language of the name: ar or en.' }),
    /** Where this name is printed: a span of the article or a value read in a reference. */
    evidence: z._default(z.array(Evidence), []).apply(withMeta, { description: 'Where this name is printed: a span of the article or a value read in a reference.' }),
  })
  .check((ctx) => {
    const alias = ctx.value
    if (alias.lang === 'ar' && alias.evidence.length === 0) {
      ctx.issues.push({ code: 'custom', input: alias, path: ['evidence'], message: 'an Arabic alias needs evidence: where the article or a reference prints it'})
    }
  })
  .apply(withMeta, { description: 'Another name: spelling, transliteration or abbreviation.' })
/** Another name for an actor or place: see the {@link Alias} schema. */
export type Alias = DeepReadonly<z.output<typeof Alias>>
