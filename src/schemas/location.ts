import * as z from 'zod/mini'
import type { DeepReadonly } from './deep-readonly.js'
import { ExternalId } from './actor.js'
import { claimFields, Note } from './claim.js'
import { Evidence } from './evidence.js'
import { Alias, LocalizedText } from './localized-text.js'
import { COUNTRY_CODES } from './generated/country-codes.js'
import { noSelfReference } from './self-reference.js'
import { Slug } from './slug.js'
import { CoordinatePrecision, LocationKind, PlaceRelation } from './vocabularies.js'
import { withMeta } from './with-meta.js'

// The shape stays a regular expression so the JSON Schema keeps it; membership is the Zod check.
const CountryCode = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, { error: (issue) => `expected an ISO 3166-1 alpha-2 code (two capital letters), found ${JSON.stringify(issue.input)}` }))
  .check((ctx) => {
    if (/^[A-Z]{2}$/.test(ctx.value) && !COUNTRY_CODES.has(ctx.value)) ctx.issues.push({ code: 'custom', input: ctx.value, message: `"${ctx.value}" is not an officially assigned ISO 3166-1 alpha-2 code` })
  })

/**
 * A WGS84 coordinate pair with what it stands for and where it was read. Coordinates come only
 * from cited references, never from memory or geocoding.
 *
 * @example
 * ```ts
 * import { Coordinates } from 'syria-counter-isis/schemas'
 * const parsed = Coordinates.parse({
 *   lat: 36.31111, lon: 36.68639, precision: 'point',
 *   evidence: [{ type: 'reference', source: 'wikipedia-en-atme', quote: '36.31111, 36.68639' }],
 * })
 * parsed.precision //=> 'point'
 * ```
 */
export const Coordinates = z
  .strictObject({
    /** Latitude, decimal degrees (WGS84), as printed by the reference. */
    lat: z.number().check(z.gte(-90)).check(z.lte(90)).apply(withMeta, { description: 'Latitude in decimal degrees (WGS84), as printed by the reference.' }),
    /** Longitude, decimal degrees (WGS84), as printed by the reference. */
    lon: z.number().check(z.gte(-180)).check(z.lte(180)).apply(withMeta, { description: 'Longitude in decimal degrees (WGS84), as printed by the reference.' }),
    /** Whether this is the place's own point or a centroid. */
    precision: CoordinatePrecision,
    /** Where the coordinates were read: the reference and the pair as printed. */
    evidence: z.array(Evidence).check(z.minLength(1)).apply(withMeta, { description: 'Where the coordinates were read: the reference and the pair as printed.' }),
  })
  .apply(withMeta, { description: 'A WGS84 coordinate pair with its precision and the reference it was read in.' })
/** A cited coordinate pair: see the {@link Coordinates} schema. */
export type Coordinates = DeepReadonly<z.output<typeof Coordinates>>

/**
 * The administrative parent of a place (village in governorate, governorate in country),
 * supported by the source or by a cited reference.
 *
 * @example
 * ```ts
 * import { ParentPlace } from 'syria-counter-isis/schemas'
 * ParentPlace.parse({ location: 'syria', assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'example-reference', quote: 'example' }] })
 * ```
 */
export const ParentPlace = z
  .strictObject({
    /** Id of the parent location. */
    location: Slug.apply(withMeta, { description: 'Id of the parent location.' }),
    ...claimFields,
  })
  .apply(withMeta, { description: 'The administrative parent of the place, with its support.' })
/** The administrative parent of a place: see the {@link ParentPlace} schema. */
export type ParentPlace = DeepReadonly<z.output<typeof ParentPlace>>

/**
 * A relation to a place outside the administrative chain: al-Tanf is on the Syrian-Iraqi
 * border, al-Dumayr on the edge of the Syrian Badia.
 *
 * @example
 * ```ts
 * import { RelatedPlace } from 'syria-counter-isis/schemas'
 * RelatedPlace.parse({ location: 'syrian-badia', relation: 'on-edge-of', assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'example-reference', quote: 'example' }] })
 * ```
 */
export const RelatedPlace = z
  .strictObject({
    /** Id of the other place. */
    location: Slug.apply(withMeta, { description: 'Id of the other place.' }),
    /** How this place relates to it. */
    relation: PlaceRelation,
    ...claimFields,
  })
  .apply(withMeta, { description: 'A relation to a place outside the administrative chain.' })
/** A relation to a place outside the administrative chain: see the {@link RelatedPlace} schema. */
export type RelatedPlace = DeepReadonly<z.output<typeof RelatedPlace>>

/**
 * A place, from country to village or facility, with its administrative parent, ISO 3166-1
 * country code(s) and, only where a cited reference gives them, coordinates and identifiers.
 *
 * @example
 * ```ts
 * import { getLocation } from 'syria-counter-isis'
 * getLocation('atmeh')?.coordinates?.precision //=> 'point'
 * ```
 */
export const Location = z
  .strictObject({
    /** Stable id. */
    id: Slug,
    /** What the place is. */
    kind: LocationKind,
    /** Name: English, and the Arabic the source prints. */
    name: LocalizedText.apply(withMeta, { description: 'Name: English, and the Arabic the source prints.' }),
    /** Other spellings and transliterations. */
    aliases: z._default(z.array(Alias), []).apply(withMeta, { description: 'Other spellings and transliterations.' }),
    /** One-line description. */
    description: z.optional(LocalizedText).apply(withMeta, { description: 'One-line description.' }),
    /** ISO 3166-1 alpha-2 codes of the countries the place is in (several for borders and regions). */
    countryCodes: z.array(CountryCode).check(z.minLength(1)).apply(withMeta, { description: 'ISO 3166-1 alpha-2 codes of the countries the place is in (several for borders and cross-border regions).' }),
    /** Administrative parent; absent for countries and cross-border places. */
    parent: z.optional(ParentPlace).apply(withMeta, { description: 'Administrative parent; absent for countries and cross-border places.' }),
    /** Relations to places outside the administrative chain. */
    relatedPlaces: z._default(z.array(RelatedPlace), []).apply(withMeta, { description: 'Relations to places outside the administrative chain.' }),
    /** Coordinates, only from a cited reference. */
    coordinates: z.optional(Coordinates).apply(withMeta, { description: 'Coordinates, only from a cited reference.' }),
    /** Other coordinates other references print, kept where references disagree. */
    alternativeCoordinates: z._default(z.array(Coordinates), []).apply(withMeta, { description: 'Coordinates other references print, kept where references disagree.' }),
    /** Verified external identifiers (P-code, GeoNames, Wikidata, ISO 3166-2). */
    identifiers: z._default(z.array(ExternalId), []).apply(withMeta, { description: 'Verified external identifiers, each with the reference it was read in.' }),
    /** Claims about the place with no structured field. */
    notes: z._default(z.array(Note), []).apply(withMeta, { description: 'Claims about the place with no structured field.' }),
    /** Where the source mentions the place. */
    evidence: z.array(Evidence).check(z.minLength(1)).apply(withMeta, { description: 'Where the source mentions the place.' }),
  })
  .check(noSelfReference('location'))
  .apply(withMeta, { description: 'A place, from country to village or facility.' })
/** A place: see the {@link Location} schema. */
export type Location = DeepReadonly<z.output<typeof Location>>
