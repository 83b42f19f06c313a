/**
 * The closed vocabularies of the data model as plain lists, without Zod, so exports and
 * browser code can use them without loading the schemas. `vocabulary-registry.ts` names each
 * list once; the Zod enums, the query bit layout, the CSV vocabularies and the data package
 * are all built from it.
 */

/**
 * How sure the asserting party is. See the `Certainty` schema for what each value means.
 *
 * @example
 * ```ts
 * import { CERTAINTIES } from 'syria-counter-isis/schemas'
 * CERTAINTIES.length > 1 //=> true
 * ```
 */
export const CERTAINTIES = Object.freeze(['confirmed', 'reported', 'claimed', 'believed', 'disputed'] as const)

/**
 * How a date was obtained. See the `DateBasis` schema for what each value means.
 *
 * @example
 * ```ts
 * import { DATE_BASES } from 'syria-counter-isis/schemas'
 * DATE_BASES.length > 1 //=> true
 * ```
 */
export const DATE_BASES = Object.freeze(['explicit', 'relative-to-publication', 'inferred', 'derived', 'reconciled'] as const)

/**
 * What an actor is. See the `ActorKind` schema for what each value means.
 *
 * @example
 * ```ts
 * import { ACTOR_KINDS } from 'syria-counter-isis/schemas'
 * ACTOR_KINDS.length > 1 //=> true
 * ```
 */
export const ACTOR_KINDS = Object.freeze(['person', 'organization', 'state', 'government', 'government-body', 'armed-group', 'coalition', 'media', 'research-center', 'collective'] as const)

/**
 * What a location is. See the `LocationKind` schema for what each value means.
 *
 * @example
 * ```ts
 * import { LOCATION_KINDS } from 'syria-counter-isis/schemas'
 * LOCATION_KINDS.length > 1 //=> true
 * ```
 */
export const LOCATION_KINDS = Object.freeze(['country', 'governorate', 'district', 'subdistrict', 'city', 'town', 'village', 'facility', 'region', 'border'] as const)

/**
 * What happened in an operation. See the `OperationType` schema for what each value means.
 *
 * @example
 * ```ts
 * import { OPERATION_TYPES } from 'syria-counter-isis/schemas'
 * OPERATION_TYPES.length > 1 //=> true
 * ```
 */
export const OPERATION_TYPES = Object.freeze([
  'ground-incursion',
  'airborne-landing',
  'storming',
  'arrest',
  'clash',
  'cell-dismantling',
  'seizure',
  'air-strike',
  'security-operation',
  'ambush',
  'coalition-accession',
  'facility-handover',
  'withdrawal',
  'detainee-transfer',
  'camp-closure',
  'meeting',
  'policy-statement',
  'operations-tally',
] as const)

/**
 * The two categories of operation records: an `operation` (a raid, strike, arrest, attack: force
 * used or threatened) or a `development` (a step that is not an operation: a state joining an
 * alliance, a base or camp handed over, detainees moved, a meeting, a policy statement, a
 * command's tally of its operations). See {@link OPERATION_TYPE_CATEGORY}.
 *
 * @example
 * ```ts
 * import { OPERATION_CATEGORIES } from 'syria-counter-isis/schemas'
 * OPERATION_CATEGORIES //=> ['operation', 'development']
 * ```
 */
export const OPERATION_CATEGORIES = Object.freeze(['operation', 'development'] as const)

/**
 * The category of each operation type: one record's types are all of one category, so a
 * record's category is its first type's (see `operationCategory`).
 *
 * @example
 * ```ts
 * import { OPERATION_TYPE_CATEGORY } from 'syria-counter-isis/schemas'
 * OPERATION_TYPE_CATEGORY['ambush'] //=> 'operation'
 * OPERATION_TYPE_CATEGORY['facility-handover'] //=> 'development'
 * ```
 */
