import * as z from 'zod/mini'
import type { DeepReadonly } from './deep-readonly.js'
import { claimFields } from './claim.js'
import { EdtfDate } from './edtf-date.js'
import { Slug } from './slug.js'
import { PrintableText } from './text.js'
import { DateBasis, OperationType } from './vocabularies.js'
import { withMeta } from './with-meta.js'

/**
 * One source's reading of an operation's date, with who gives it. `derivation` says how a
 * `derived` date was obtained (a weekday turned into a date using a dated page) and is required
 * for it; `time` is the local time of day as stated.
 *
 * @example
 * ```ts
 * import { DateReading } from 'syria-counter-isis/schemas'
 * const parsed = DateReading.parse({
 *   field: 'date', date: '2025-10-19', dateBasis: 'explicit', time: '03:00',
 *   assertedBy: 'reporter', certainty: 'reported',
 *   evidence: [{ type: 'reference', source: 'example-reference', quote: '2025-10-19' }],
 * })
 * parsed.time //=> '03:00'
 * ```
 */
export const DateReading = z
  .strictObject({
    /** The field read: the date. */
    field: z.literal('date').apply(withMeta, { description: 'The field this reading gives: date.' }),
    /** The date as this source gives it (EDTF). */
    date: EdtfDate,
    /** How the date was obtained (not `reconciled`: that is the record's own). */
    dateBasis: DateBasis,
    /** The source's own date words, verbatim, when relative or inferred. */
    dateExpression: z.optional(PrintableText).apply(withMeta, { description: "The source's own date words, verbatim, when relative or inferred." }),
    /** Local time of day as stated, HH:MM. */
    time: z.optional(z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: (issue) => `expected a local time HH:MM, found ${JSON.stringify(issue.input)}` }))).apply(withMeta, { description: 'Local time of day as stated, HH:MM.' }),
    /** How a derived date was obtained, in our words (required for `derived`). */
    derivation: z.optional(PrintableText).apply(withMeta, { description: 'How a derived date was obtained, in our words; required when dateBasis is derived.' }),
    ...claimFields,
  })
  .check((ctx) => {
    const r = ctx.value
    if (r.dateBasis === 'derived' && r.derivation === undefined) ctx.issues.push({ code: 'custom', input: r, path: ['derivation'], message: 'a derived date needs a derivation: how the date was obtained' })
    if (r.dateBasis !== 'derived' && r.derivation !== undefined) ctx.issues.push({ code: 'custom', input: r, path: ['derivation'], message: `derivation is only for a derived date, not a${r.dateBasis === 'explicit' || r.dateBasis === 'inferred' ? 'n' : ''} ${r.dateBasis} one` })
    if (r.dateBasis === 'reconciled') ctx.issues.push({ code: 'custom', input: r, path: ['dateBasis'], message: 'a reading is one source\'s date: "reconciled" is only for the record\'s own date' })
  })
  .apply(withMeta, { description: "One source's reading of the date, with attribution and evidence." })
/** One source's reading of the date: see the {@link DateReading} schema. */
export type DateReading = DeepReadonly<z.output<typeof DateReading>>

/**
 * One source's reading of where an operation happened.
 *
 * @example
 * ```ts
 * import { LocationReading } from 'syria-counter-isis/schemas'
 * const parsed = LocationReading.parse({
 *   field: 'location', location: 'al-bab', assertedBy: 'reporter', certainty: 'reported',
 *   evidence: [{ type: 'reference', source: 'example-reference', quote: 'al-Bab' }],
 * })
 * parsed.location //=> 'al-bab'
 * ```
 */
export const LocationReading = z
  .strictObject({
    /** The field read: the location. */
    field: z.literal('location').apply(withMeta, { description: 'The field this reading gives: location.' }),
    /** Id of the place as this source gives it. */
    location: Slug.apply(withMeta, { description: 'Id of the place as this source gives it.' }),
    ...claimFields,
  })
  .apply(withMeta, { description: "One source's reading of the place, with attribution and evidence." })
/** One source's reading of the place: see the {@link LocationReading} schema. */
export type LocationReading = DeepReadonly<z.output<typeof LocationReading>>

/**
 * One source's reading of what kind of operation it was.
 *
 * @example
 * ```ts
 * import { TypesReading } from 'syria-counter-isis/schemas'
 * const parsed = TypesReading.parse({
 *   field: 'types', types: ['airborne-landing'], assertedBy: 'reporter', certainty: 'reported',
 *   evidence: [{ type: 'reference', source: 'example-reference', quote: 'airdrop' }],
 * })
 * parsed.types //=> ['airborne-landing']
 * ```
 */
export const TypesReading = z
  .strictObject({
    /** The field read: the operation types. */
    field: z.literal('types').apply(withMeta, { description: 'The field this reading gives: types.' }),
    /** What happened, as this source describes it. */
    types: z.array(OperationType).check(z.minLength(1)).apply(withMeta, { description: 'What happened, as this source describes it.' }),
    ...claimFields,
  })
  .apply(withMeta, { description: "One source's reading of what happened, with attribution and evidence." })
/** One source's reading of what happened: see the {@link TypesReading} schema. */
export type TypesReading = DeepReadonly<z.output<typeof TypesReading>>

/**
 * One source's reading of an operation's date, place or types, side by side with the others;
 * the record's own `date`, `location` and `types` are the reconciled values that span them.
 *
 * @example
 * ```ts
 * import { Reading } from 'syria-counter-isis/schemas'
 * const parsed = Reading.parse({
 *   field: 'types', types: ['ground-incursion'], assertedBy: 'reporter', certainty: 'reported',
 *   evidence: [{ type: 'reference', source: 'example-reference', quote: 'ground force' }],
 * })
 * parsed.field //=> 'types'
 * ```
 */
export const Reading = z
  .discriminatedUnion('field', [DateReading, LocationReading, TypesReading])
  .apply(withMeta, { description: "One source's reading of the date, place or types of an operation." })
/** One source's reading of a field: see the {@link Reading} schema. */
export type Reading = DeepReadonly<z.output<typeof Reading>>
