import * as z from 'zod'
import { VOCABULARIES } from './vocabulary-registry.js'

export * from './vocabulary-values.js'

/**
 * How sure the asserting party is, as the source presents it (not the dataset's own verdict):
 * - `confirmed`: asserted as settled, or explicitly confirmed by an identified party; unnamed
 *   sources affirming ("بحسب مصادر محلية، أكدت") are `reported`;
 * - `reported`: stated without hedge by the publication or a source it cites;
 * - `claimed`: asserted by an interested party about itself or its own action ("وفق الوزارة");
 * - `believed`: hedged as belief or appearance ("يُعتقد", "كما يبدو", "ربما");
 * - `disputed`: contradicted elsewhere in the same source.
 *
 * @example
 * ```ts
 * import { Certainty } from 'syria-counter-isis/schemas'
 * Certainty.parse('believed') //=> 'believed'
 * ```
 */
export const Certainty = z
  .enum(VOCABULARIES.Certainty)
  .meta({ description: 'How sure the asserting party is, as the source presents it: confirmed, reported, claimed, believed or disputed.' })
/** How sure the asserting party is: see the {@link Certainty} schema. */
export type Certainty = z.infer<typeof Certainty>

/**
 * How a date was obtained: printed in full (`explicit`), resolved from an expression such as
 * "last Saturday" against the publication date (`relative-to-publication`), reasoned from
 * context such as "at the time" or "coincided with" (`inferred`), a weekday or "yesterday"
 * turned into a date using a dated page (`derived`, with a `derivation` saying how), or the
 * record's own date spanning differing readings (`reconciled`, only on a record with date
 * readings).
 *
 * @example
 * ```ts
 * import { DateBasis } from 'syria-counter-isis/schemas'
 * DateBasis.options //=> ['explicit', 'relative-to-publication', 'inferred', 'derived', 'reconciled']
 * ```
 */
export const DateBasis = z
  .enum(VOCABULARIES.DateBasis)
  .meta({ description: 'How the date was obtained: explicit, relative-to-publication (resolved from e.g. "last Saturday"), inferred from context, derived (a weekday or "yesterday" turned into a date using a dated page) or reconciled (the record spans differing readings).' })
/** How a date was obtained: see the {@link DateBasis} schema. */
export type DateBasis = z.infer<typeof DateBasis>

/**
 * What an actor is. `government` is a state's executive as a whole ("Damascus", "the Syrian
 * government"); `government-body` one of its parts (a ministry, a security service);
 * `collective` an unnamed group such as "local sources".
 *
 * @example
 * ```ts
 * import { ActorKind } from 'syria-counter-isis/schemas'
 * ActorKind.parse('research-center') //=> 'research-center'
 * ```
 */
export const ActorKind = z
  .enum(VOCABULARIES.ActorKind)
  .meta({ description: 'What the actor is: person, organization, state, government, government-body, armed-group, coalition, media, research-center or collective.' })
/** What an actor is: see the {@link ActorKind} schema. */
export type ActorKind = z.infer<typeof ActorKind>

/**
 * What a location is, from country down to a single facility; `region` is an informal area
 * ("northeast Syria", "the Syrian Badia") and `border` a stretch of an international border.
 *
 * @example
 * ```ts
 * import { LocationKind } from 'syria-counter-isis/schemas'
 * LocationKind.parse('facility') //=> 'facility'
 * ```
 */
export const LocationKind = z
  .enum(VOCABULARIES.LocationKind)
  .meta({ description: 'What the location is: country, governorate, district, subdistrict, city, town, village, facility, region or border.' })
/** What a location is: see the {@link LocationKind} schema. */
export type LocationKind = z.infer<typeof LocationKind>

