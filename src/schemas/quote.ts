import * as z from 'zod'
import type { DeepReadonly } from './deep-readonly.js'
import { claimFields, Note } from './claim.js'
import { dateWordsFields } from './date-words.js'
import { EdtfDate } from './edtf-date.js'
import { Evidence } from './evidence.js'
import { Slug } from './slug.js'
import { LanguageTag } from './text.js'
import { DateBasis, QuoteChannel, QuoteMode, Translator } from './vocabularies.js'
import { PrintableText } from './text.js'

/**
 * What a quote is about: operations, actors, places and free topics (kebab-case).
 *
 * @example
 * ```ts
 * import { QuoteAbout } from 'syria-counter-isis/schemas'
 * QuoteAbout.parse({ topics: ['security-coordination'] })
 * //=> { operations: [], actors: [], locations: [], topics: ['security-coordination'] }
 * ```
 */
export const QuoteAbout = z
  .strictObject({
    /** Ids of the operations the quote is about. */
    operations: z.array(Slug).default([]).meta({ description: 'Ids of the operations the quote is about.' }),
    /** Ids of the actors the quote is about. */
    actors: z.array(Slug).default([]).meta({ description: 'Ids of the actors the quote is about.' }),
    /** Ids of the places the quote is about. */
    locations: z.array(Slug).default([]).meta({ description: 'Ids of the places the quote is about.' }),
    /** Topics, as kebab-case slugs (e.g. `security-coordination`, `detention-centres`). */
    topics: z.array(Slug).default([]).meta({ description: 'Topics as kebab-case slugs, e.g. security-coordination, detention-centres.' }),
  })
  .meta({ description: 'What the quote is about.' })
/** What a quote is about: see the {@link QuoteAbout} schema. */
export type QuoteAbout = DeepReadonly<z.output<typeof QuoteAbout>>

/**
 * Something an actor said or is reported to have said. `language` is the language its words
 * are printed in by the cited source. Arabic words are kept verbatim in `text.ar`, with any
 * quotation marks the source prints, and `text.en` is a faithful translation, marked as such by
 * `translation`. English words are kept verbatim in `text.en`; when the speaker spoke another
 * language and the report printed English, `translation` says so (`by: 'the-publication'`). For indirect speech, `text` keeps only the words that are the statement's point
 * and `gist` gives the rest of the passage in the editors' words; the evidence span still covers
 * the whole passage. The record-level `assertedBy`/`certainty` say who reports the speech.
 *
 * @example
 * ```ts
 * import { getQuote, quotesBy } from 'syria-counter-isis'
 * quotesBy('tom-barrack')[0]?.text
 * //=> { ar: 'سورية عادت إلى صفّنا', en: 'Syria is back on our side.' }
 * getQuote('firas-allawi-iranian-militias')?.gist?.en
 * //=> 'Firas Allawi believes the cooperation is about more than fighting ISIS: it also serves this aim.'
 * ```
 */
