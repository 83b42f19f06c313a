import * as z from 'zod'
import type { DeepReadonly } from './deep-readonly.js'
import { claimFields, Note } from './claim.js'
import { dateWordsFields } from './date-words.js'
import { EdtfDate } from './edtf-date.js'
import { Evidence } from './evidence.js'
import { Slug } from './slug.js'
import { LanguageTag } from './text.js'
import { DateBasis, QuoteChannel, QuoteMode } from './vocabularies.js'
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
 * Something an actor said or is reported to have said. `text.ar` is verbatim from the source,
 * with any quotation marks it prints; `text.en` is a faithful translation, marked as such by
 * `translation`. For indirect speech, `text` keeps only the words that are the statement's point
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
    /** The words: verbatim Arabic and faithful English. */
    text: z
      .strictObject({
        /** Verbatim Arabic from the source, with the quotation marks it prints. */
        ar: PrintableText.meta({ description: 'Verbatim Arabic from the source, with the quotation marks it prints.' }),
        /** Faithful English translation by the dataset editors. */
        en: PrintableText.meta({ description: 'Faithful English translation by the dataset editors.' }),
      })
      .meta({ description: 'The words: verbatim Arabic and faithful English translation.' }),
    /** Marks `text.en` as a translation and from which language. */
    translation: z
      .strictObject({
        /** Language translated from. */
        from: LanguageTag.meta({ description: 'BCP 47 tag of the language translated from.' }),
        /** Language translated into. */
        to: z.literal('en').meta({ description: 'Language translated into: en.' }),
        /** Who translated. */
        by: z.literal('dataset-editors').meta({ description: 'Who translated: the dataset editors.' }),
        /** What a reader of the translation should know, e.g. that the speaker's original words were in another language. */
        note: PrintableText.optional().meta({ description: "What a reader of the translation should know, e.g. that the speaker's original words were in another language and are not in the source." }),
      })
      .meta({ description: 'Marks text.en as a translation: from which language, by whom.' }),
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
    if (ctx.value.date !== undefined && ctx.value.dateBasis === undefined) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['dateBasis'], message: 'a dated quote needs dateBasis' })
    }
  })
  .meta({ description: 'Something an actor said or is reported to have said.' })
/** Something an actor said: see the {@link Quote} schema. */
export type Quote = DeepReadonly<z.output<typeof Quote>>