/**
 * What happened in an operation (several may apply). `airborne-landing` is the Arabic press's
 * "إنزال جوي": a heliborne raid; `security-operation` is an operation the source does not
 * describe further; `ambush` is a surprise attack on a patrol or meeting. The `development`
 * types are steps that are not operations: `coalition-accession` (a state joins an alliance),
 * `facility-handover` (a base, camp or prison passes to another party without fighting),
 * `withdrawal` (a force leaves a place), `detainee-transfer` (detainees moved from one custody
 * to another), `camp-closure`, `meeting` (a diplomatic meeting with a stated outcome),
 * `policy-statement` (a named official states a policy) and `operations-tally` (a party's own
 * count of its operations over a period). A record's types are all of one category
 * ({@link OPERATION_TYPE_CATEGORY}). Each maps to the nearest ACLED type in
 * {@link OPERATION_TYPE_TO_ACLED}.
 *
 * @example
 * ```ts
 * import { OperationType } from 'syria-counter-isis/schemas'
 * OperationType.parse('airborne-landing') //=> 'airborne-landing'
 * ```
 */
export const OperationType = z
  .enum(VOCABULARIES.OperationType)
  .meta({ description: 'What happened: ground-incursion, airborne-landing (heliborne raid), storming, arrest, clash, cell-dismantling, seizure, air-strike, security-operation (not described further) or ambush; or a development that is not an operation: coalition-accession, facility-handover, withdrawal, detainee-transfer, camp-closure, meeting, policy-statement or operations-tally (a party\'s own count of its operations).' })
/** What happened in an operation: see the {@link OperationType} schema. */
export type OperationType = z.infer<typeof OperationType>

/**
 * The category of an operation record: an `operation` (force used or threatened: a raid, an
 * arrest, a strike, an attack) or a `development` that is not an operation (see
 * {@link OperationType} for the types of each).
 *
 * @example
 * ```ts
 * import { OperationCategory } from 'syria-counter-isis/schemas'
 * OperationCategory.parse('development') //=> 'development'
 * ```
 */
export const OperationCategory = z
  .enum(VOCABULARIES.OperationCategory)
  .meta({ description: 'The category of the record: operation (force used or threatened) or development (a step that is not an operation, such as joining an alliance or a handover).' })
/** The category of an operation record: see the {@link OperationCategory} schema. */
export type OperationCategory = z.infer<typeof OperationCategory>

/**
 * An actor's part in an operation: `lead` carried it out, `partner` carried it out jointly,
 * `support` helped (e.g. with helicopters), `coordinated` was coordinated with but not said to
 * take part, `target` was the operation's object. For developments: `handing-over` gave up a
 * base, camp or custody, `receiving` took it over (or admitted a member), `host` hosted a
 * meeting, `chair` chaired it, `subject` is whom the step or statement is about.
 *
 * @example
 * ```ts
 * import { ParticipantRole } from 'syria-counter-isis/schemas'
 * ParticipantRole.parse('coordinated') //=> 'coordinated'
 * ```
 */
export const ParticipantRole = z
  .enum(VOCABULARIES.ParticipantRole)
  .meta({ description: "The actor's part in the operation: lead, partner, support, coordinated (coordinated with, not said to take part) or target; for developments also handing-over, receiving, host, chair or subject (whom it is about)." })
/** An actor's part in an operation: see the {@link ParticipantRole} schema. */
export type ParticipantRole = z.infer<typeof ParticipantRole>

/**
 * What an operation led to. People counts (`killed`, `wounded`, `detained`, `released`,
 * `died-of-wounds`, `fled`) need a count; `seized` and `destroyed` name the items and count
 * them only where the source does.
 *
 * @example
 * ```ts
 * import { OutcomeKind } from 'syria-counter-isis/schemas'
 * OutcomeKind.parse('died-of-wounds') //=> 'died-of-wounds'
 * ```
 */
export const OutcomeKind = z
  .enum(VOCABULARIES.OutcomeKind)
  .meta({ description: 'What the operation led to: killed, wounded, detained, released, died-of-wounds, fled, seized or destroyed (items).' })
/** What an operation led to: see the {@link OutcomeKind} schema. */
export type OutcomeKind = z.infer<typeof OutcomeKind>