export const OPERATION_TYPE_CATEGORY: Readonly<Record<(typeof OPERATION_TYPES)[number], (typeof OPERATION_CATEGORIES)[number]>> = Object.freeze({
  'ground-incursion': 'operation',
  'airborne-landing': 'operation',
  storming: 'operation',
  arrest: 'operation',
  clash: 'operation',
  'cell-dismantling': 'operation',
  seizure: 'operation',
  'air-strike': 'operation',
  'security-operation': 'operation',
  ambush: 'operation',
  'coalition-accession': 'development',
  'facility-handover': 'development',
  withdrawal: 'development',
  'detainee-transfer': 'development',
  'camp-closure': 'development',
  meeting: 'development',
  'policy-statement': 'development',
  'operations-tally': 'development',
})

/**
 * An actor's part in an operation. See the `ParticipantRole` schema for what each value means.
 *
 * @example
 * ```ts
 * import { PARTICIPANT_ROLES } from 'syria-counter-isis/schemas'
 * PARTICIPANT_ROLES.length > 1 //=> true
 * ```
 */
export const PARTICIPANT_ROLES = Object.freeze(['lead', 'partner', 'support', 'coordinated', 'target', 'handing-over', 'receiving', 'host', 'chair', 'subject'] as const)

/**
 * What an operation led to. See the `OutcomeKind` schema for what each value means.
 *
 * @example
 * ```ts
 * import { OUTCOME_KINDS } from 'syria-counter-isis/schemas'
 * OUTCOME_KINDS.length > 1 //=> true
 * ```
 */
export const OUTCOME_KINDS = Object.freeze(['killed', 'wounded', 'detained', 'released', 'died-of-wounds', 'fled', 'seized', 'destroyed'] as const)

/**
 * How two operations are linked. See the `RelationKind` schema for what each value means.
 *
 * @example
 * ```ts
 * import { RELATION_KINDS } from 'syria-counter-isis/schemas'
 * RELATION_KINDS.length > 1 //=> true
 * ```
 */
export const RELATION_KINDS = Object.freeze(['simultaneous-with', 'possibly-same-as', 'part-of', 'follows'] as const)

/**
 * What a stated figure counts. See the `FigureMeasure` schema for what each value means.
 *
 * @example
 * ```ts
 * import { FIGURE_MEASURES } from 'syria-counter-isis/schemas'
 * FIGURE_MEASURES.includes('targets-struck') //=> true
 * ```
 */
export const FIGURE_MEASURES = Object.freeze([
  'raids',
  'operations',
  'targets-struck',
  'munitions',
  'aircraft',
  'weapons-sites',
  'people',
  'families',
  'detainees-transferred',
  'killed',
  'detained',
  'killed-or-detained',
] as const)

/**
 * Who translated a quote's English: the dataset's editors, or the publication that printed the
 * English for words spoken in another language.
 *
 * @example
 * ```ts
 * import { TRANSLATORS } from 'syria-counter-isis/schemas'
 * TRANSLATORS //=> ['dataset-editors', 'the-publication']
 * ```
 */
export const TRANSLATORS = Object.freeze(['dataset-editors', 'the-publication'] as const)

/**
 * Direct or indirect speech. See the `QuoteMode` schema for what each value means.
 *
 * @example
 * ```ts
 * import { QUOTE_MODES } from 'syria-counter-isis/schemas'
 * QUOTE_MODES.length > 1 //=> true
 * ```
 */
export const QUOTE_MODES = Object.freeze(['direct', 'indirect'] as const)

/**
 * Where a quote was said. See the `QuoteChannel` schema for what each value means.
 *
 * @example
 * ```ts
 * import { QUOTE_CHANNELS } from 'syria-counter-isis/schemas'
 * QUOTE_CHANNELS.length > 1 //=> true
 * ```
 */
export const QUOTE_CHANNELS = Object.freeze(['post-on-x', 'interview-with-publication', 'official-statement', 'statement-to-media', 'unspecified'] as const)

