import * as z from 'zod'
import type { DeepReadonly } from './deep-readonly.js'
import { Note } from './claim.js'
import { Citation } from './citation.js'
import { CalendarDay } from './edtf-date.js'
import { Evidence } from './evidence.js'
import { LocalizedText } from './localized-text.js'
import { Slug } from './slug.js'
import { LanguageTag, PrintableText } from './text.js'
import { SOURCE_KINDS, TEXT_DIRECTIONS } from './vocabulary-values.js'

// Only the web: a `javascript:`, `file:` or `data:` address in a shipped record could run or
// read something where a user's app turns it into a link.
const HTTP_URL = z
  .url({ protocol: /^https?$/, error: (issue) => `expected an http(s) URL, found ${JSON.stringify(issue.input)}` })
  .meta({ pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' })

/**
 * A publication the dataset's facts are read from (UCDP's `source_article`, `source_office`,
 * `source_date`, `source_headline`, structured). `sha256` and `length` pin the exact text the
 * evidence offsets refer to; the text itself is not redistributed in the npm package.
 *
 * @example
 * ```ts
 * import { sources } from 'syria-counter-isis/data'
 * sources[0].published //=> '2025-10-24'
 * ```
 */
export const Source = z
  .strictObject({
    /** Stable id of the source. */
    id: Slug,
    /** What the source is. */
    kind: z.enum(SOURCE_KINDS).meta({ description: 'What the source is: news-article, statement or report.' }),
    /** Id of the publishing actor. */
    publisher: Slug.meta({ description: 'Id of the publishing actor.' }),
    /** Headline, only where verified. */
    title: LocalizedText.optional().meta({ description: 'Headline, only where verified.' }),
    /** Publication date (local calendar day). */
    published: CalendarDay.meta({ description: 'Publication date (local calendar day), YYYY-MM-DD.' }),
    /** BCP 47 language tag of the text. */
    language: LanguageTag.meta({ description: 'BCP 47 language tag of the text, e.g. ar.' }),
    /** Writing direction of the text. */
    textDirection: z.enum(TEXT_DIRECTIONS).meta({ description: 'Writing direction of the text: rtl or ltr.' }),
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
    /** Address of the source, only as given by a cited reference. */
    url: HTTP_URL.optional().meta({ description: 'Address of the source, only as given by a cited reference.' }),
    /** References for the metadata not printed in the text (the URL, the publisher). */
    citations: z.array(Citation).default([]).meta({ description: 'References for metadata not printed in the text, such as the URL.' }),
    /** Spans that state the metadata (the dateline). */
    evidence: z.array(Evidence).min(1).meta({ description: 'Spans of the text that state its metadata, such as the dateline.' }),
    /** The publication's framing claims that no other record holds. */
    notes: z.array(Note).default([]).meta({ description: "The publication's framing claims that no other record holds." }),
  })
  .meta({ description: 'A publication the facts are read from.' })
/** A publication the facts are read from: see the {@link Source} schema. */
export type Source = DeepReadonly<z.output<typeof Source>>