/**
 * How two operations are linked by the source: `simultaneous-with` (reported as happening at
 * the same time), `possibly-same-as` (may be one operation seen from two sides; left
 * unresolved), `part-of` (a component of a larger operation).
 *
 * @example
 * ```ts
 * import { RelationKind } from 'syria-counter-isis/schemas'
 * RelationKind.parse('possibly-same-as') //=> 'possibly-same-as'
 * ```
 */
export const RelationKind = z
  .enum(VOCABULARIES.RelationKind)
  .meta({ description: 'How two operations are linked: simultaneous-with, possibly-same-as (unresolved), part-of or follows (came after it, or because of it, as the source says).' })
/** How two operations are linked: see the {@link RelationKind} schema. */
export type RelationKind = z.infer<typeof RelationKind>

/**
 * What a stated figure counts: `raids`, `operations`, `targets-struck`, `munitions`,
 * `aircraft`, `weapons-sites`, `people` and `families` (a camp's population),
 * `detainees-transferred`, and for a tally `killed`, `detained` or `killed-or-detained` (a
 * tally's numbers are figures, never outcomes, so they are not added to the operations' own).
 *
 * @example
 * ```ts
 * import { FigureMeasure } from 'syria-counter-isis/schemas'
 * FigureMeasure.parse('munitions') //=> 'munitions'
 * ```
 */
export const FigureMeasure = z
  .enum(VOCABULARIES.FigureMeasure)
  .meta({ description: "What the figure counts: raids, operations, targets-struck, munitions, aircraft, weapons-sites, people, families, detainees-transferred, or a tally's killed, detained or killed-or-detained." })
/** What a stated figure counts: see the {@link FigureMeasure} schema. */
export type FigureMeasure = z.infer<typeof FigureMeasure>

/**
 * Who translated a quote's English: `dataset-editors`, or `the-publication` when the cited
 * report printed English for words spoken in another language (the original words are not in
 * any stored copy).
 *
 * @example
 * ```ts
 * import { Translator } from 'syria-counter-isis/schemas'
 * Translator.parse('the-publication') //=> 'the-publication'
 * ```
 */
export const Translator = z
  .enum(VOCABULARIES.Translator)
  .meta({ description: 'Who translated: dataset-editors, or the-publication (the report printed English for words spoken in another language).' })
/** Who translated a quote: see the {@link Translator} schema. */
export type Translator = z.infer<typeof Translator>

/**
 * Whether a quote gives the speaker's words (`direct`, all in quotation marks) or reports them
 * (`indirect`; it may embed quoted fragments, kept with their quotation marks).
 *
 * @example
 * ```ts
 * import { QuoteMode } from 'syria-counter-isis/schemas'
 * QuoteMode.parse('indirect') //=> 'indirect'
 * ```
 */
export const QuoteMode = z
  .enum(VOCABULARIES.QuoteMode)
  .meta({ description: 'direct (the words in quotation marks) or indirect (reported speech, which may embed quoted fragments).' })
/** Direct or indirect speech: see the {@link QuoteMode} schema. */
export type QuoteMode = z.infer<typeof QuoteMode>

/**
 * Where a quote was said: a post on X, an interview with the publication, an official
 * statement, remarks to the media, or not said.
 *
 * @example
 * ```ts
 * import { QuoteChannel } from 'syria-counter-isis/schemas'
 * QuoteChannel.parse('post-on-x') //=> 'post-on-x'
 * ```
 */
export const QuoteChannel = z
  .enum(VOCABULARIES.QuoteChannel)
  .meta({ description: 'Where it was said: post-on-x, interview-with-publication, official-statement, statement-to-media or unspecified.' })
/** Where a quote was said: see the {@link QuoteChannel} schema. */
export type QuoteChannel = z.infer<typeof QuoteChannel>

/**
 * How a coordinate pair relates to the place: its own `point`, the centroid of an
 * administrative `area`, or the nominal centre of a loosely bounded region.
 *
 * @example
 * ```ts
 * import { CoordinatePrecision } from 'syria-counter-isis/schemas'
 * CoordinatePrecision.parse('area-centroid') //=> 'area-centroid'
 * ```
 */