/**
 * How a coordinate pair relates to its place. See the `CoordinatePrecision` schema for what each value means.
 *
 * @example
 * ```ts
 * import { COORDINATE_PRECISIONS } from 'syria-counter-isis/schemas'
 * COORDINATE_PRECISIONS.length > 1 //=> true
 * ```
 */
export const COORDINATE_PRECISIONS = Object.freeze(['point', 'area-centroid', 'nominal-centroid'] as const)

/**
 * External identifier schemes. See the `IdentifierScheme` schema for what each value means.
 *
 * @example
 * ```ts
 * import { IDENTIFIER_SCHEMES } from 'syria-counter-isis/schemas'
 * IDENTIFIER_SCHEMES.length > 1 //=> true
 * ```
 */
export const IDENTIFIER_SCHEMES = Object.freeze(['ocha-pcode', 'geonames', 'wikidata', 'iso-3166-2'] as const)

/**
 * Family ties. See the `KinshipRelation` schema for what each value means.
 *
 * @example
 * ```ts
 * import { KINSHIP_RELATIONS } from 'syria-counter-isis/schemas'
 * KINSHIP_RELATIONS.length > 1 //=> true
 * ```
 */
export const KINSHIP_RELATIONS = Object.freeze(['child-of', 'parent-of', 'spouse-of', 'sibling-of'] as const)

/**
 * Relations between places outside the administrative chain. See the `PlaceRelation` schema for what each value means.
 *
 * @example
 * ```ts
 * import { PLACE_RELATIONS } from 'syria-counter-isis/schemas'
 * PLACE_RELATIONS.length > 1 //=> true
 * ```
 */
export const PLACE_RELATIONS = Object.freeze(['on-border-of', 'on-edge-of', 'within', 'near'] as const)

/**
 * The outcome kinds that count as deaths, for fatality totals and `minKilled`: `killed` and
 * `died-of-wounds` (a death after the operation from wounds received in it).
 *
 * @example
 * ```ts
 * import { FATAL_OUTCOME_KINDS } from 'syria-counter-isis/schemas'
 * FATAL_OUTCOME_KINDS //=> ['killed', 'died-of-wounds']
 * ```
 */
export const FATAL_OUTCOME_KINDS = Object.freeze(['killed', 'died-of-wounds'] as const satisfies readonly (typeof OUTCOME_KINDS)[number][])

/**
 * Languages of names and aliases (BCP 47).
 *
 * @example
 * ```ts
 * import { ALIAS_LANGUAGES } from 'syria-counter-isis/schemas'
 * ALIAS_LANGUAGES //=> ['ar', 'en']
 * ```
 */
export const ALIAS_LANGUAGES = Object.freeze(['ar', 'en'] as const)

/**
 * What a source is: the kept `full-text` of an article (spans by offsets), a `report` read in a
 * stored copy (fingerprinted words), or a `reference` such as an encyclopaedia page or a
 * gazetteer file (values as printed).
 *
 * @example
 * ```ts
 * import { SOURCE_KINDS } from 'syria-counter-isis/schemas'
 * SOURCE_KINDS //=> ['full-text', 'report', 'reference']
 * ```
 */
export const SOURCE_KINDS = Object.freeze(['full-text', 'report', 'reference'] as const)

/**
 * What genre of publication a source is.
 *
 * @example
 * ```ts
 * import { SOURCE_GENRES } from 'syria-counter-isis/schemas'
 * SOURCE_GENRES[0] //=> 'news-article'
 * ```
 */
export const SOURCE_GENRES = Object.freeze(['news-article', 'statement', 'report', 'social-media-post', 'encyclopedia', 'gazetteer'] as const)

/**
 * Writing directions of a source text.
 *
 * @example
 * ```ts
 * import { TEXT_DIRECTIONS } from 'syria-counter-isis/schemas'
 * TEXT_DIRECTIONS //=> ['rtl', 'ltr']
 * ```
 */
export const TEXT_DIRECTIONS = Object.freeze(['rtl', 'ltr'] as const)

