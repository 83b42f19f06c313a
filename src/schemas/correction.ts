import * as z from 'zod/mini'
import type { DeepReadonly } from './deep-readonly.js'
import { CalendarDay } from './edtf-date.js'
import { Evidence } from './evidence.js'
import { noSelfReference } from './self-reference.js'
import { Slug } from './slug.js'
import { PrintableText } from './text.js'
import { withMeta } from './with-meta.js'

/**
 * A published correction: which records changed, what changed and why, with the evidence for
 * the new value. Corrections are never deleted; they are the dataset's errata.
 *
 * @example
 * ```ts
 * import { Correction } from 'syria-counter-isis/schemas'
 * const parsed = Correction.parse({
 *   id: 'fix-example', date: '2025-11-01', version: '0.1.1', affects: ['atmeh'],
 *   change: 'Corrected the English name.', reason: 'Transliteration error.',
 *   evidence: [{ type: 'reference', source: 'example-reference', quote: 'example' }],
 * })
 * parsed.affects //=> ['atmeh']
 * ```
 */
export const Correction = z
  .strictObject({
    /** Stable id of the correction. */
    id: Slug,
    /** When it was made. */
    date: CalendarDay.apply(withMeta, { description: 'When the correction was made, YYYY-MM-DD.' }),
    /** The package version that first carries it. */
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/)).apply(withMeta, { description: 'The package version that first carries it (SemVer).' }),
    /** Ids of the records it changes. */
    affects: z.array(Slug).check(z.minLength(1)).apply(withMeta, { description: 'Ids of the records it changes (or retires).' }),
    /** What changed, old value to new. */
    change: PrintableText.apply(withMeta, { description: 'What changed, from what to what.' }),
    /** Why. */
    reason: PrintableText.apply(withMeta, { description: 'Why it changed.' }),
    /** What supports the corrected value: spans, fingerprints or reference values. */
    evidence: z.array(Evidence).check(z.minLength(1)).apply(withMeta, { description: 'What supports the corrected value: spans, fingerprints or reference values.' }),
  })
  .check(noSelfReference('correction'))
  .apply(withMeta, { description: 'A published correction: affected records, what changed, why, evidence.' })
/** A published correction: see the {@link Correction} schema. */
export type Correction = DeepReadonly<z.output<typeof Correction>>

/**
 * A retired id and the id that replaces it. Lookups follow redirects, so an id a user stored
 * keeps resolving after a rename or merge.
 *
 * @example
 * ```ts
 * import { Redirect } from 'syria-counter-isis/schemas'
 * Redirect.parse({ id: 'old-id', to: 'new-id', date: '2025-11-01', reason: 'Merged duplicate.' })
 * ```
 */
export const Redirect = z
  .strictObject({
    /** The retired id. */
    id: Slug.apply(withMeta, { description: 'The retired id.' }),
    /** The id that replaces it. */
    to: Slug.apply(withMeta, { description: 'The id that replaces it.' }),
    /** When it was retired. */
    date: CalendarDay.apply(withMeta, { description: 'When the id was retired, YYYY-MM-DD.' }),
    /** Why (renamed, merged into...). */
    reason: PrintableText.apply(withMeta, { description: 'Why the id was retired: renamed, merged...' }),
  })
  .check(noSelfReference('redirect'))
  .apply(withMeta, { description: 'A retired id and the id that replaces it.' })
/** A retired id and its replacement: see the {@link Redirect} schema. */
export type Redirect = DeepReadonly<z.output<typeof Redirect>>