export const CoordinatePrecision = z
  .enum(VOCABULARIES.CoordinatePrecision)
  .meta({ description: "point (the place's own point), area-centroid (centroid of an administrative area) or nominal-centroid (nominal centre of a loosely bounded region)." })
/** How a coordinate pair relates to the place: see the {@link CoordinatePrecision} schema. */
export type CoordinatePrecision = z.infer<typeof CoordinatePrecision>

/**
 * External identifier schemes the dataset records: OCHA COD-AB P-codes, GeoNames ids,
 * Wikidata QIDs and ISO 3166-2 subdivision codes.
 *
 * @example
 * ```ts
 * import { IdentifierScheme } from 'syria-counter-isis/schemas'
 * IdentifierScheme.parse('ocha-pcode') //=> 'ocha-pcode'
 * ```
 */
export const IdentifierScheme = z
  .enum(VOCABULARIES.IdentifierScheme)
  .meta({ description: 'Identifier scheme: ocha-pcode, geonames, wikidata or iso-3166-2.' })
/** An external identifier scheme: see the {@link IdentifierScheme} schema. */
export type IdentifierScheme = z.infer<typeof IdentifierScheme>

/**
 * Family ties between people, read as "this actor is the `child-of` / `parent-of` /
 * `spouse-of` / `sibling-of` that actor".
 *
 * @example
 * ```ts
 * import { KinshipRelation } from 'syria-counter-isis/schemas'
 * KinshipRelation.parse('child-of') //=> 'child-of'
 * ```
 */
export const KinshipRelation = z
  .enum(VOCABULARIES.KinshipRelation)
  .meta({ description: 'This actor is the child-of, parent-of, spouse-of or sibling-of the other actor.' })
/** A family tie: see the {@link KinshipRelation} schema. */
export type KinshipRelation = z.infer<typeof KinshipRelation>

/**
 * How a place relates to another place that is not its administrative parent.
 *
 * @example
 * ```ts
 * import { PlaceRelation } from 'syria-counter-isis/schemas'
 * PlaceRelation.parse('on-edge-of') //=> 'on-edge-of'
 * ```
 */
export const PlaceRelation = z
  .enum(VOCABULARIES.PlaceRelation)
  .meta({ description: 'How this place relates to another place outside its administrative chain: on-border-of, on-edge-of, within or near.' })
/** How a place relates to another place: see the {@link PlaceRelation} schema. */
export type PlaceRelation = z.infer<typeof PlaceRelation>

/**
 * What a source is: `full-text` (an article kept in the repository, spans by offsets), `report`
 * (a news report or statement page read in a stored copy, words fingerprinted) or `reference`
 * (an encyclopaedia page or gazetteer file, values as printed).
 *
 * @example
 * ```ts
 * import { SourceKind } from 'syria-counter-isis/schemas'
 * SourceKind.parse('report') //=> 'report'
 * ```
 */
export const SourceKind = z
  .enum(VOCABULARIES.SourceKind)
  .meta({ description: 'What the source is: full-text (kept article, spans by offsets), report (stored copy read, words fingerprinted) or reference (encyclopaedia, gazetteer).' })
/** What a source is: see the {@link SourceKind} schema. */
export type SourceKind = z.infer<typeof SourceKind>

/**
 * What genre of publication a source is: news-article, statement, report, social-media-post,
 * encyclopedia or gazetteer.
 *
 * @example
 * ```ts
 * import { SourceGenre } from 'syria-counter-isis/schemas'
 * SourceGenre.parse('gazetteer') //=> 'gazetteer'
 * ```
 */
export const SourceGenre = z
  .enum(VOCABULARIES.SourceGenre)
  .meta({ description: 'What genre of publication the source is: news-article, statement, report, social-media-post, encyclopedia or gazetteer.' })
/** What genre of publication a source is: see the {@link SourceGenre} schema. */
export type SourceGenre = z.infer<typeof SourceGenre>
