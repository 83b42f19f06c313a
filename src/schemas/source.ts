import * as z from 'zod'
import type { DeepReadonly } from './deep-readonly.js'
import { Note } from './claim.js'
import { CalendarDay } from './edtf-date.js'
import { Evidence } from './evidence.js'
import { LocalizedText } from './localized-text.js'
import { Slug } from './slug.js'
import { LanguageTag, PrintableText } from './text.js'
import { SourceGenre } from './vocabularies.js'
import { TEXT_DIRECTIONS } from './vocabulary-values.js'

// Only the web: a `javascript:`, `file:` or `data:` address in a shipped record could run or
// read something where a user's app turns it into a link.
const HTTP_URL = z
  .url({ protocol: /^https?$/, error: (issue) => `expected an http(s) URL, found ${JSON.stringify(issue.input)}` })
  .meta({ pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' })

const common = {
  /** Stable id of the source. */
  id: Slug,
  /** BCP 47 language tag of the text. */
  language: LanguageTag.meta({ description: 'BCP 47 language tag of the text, e.g. ar.' }),
  /** Claims about the source or framing claims that no other record holds. */
  notes: z.array(Note).default([]).meta({ description: "The publication's framing claims that no other record holds, and notes on the source itself." }),
}

const textDirection = z.enum(TEXT_DIRECTIONS).meta({ description: 'Writing direction of the text: rtl or ltr.' })

/**
 * An article whose full text the repository keeps (the seed article): evidence points into it by
 * offsets. `sha256` and `length` pin the exact text the offsets refer to; the text itself is not
 * redistributed in the npm package.
 *
 * @example
 * ```ts
 * import { sources } from 'syria-counter-isis/data'
 * sources.find((s) => s.kind === 'full-text')?.published //=> '2025-10-24'
 * ```
 */
export const FullTextSource = z
  .strictObject({
    ...common,
    /** What the source is: a kept full text. */
    kind: z.literal('full-text').meta({ description: 'A source whose full text the repository keeps; evidence is spans by offsets.' }),
    /** What genre of publication it is. */
    genre: SourceGenre,
    /** Id of the publishing actor. */
    publisher: Slug.meta({ description: 'Id of the publishing actor.' }),
    /** Headline, only where verified. */
    title: LocalizedText.optional().meta({ description: 'Headline, only where verified.' }),
    /** Publication date (local calendar day). */
    published: CalendarDay.meta({ description: 'Publication date (local calendar day), YYYY-MM-DD.' }),
    /** Writing direction of the text. */
    textDirection,
    /** Unicode normalisation form of the text the offsets count in. */
    normalization: z.literal('NFC').meta({ description: 'Unicode normalisation form of the text the offsets count in (NFC; diacritics and tatweel kept).' }),
    /** SHA-256 (hex) of the UTF-8 bytes of the exact text the offsets refer to. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'SHA-256, lower-case hex, of the UTF-8 bytes of the exact text the offsets refer to.' }),
    /** Length of the text in Unicode code points. */
    length: z.int().positive().meta({ description: 'Length of the text in Unicode code points.' }),
    /** Length of the text in UTF-16 code units. */
    utf16Length: z.int().positive().meta({ description: 'Length of the text in UTF-16 code units.' }),
    /** Path of the text relative to the data folder (kept in the repository, not shipped in the npm package). */
    file: PrintableText.optional().meta({ description: 'Path of the text relative to the data folder; kept in the repository, not shipped in the npm package.' }),
    /** Address of the source, as stored with the text. */
    url: HTTP_URL.optional().meta({ description: 'Address of the source, as stored with the text.' }),
    /** Spans that state the metadata (the dateline). */
    evidence: z.array(Evidence).min(1).meta({ description: 'Spans of the text that state its metadata, such as the dateline.' }),
  })
  .meta({ description: 'A source whose full text the repository keeps.' })
/** A source whose full text the repository keeps: see the {@link FullTextSource} schema. */
export type FullTextSource = DeepReadonly<z.output<typeof FullTextSource>>

/**
 * A news report or official statement page read in a stored copy. Its words are never stored:
 * evidence fingerprints them. `carries` names the wire services or outlets whose copy it
 * republishes, so two pages of the same wire copy do not count as independent. `published` is
 * absent when the stored copy shows no date: a date worked out from such a page alone is never
 * recorded, and `publishedBasis` says the date is not stated.
 *
 * @example
 * ```ts
 * import { ReportSource } from 'syria-counter-isis/schemas'
 * const parsed = ReportSource.parse({
 *   id: 'example-2025-07-25-raid', kind: 'report', genre: 'news-article', publisher: 'example-outlet',
 *   carries: ['associated-press'], published: '2025-07-25', publishedBasis: 'date header',
 *   url: 'https://example.org/raid', language: 'en', textDirection: 'ltr',
 * })
 * parsed.notes //=> []
 * ```
 */
export const ReportSource = z
  .strictObject({
    ...common,
    /** What the source is: a report read in a stored copy. */
    kind: z.literal('report').meta({ description: 'A news report or statement page read in a stored copy; evidence is fingerprints.' }),
    /** What genre of publication it is. */
    genre: SourceGenre,
    /** Id of the outlet (or the ministry, CENTCOM... for their own statement pages). */
    publisher: Slug.meta({ description: 'Id of the outlet, or of the body whose own statement page it is.' }),
    /** Ids of wire services or outlets whose copy or account it republishes. */
    carries: z.array(Slug).optional().meta({ description: 'Ids of wire services or outlets whose copy or account it republishes (for independence).' }),
    /** Headline, only if verified in the stored copy. */
    title: LocalizedText.optional().meta({ description: 'Headline, only if verified in the stored copy.' }),
    /** Publication date (local calendar day); absent when the stored copy shows none (never guessed). */
    published: CalendarDay.optional().meta({ description: 'Publication date (local calendar day), YYYY-MM-DD; absent when the stored copy shows none, never guessed.' }),
    /** How the publication date was read, in our words, or that the stored copy does not state one. */
    publishedBasis: PrintableText.meta({ description: 'How the publication date was read, in our words: "date header", "URL path 2025-07-25"..., or that the stored copy states none.' }),
    /** The address, as the stored copy gives it. */
    url: HTTP_URL.meta({ description: 'The address, as the stored copy gives it.' }),
    /** Writing direction of the text. */
    textDirection,
  })
  .meta({ description: 'A news report or statement page read in a stored copy.' })
/** A report read in a stored copy: see the {@link ReportSource} schema. */
export type ReportSource = DeepReadonly<z.output<typeof ReportSource>>

/**
 * An encyclopaedia page or gazetteer dataset a value was read in, named as printed. No scheme
 * or address is invented: `address` is written as the reference was cited.
 *
 * @example
 * ```ts
 * import { ReferenceSource } from 'syria-counter-isis/schemas'
 * const parsed = ReferenceSource.parse({
 *   id: 'wikipedia-en-dumayr', kind: 'reference', genre: 'encyclopedia', language: 'en',
 *   title: 'Wikipedia "Dumayr"', work: 'Wikipedia (en)', address: 'en.m.wikipedia.org/wiki/Dumayr',
 * })
 * parsed.work //=> 'Wikipedia (en)'
 * ```
 */
export const ReferenceSource = z
  .strictObject({
    ...common,
    /** What the source is: a reference. */
    kind: z.literal('reference').meta({ description: 'An encyclopaedia page or gazetteer dataset; evidence is values as printed.' }),
    /** What genre of publication it is. */
    genre: SourceGenre,
    /** The reference's title, as printed. */
    title: PrintableText.meta({ description: 'The title, as printed, e.g. Wikipedia "Dumayr".' }),
    /** The work it belongs to. */
    work: PrintableText.meta({ description: 'The work it belongs to: Wikipedia (en), Open-Syria/data-geography, GeoNames dump...' }),
    /** The address as printed (no scheme invented). */
    address: PrintableText.optional().meta({ description: 'The address as printed, e.g. en.m.wikipedia.org/wiki/Dumayr (no scheme invented).' }),
    /** GitHub repository (owner/name) of a file reference. */
    repository: PrintableText.optional().meta({ description: 'GitHub repository (owner/name) of a file reference.' }),
    /** Path of the file inside the repository. */
    path: PrintableText.optional().meta({ description: 'Path of the file inside the repository.' }),
    /** The day the project recorded the value. */
    retrieved: CalendarDay.optional().meta({ description: 'The day the project recorded the value, YYYY-MM-DD.' }),
    /** How the reference was read, where not directly. */
    readVia: PrintableText.optional().meta({ description: 'How the reference was read, where not directly: e.g. the project reference gazetteer.' }),
  })
  .meta({ description: 'An encyclopaedia page or gazetteer dataset a value was read in.' })
/** A reference a value was read in: see the {@link ReferenceSource} schema. */
export type ReferenceSource = DeepReadonly<z.output<typeof ReferenceSource>>

/**
 * Where the dataset's facts are read, by `kind`: a {@link FullTextSource} (the seed article), a
 * {@link ReportSource} (fingerprinted report) or a {@link ReferenceSource} (encyclopaedia,
 * gazetteer). UCDP's `source_article`, `source_office`, `source_date` structured.
 *
 * @example
 * ```ts
 * import { sources } from 'syria-counter-isis/data'
 * sources.some((s) => s.kind === 'reference') //=> true
 * ```
 */
export const Source = z
  .discriminatedUnion('kind', [FullTextSource, ReportSource, ReferenceSource])
  .meta({ description: 'Where facts are read: a kept full text, a report read in a stored copy, or a reference.' })
/** Where facts are read: see the {@link Source} schema. */
export type Source = DeepReadonly<z.output<typeof Source>>