export const Quote = z
  .strictObject({
    /** Stable id. */
    id: Slug,
    /** Id of the actor who said it. */
    speaker: Slug.meta({ description: 'Id of the actor who said it.' }),
    /** BCP 47 tag of the language the words are printed in by the cited source (`ar` or `en`). */
    language: LanguageTag.default('ar').meta({ description: 'BCP 47 tag of the language the words are printed in by the cited source: ar or en.' }),
    /** The words: verbatim in the printed language, and English. */
    text: z
      .strictObject({
        /** Verbatim Arabic from the source, with the quotation marks it prints; required when `language` is `ar`. */
        ar: PrintableText.optional().meta({ description: "Verbatim Arabic from the source, with the quotation marks it prints; required when language is ar, absent otherwise." }),
        /** English: verbatim when `language` is `en`, else a faithful translation. */
        en: PrintableText.meta({ description: 'English: verbatim as printed when language is en, else a faithful translation by the dataset editors.' }),
      })
      .meta({ description: 'The words: verbatim in the printed language (ar or en), and English.' }),
    /** Marks `text.en` as a translation and from which language; absent when the printed English is the speaker's own. */
    translation: z
      .strictObject({
        /** Language translated from. */
        from: LanguageTag.meta({ description: 'BCP 47 tag of the language translated from.' }),
        /** Language translated into. */
        to: z.literal('en').meta({ description: 'Language translated into: en.' }),
        /** Who translated: the editors, or the publication that printed English for words said in another language. */
        by: Translator,
        /** What a reader of the translation should know, e.g. that the speaker's original words were in another language. */
        note: PrintableText.optional().meta({ description: "What a reader of the translation should know, e.g. that the speaker's original words were in another language and are not in the source." }),
      })
      .optional()
      .meta({ description: "Marks text.en as a translation: from which language, by whom; absent when the printed English is the speaker's own words." }),
    /**
     * The rest of the passage in the editors' words: what the source says around `text`, when
     * `text` keeps only the words that are the statement's point (indirect speech). Not a quote.
     */
    gist: z
      .strictObject({
        /** The rest of the passage, in the editors' English words. */
        en: PrintableText.meta({ description: "The rest of the passage, in the editors' English words (not a translation)." }),
      })
      .optional()
      .meta({ description: "The rest of the passage in the editors' words, when text keeps only the words that are the statement's point; absent when text is the whole passage." }),
    /** Direct or indirect speech. */
    mode: QuoteMode,
    /** Where it was said. */
    channel: QuoteChannel,
    /** Id of the outlet it was said to or through (the interviewing publication). */
    medium: Slug.optional().meta({ description: 'Id of the outlet it was said to or through, e.g. the interviewing publication.' }),
    /** When it was said, at the precision known (EDTF); absent when the source does not say. */
    date: EdtfDate.optional().meta({ description: 'When it was said (EDTF); absent when the source does not say.' }),
    /** How the date was obtained (required with `date`). */
    dateBasis: DateBasis.optional().meta({ description: 'How the date was obtained; required with date.' }),
    ...dateWordsFields,
    /** What it is about. */
    about: QuoteAbout.default({ operations: [], actors: [], locations: [], topics: [] }),
    /** Claims about the quote (the publication's reading of it). */
    notes: z.array(Note).default([]).meta({ description: "Claims about the quote, such as the publication's reading of it." }),
    /** Who reports the speech: usually `reporter`. */
    assertedBy: claimFields.assertedBy,
    /** How surely the speech is reported. */
    certainty: claimFields.certainty,
    /** Spans that give the quote and its attribution. */
    evidence: z.array(Evidence).min(1).meta({ description: 'Spans that give the quote and its attribution.' }),
  })
  .check((ctx) => {
    const q = ctx.value
    const issue = (path: PropertyKey[], message: string): void => void ctx.issues.push({ code: 'custom', input: q, path, message })
    if (q.date !== undefined && q.dateBasis === undefined) issue(['dateBasis'], 'a dated quote needs dateBasis')
    if (q.language !== 'ar' && q.language !== 'en') issue(['language'], `quotes are kept in the language they are printed in, ar or en; "${q.language}" has no text field yet`)
    if (q.language === 'ar') {
      if (q.text.ar === undefined) issue(['text', 'ar'], 'a quote printed in Arabic keeps its Arabic words in text.ar')
      if (q.translation === undefined) issue(['translation'], 'the English of a quote printed in Arabic is a translation: say so in translation')
      else if (q.translation.from !== 'ar' || q.translation.by !== 'dataset-editors') issue(['translation'], 'the English of a quote printed in Arabic is translated from ar by the dataset editors')
    }
    if (q.language === 'en') {
      if (q.text.ar !== undefined) issue(['text', 'ar'], 'a quote printed in English has no Arabic words in any cited source: text.ar must be absent')
      if (q.translation !== undefined && (q.translation.by !== 'the-publication' || q.translation.from === 'en')) {
        issue(['translation'], 'printed English is the words as the publication gives them: a translation of it is by the-publication, from the language the speaker spoke')
      }
    }
  })
  .meta({ description: 'Something an actor said or is reported to have said.' })
/** Something an actor said: see the {@link Quote} schema. */
export type Quote = DeepReadonly<z.output<typeof Quote>>