// A shared map must not be editable by one caller for all: the entries are frozen too.
function frozenEntries<T extends Readonly<Record<string, object>>>(record: T): T {
  for (const value of Object.values(record)) Object.freeze(value)
  return Object.freeze(record)
}

/** An ACLED event type and sub-event type pair (ACLED codebook, 6 types and 25 sub-types). */
export interface AcledEventType {
  /** ACLED `event_type`, exactly as ACLED spells it. */
  readonly eventType: 'Battles' | 'Explosions/Remote violence' | 'Violence against civilians' | 'Strategic developments'
  /** ACLED `sub_event_type`, exactly as ACLED spells it. */
  readonly subEventType: string
}

/**
 * The nearest ACLED event type and sub-event type for each operation type. ACLED codes one
 * event per day and location; an operation with several types maps to several ACLED rows.
 * Arrests by non-state actors are "Abduction/forced disappearance" in ACLED: apply that rule
 * when exporting such records, as it depends on who arrests, not on the type.
 *
 * @example
 * ```ts
 * import { OPERATION_TYPE_TO_ACLED } from 'syria-counter-isis/schemas'
 * OPERATION_TYPE_TO_ACLED['arrest']
 * //=> { eventType: 'Strategic developments', subEventType: 'Arrests' }
 * ```
 */
export const OPERATION_TYPE_TO_ACLED: Readonly<Record<(typeof OPERATION_TYPES)[number], AcledEventType>> = frozenEntries({
  'ground-incursion': { eventType: 'Strategic developments', subEventType: 'Change to group/activity' },
  'airborne-landing': { eventType: 'Battles', subEventType: 'Armed clash' },
  storming: { eventType: 'Battles', subEventType: 'Armed clash' },
  arrest: { eventType: 'Strategic developments', subEventType: 'Arrests' },
  clash: { eventType: 'Battles', subEventType: 'Armed clash' },
  'cell-dismantling': { eventType: 'Strategic developments', subEventType: 'Arrests' },
  seizure: { eventType: 'Strategic developments', subEventType: 'Disrupted weapons use' },
  'air-strike': { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' },
  'security-operation': { eventType: 'Strategic developments', subEventType: 'Other' },
  // ACLED codes an armed group's attack on armed forces as a battle.
  ambush: { eventType: 'Battles', subEventType: 'Armed clash' },
  'coalition-accession': { eventType: 'Strategic developments', subEventType: 'Agreement' },
  'facility-handover': { eventType: 'Strategic developments', subEventType: 'Non-violent transfer of territory' },
  withdrawal: { eventType: 'Strategic developments', subEventType: 'Change to group/activity' },
  // ACLED's "Agreement" may cover a transfer under a state agreement; its definition is not
  // verified in the reference, so the conservative "Other" until it is.
  'detainee-transfer': { eventType: 'Strategic developments', subEventType: 'Other' },
  'camp-closure': { eventType: 'Strategic developments', subEventType: 'Other' },
  meeting: { eventType: 'Strategic developments', subEventType: 'Other' },
  'policy-statement': { eventType: 'Strategic developments', subEventType: 'Other' },
  // A tally is not an atomic ACLED event; "Other" keeps it in the table, and the category
  // column lets an analyst drop it in one filter.
  'operations-tally': { eventType: 'Strategic developments', subEventType: 'Other' },
})

/**
 * How well an operation (or one of its values) is corroborated, derived from its claims by
 * `corroborate`, never typed into the data. In order of precedence: `contested` (sources
 * disagree on a value), `acknowledged` (a party to the operation claims or admits it),
 * `corroborated` (two or more independent sources agree), `single-source`.
 *
 * @example
 * ```ts
 * import { CORROBORATION_GRADES } from 'syria-counter-isis/schemas'
 * CORROBORATION_GRADES //=> ['contested', 'acknowledged', 'corroborated', 'single-source']
 * ```
 */
export const CORROBORATION_GRADES = Object.freeze(['contested', 'acknowledged', 'corroborated', 'single-source'] as const)
