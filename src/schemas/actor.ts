import * as z from 'zod/mini'
import type { DeepReadonly } from './deep-readonly.js'
import { claimFields, Note } from './claim.js'
import { EdtfDate } from './edtf-date.js'
import { Evidence } from './evidence.js'
import { Alias, LocalizedText } from './localized-text.js'
import { edtfToInterval } from '../dates/calendar-interval.js'
import { parseEdtf } from '../dates/edtf.js'
import { noSelfReference } from './self-reference.js'
import { Slug } from './slug.js'
import { ActorKind, IdentifierScheme, KinshipRelation } from './vocabularies.js'
import { PrintableText } from './text.js'
import { withMeta } from './with-meta.js'

/**
 * A verified external identifier (Wikidata QID, GeoNames id, OCHA P-code...) with the
 * reference it was read from. Identifiers are never filled from memory.
 *
 * @example
 * ```ts
 * import { ExternalId } from 'syria-counter-isis/schemas'
 * ExternalId.parse({ scheme: 'wikidata', value: 'Q858', evidence: [{ type: 'reference', source: 'spocwiki-standards-syria', quote: 'Q858' }] }).value
 * //=> 'Q858'
 * ```
 */
export const ExternalId = z
  .strictObject({
    /** The identifier scheme. */
    scheme: IdentifierScheme,
    /** The identifier, as the scheme writes it (`Q858`, `SY03`, `163843`). */
    value: PrintableText.apply(withMeta, { description: 'The identifier, as the scheme writes it (Q858, SY03, 163843).' }),
    /** Where the identifier was read: the reference and the value as printed. */
    evidence: z.array(Evidence).check(z.minLength(1)).apply(withMeta, { description: 'Where the identifier was read: the reference and the value as printed.' }),
  })
  .apply(withMeta, { description: 'A verified external identifier with the reference it was read from.' })
/** A verified external identifier: see the {@link ExternalId} schema. */
export type ExternalId = DeepReadonly<z.output<typeof ExternalId>>

/**
 * A position or membership (Popolo Membership): this actor is `role` of/at `actor`, e.g. Wael
 * Alwan is a researcher at the Jusoor Center.
 *
 * @example
 * ```ts
 * import { Affiliation } from 'syria-counter-isis/schemas'
 * Affiliation.parse({
 *   actor: 'jusoor-center', role: { en: 'researcher', ar: 'الباحث' },
 *   assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'example-reference', quote: 'example' }],
 * })
 * ```
 */
export const Affiliation = z
  .strictObject({
    /** Id of the organisation, state or body the actor belongs to. */
    actor: Slug.apply(withMeta, { description: 'Id of the organisation, state or body the actor belongs to.' }),
    /** The position or membership, e.g. "researcher", "special envoy". */
    role: LocalizedText.apply(withMeta, { description: 'The position or membership, e.g. researcher, special envoy.' }),
    /** When the affiliation began, where known. */
    start: z.optional(EdtfDate).apply(withMeta, { description: 'When the affiliation began, where known (EDTF).' }),
    /** When it ended, where known. */
    end: z.optional(EdtfDate).apply(withMeta, { description: 'When it ended, where known (EDTF).' }),
    ...claimFields,
  })
  .check((ctx) => {
    const { start, end } = ctx.value
    if (start === undefined || end === undefined || !parseEdtf(start).ok || !parseEdtf(end).ok) return
    if (edtfToInterval(start).start > edtfToInterval(end).end) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['end'], message: `the affiliation ends (${end}) before it starts (${start})` })
    }
  })
  .apply(withMeta, { description: 'A position or membership: this actor is role of/at actor.' })
/** A position or membership: see the {@link Affiliation} schema. */
export type Affiliation = DeepReadonly<z.output<typeof Affiliation>>

/**
 * A family tie: this actor is the `relation` of `actor` (e.g. `child-of` the leader killed in
 * al-Bab).
 *
 * @example
 * ```ts
 * import { Kinship } from 'syria-counter-isis/schemas'
 * Kinship.parse({ actor: 'someone', relation: 'child-of', assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'example-reference', quote: 'example' }] })
 * ```
 */
export const Kinship = z
  .strictObject({
    /** Id of the relative. */
    actor: Slug.apply(withMeta, { description: 'Id of the relative.' }),
    /** This actor is the `relation` of that actor. */
    relation: KinshipRelation,
    ...claimFields,
  })
  .apply(withMeta, { description: 'A family tie: this actor is the relation of actor.' })
/** A family tie: see the {@link Kinship} schema. */
export type Kinship = DeepReadonly<z.output<typeof Kinship>>

/**
 * A person, organisation, state, armed group, coalition, government body, publication or
 * collective (Popolo Person / Organization). Unnamed people ("a security source", "a former
 * Roumieh prison inmate") are actors with `identified: false`.
 *
 * @example
 * ```ts
 * import { getActor } from 'syria-counter-isis'
 * getActor('tom-barrack')?.name
 * //=> { en: 'Tom Barrack', ar: 'توم برّاك' }
 * ```
 */
export const Actor = z
  .strictObject({
    /** Stable id. */
    id: Slug,
    /** What the actor is. */
    kind: ActorKind,
    /** Name: English, and the Arabic the source prints. */
    name: LocalizedText.apply(withMeta, { description: 'Name: English, and the Arabic the source prints.' }),
    /** Other spellings, transliterations and abbreviations. */
    aliases: z._default(z.array(Alias), []).apply(withMeta, { description: 'Other spellings, transliterations and abbreviations.' }),
    /** One-line English description. */
    description: z.optional(LocalizedText).apply(withMeta, { description: 'One-line description.' }),
    /** `false` for people and groups the source leaves unnamed. */
    identified: z._default(z.boolean(), true).apply(withMeta, { description: 'false for people and groups the source leaves unnamed.' }),
    /** Positions and memberships. */
    affiliations: z._default(z.array(Affiliation), []).apply(withMeta, { description: 'Positions and memberships (Popolo Membership).' }),
    /** Family ties to other actors. */
    kinship: z._default(z.array(Kinship), []).apply(withMeta, { description: 'Family ties to other actors.' }),
    /** Verified external identifiers. */
    identifiers: z._default(z.array(ExternalId), []).apply(withMeta, { description: 'Verified external identifiers, each with the reference it was read in.' }),
    /** Claims about the actor with no structured field. */
    notes: z._default(z.array(Note), []).apply(withMeta, { description: 'Claims about the actor with no structured field.' }),
    /** Where the source mentions the actor. */
    evidence: z.array(Evidence).check(z.minLength(1)).apply(withMeta, { description: 'Where the source mentions the actor.' }),
  })
  .check(noSelfReference('actor'))
  .apply(withMeta, { description: 'A person, organisation, state, armed group, coalition, government body, publication or collective.' })
/** A person or organisation: see the {@link Actor} schema. */
export type Actor = DeepReadonly<z.output<typeof Actor>>
