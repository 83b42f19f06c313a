import { deepFreeze } from '../data/deep-freeze.js'
import { RECORD_KINDS } from '../schemas/record-kinds.js'
import type { VocabularyName } from '../schemas/vocabulary-registry.js'

// Deeply frozen, keeping the literal type the column helpers are written against.
function frozen<T>(value: T): T {
  deepFreeze(value)
  return value
}

/** Table Schema field types the CSV exports use. */
export type CsvFieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date'

/**
 * Closed vocabularies of the data model a column's values come from, by the name of their
 * schema. The data package reads each one's values from the same registry the Zod enums are
 * built from, so the CSV layer does not load Zod and the list of values has one source.
 */
export type CsvVocabulary =
  | 'ActorKind'
  | 'AliasLanguage'
  | 'Certainty'
  | 'CoordinatePrecision'
  | 'CorroborationGrade'
  | 'DateBasis'
  | 'FigureMeasure'
  | 'IdentifierScheme'
  | 'KinshipRelation'
  | 'LocationKind'
  | 'OperationType'
  | 'OperationCategory'
  | 'OutcomeKind'
  | 'ParticipantRole'
  | 'PlaceRelation'
  | 'QuoteChannel'
  | 'QuoteMode'
  | 'RelationKind'
  | 'SourceGenre'
  | 'SourceKind'
  | 'TextDirection'
  | 'Translator'

// Spelled out for the docs (TypeDoc cannot show an internal alias), and held to the registry's
// names by the compiler: a vocabulary added there fails to compile here until it is listed.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const NAMES_MATCH_THE_REGISTRY: Same<CsvVocabulary, VocabularyName> = true
void NAMES_MATCH_THE_REGISTRY

/** One column of a CSV table: its name, Table Schema type and meaning. */
export interface CsvColumn {
  /** Column name in the header row (snake_case, stable across releases). */
  readonly name: string
  /** Table Schema type of the values. */
  readonly type: CsvFieldType
  /** What the column holds, including what an empty cell means. */
  readonly description: string
  /** `true` when no cell of the column is ever empty. */
  readonly required?: boolean
  /** The closed vocabulary of the data model the values come from. */
  readonly vocabulary?: CsvVocabulary
  /** The allowed values, for enumerations the exports define themselves. */
  readonly categories?: readonly (string | number)[]
}

/** A foreign key: `fields` of this table name the row of `table` whose `references` match. */
export interface CsvForeignKey {
  /** Columns of this table. */
  readonly fields: readonly string[]
  /** The referenced table. */
  readonly table: string
  /** Columns of the referenced table, in the order of `fields`. */
  readonly references: readonly string[]
}

/** A CSV table: what a row is, its columns, primary key and foreign keys. */
export interface CsvTable {
  /** What one row stands for. */
  readonly description: string
  /** The columns, in file order. */
  readonly columns: readonly CsvColumn[]
  /** Columns whose values together identify a row. */
  readonly primaryKey: readonly string[]
  /** References to other tables (or to this one). */
  readonly foreignKeys: readonly CsvForeignKey[]
}

function col<const N extends string, const T extends CsvFieldType>(
  name: N,
  type: T,
  description: string,
  extra: { readonly required?: true; readonly vocabulary?: CsvVocabulary; readonly categories?: readonly (string | number)[] } = {},
): { readonly name: N; readonly type: T; readonly description: string } & typeof extra {
  return { name, type, description, ...extra }
}

const REQUIRED = { required: true } as const

function fk(fields: readonly string[], table: string, references: readonly string[] = ['id']): CsvForeignKey {
  return { fields, table, references }
}

const DATE_PRECISIONS = ['day', 'month', 'year', 'interval'] as const

// The same eight columns wherever a record has an EDTF date, so one query shape fits all tables.
function dateColumns(what: string, required: boolean) {
  const req = required ? REQUIRED : {}
  return [
    col('date', 'string', `${what}, as EDTF (ISO 8601-2) at the precision the source gives: 2025-07, 2025-10-18?, 2025-10-18/2025-10-24.`, req),
    col('date_start', 'date', 'First calendar day the date covers (YYYY-MM-DD, local Syrian calendar); empty for an open or unknown start.'),
    col('date_end', 'date', 'Last calendar day the date covers (YYYY-MM-DD, inclusive); empty for an open or unknown end.'),
    col('date_precision', 'string', 'day, month or year for a single date; interval for a range.', { categories: DATE_PRECISIONS }),
    col('date_uncertain', 'boolean', 'true when the EDTF carries ? or % (the source is unsure the date is right).'),
    col('date_approximate', 'boolean', 'true when the EDTF carries ~ or % (the date is roughly right).'),
    col('acled_time_precision', 'integer', 'ACLED time_precision: 1 day, 2 up to a week, 3 up to a month; empty where ACLED has no code.', { categories: [1, 2, 3] }),
    col('ucdp_date_prec', 'integer', 'UCDP GED date_prec: 1 day, 2 two to six days, 3 a week, 4 a month, 5 a year; empty where UCDP has no code.', { categories: [1, 2, 3, 4, 5] }),
  ] as const
}

function claimColumns(what: string) {
  return [
    col('asserted_by', 'string', `Who asserts ${what}: reporter (the publication the evidence is read in), editors (the dataset editors' inference) or the id of the actor it cites.`, REQUIRED),
    col('certainty', 'string', 'How sure the asserting party is, as the source presents it.', { ...REQUIRED, vocabulary: 'Certainty' }),
    col('reasoning', 'string', "For an editors' claim: what the editors inferred from what."),
  ] as const
}

function recordClaimColumns(what: string) {
  const [assertedBy, certainty] = claimColumns(what)
  return [assertedBy, certainty] as const
}

const LIST_INDEX = col('list_index', 'integer', '0-based position in the list of the record (the n in participants[n]).', REQUIRED)

function pathColumn(example: string) {
  return col('path', 'string', `Where the item sits in its record, as JavaScript would access it (${example}); evidence.owner_path names it.`, REQUIRED)
}

const COORDINATE_COLUMNS = [
  col('lat', 'number', 'Latitude, decimal degrees (WGS84), as the cited reference prints it; empty when not known.'),
  col('lon', 'number', 'Longitude, decimal degrees (WGS84), as the cited reference prints it; empty when not known.'),
  col('coordinate_precision', 'string', "point (the place's own point), area-centroid or nominal-centroid; empty when not known.", { vocabulary: 'CoordinatePrecision' }),
] as const

/**
 * Every CSV table the exports write, keyed by table name (the file is `<name>.csv`): what a row
 * is, each column's name, Table Schema type and meaning, and the keys between tables. It is
 * the single description both the CSV writer and the Frictionless data package read, so a
 * column cannot be written without being documented. Empty cells are missing values (`null`),
 * never 0 or "no". Lists of a record become long tables with the record's id and a
 * `list_index`; lists of ids that are slugs are also given `;`-joined for convenience.
 *
 * @example
 * ```ts
 * import { CSV_TABLES } from 'syria-counter-isis/export'
 * CSV_TABLES.operation_participants.primaryKey //=> ['operation_id', 'list_index']
 * CSV_TABLES.operations.columns.find((c) => c.name === 'fatalities_min')?.type //=> 'integer'
 * ```
 */
export const CSV_TABLES = frozen({
  sources: {
    description: 'One row per source: a kept full text (full-text), a report read in a stored copy (report) or a reference (reference); columns that do not apply to a kind are empty.',
    primaryKey: ['id'],
    foreignKeys: [fk(['publisher_id'], 'actors')],
    columns: [
      col('id', 'string', 'Stable id of the source.', REQUIRED),
      col('kind', 'string', 'What the source is: full-text, report or reference.', { ...REQUIRED, vocabulary: 'SourceKind' }),
      col('genre', 'string', 'What genre of publication it is.', { ...REQUIRED, vocabulary: 'SourceGenre' }),
      col('publisher_id', 'string', 'Id of the publishing actor (full-text and report sources).'),
      col('carries', 'string', 'Ids of the wire services or outlets a report republishes, separated by ";".'),
      col('title_en', 'string', 'Headline in English, only where verified; for a reference, its title as printed.'),
      col('title_ar', 'string', 'Headline in Arabic, only where verified.'),
      col('work', 'string', 'For a reference: the work it belongs to (Wikipedia (en), Open-Syria/data-geography...).'),
      col('published', 'date', 'Publication date (local calendar day), for full-text and report sources.'),
      col('published_basis', 'string', "For a report: how the publication date was read, in the editors' words."),
      col('retrieved', 'date', 'For a reference: the day the project recorded the value.'),
      col('language', 'string', 'BCP 47 language tag of the text.', REQUIRED),
      col('text_direction', 'string', 'Writing direction of the text.', { vocabulary: 'TextDirection' }),
      col('normalization', 'string', 'For a full text: Unicode normalisation form the evidence offsets count in.'),
      col('sha256', 'string', 'For a full text: SHA-256 (lower-case hex) of the UTF-8 bytes of the text the offsets refer to.'),
      col('length', 'integer', 'For a full text: length of the text in Unicode code points.'),
      col('utf16_length', 'integer', 'For a full text: length of the text in UTF-16 code units.'),
      col('file', 'string', 'Path of the text in the repository data folder (not shipped in the npm package).'),
      col('url', 'string', 'Address of a full text or report (http or https).'),
      col('address', 'string', 'For a reference: its address as printed (no scheme invented).'),
      col('repository', 'string', 'For a reference file on GitHub: the repository (owner/name).'),
      col('repository_path', 'string', 'For a reference file on GitHub: the path in the repository.'),
      col('read_via', 'string', 'For a reference: how it was read, where not directly.'),
    ],
  },
  actors: {
    description: 'One row per actor: a person, organisation, state, armed group, coalition, government body, publication or collective.',
    primaryKey: ['id'],
    foreignKeys: [],
    columns: [
      col('id', 'string', 'Stable id of the actor.', REQUIRED),
      col('kind', 'string', 'What the actor is.', { ...REQUIRED, vocabulary: 'ActorKind' }),
      col('name_en', 'string', 'Name in English.', REQUIRED),
      col('name_ar', 'string', 'Name in Arabic, verbatim from the source.'),
      col('description_en', 'string', 'One-line description in English.'),
      col('description_ar', 'string', 'One-line description in Arabic.'),
      col('identified', 'boolean', 'false for people and groups the source leaves unnamed.', REQUIRED),
    ],
  },
  actor_aliases: {
    description: 'One row per other name of an actor (spelling, transliteration, abbreviation).',
    primaryKey: ['actor_id', 'list_index'],
    foreignKeys: [fk(['actor_id'], 'actors')],
    columns: [
      col('actor_id', 'string', 'Id of the actor.', REQUIRED),
      LIST_INDEX,
      pathColumn('aliases[0]'),
      col('text', 'string', 'The other name, as written.', REQUIRED),
      col('lang', 'string', 'Language of the name.', { ...REQUIRED, vocabulary: 'AliasLanguage' }),
    ],
  },
  actor_affiliations: {
    description: 'One row per position or membership: the actor is role of/at the affiliated actor.',
    primaryKey: ['actor_id', 'list_index'],
    foreignKeys: [fk(['actor_id'], 'actors'), fk(['affiliated_with_id'], 'actors')],
    columns: [
      col('actor_id', 'string', 'Id of the actor holding the position.', REQUIRED),
      LIST_INDEX,
      pathColumn('affiliations[0]'),
      col('affiliated_with_id', 'string', 'Id of the organisation, state or body the actor belongs to.', REQUIRED),
      col('role_en', 'string', 'The position or membership in English.', REQUIRED),
      col('role_ar', 'string', 'The position or membership in Arabic, verbatim from the source.'),
      col('start_edtf', 'string', 'When the affiliation began (EDTF); empty when not known.'),
      col('end_edtf', 'string', 'When it ended (EDTF); empty when not known.'),
      ...claimColumns('the affiliation'),
    ],
  },
  actor_kinship: {
    description: 'One row per family tie: the actor is the relation of the relative.',
    primaryKey: ['actor_id', 'list_index'],
    foreignKeys: [fk(['actor_id'], 'actors'), fk(['relative_id'], 'actors')],
    columns: [
      col('actor_id', 'string', 'Id of the actor.', REQUIRED),
      LIST_INDEX,
      pathColumn('kinship[0]'),
      col('relation', 'string', 'The actor is the child-of, parent-of, spouse-of or sibling-of the relative.', { ...REQUIRED, vocabulary: 'KinshipRelation' }),
      col('relative_id', 'string', 'Id of the relative.', REQUIRED),
      ...claimColumns('the tie'),
    ],
  },
  actor_identifiers: {
    description: 'One row per verified external identifier of an actor (where it was read is in evidence.csv).',
    primaryKey: ['actor_id', 'list_index'],
    foreignKeys: [fk(['actor_id'], 'actors')],
    columns: [
      col('actor_id', 'string', 'Id of the actor.', REQUIRED),
      LIST_INDEX,
      pathColumn('identifiers[0]'),
      col('scheme', 'string', 'Identifier scheme.', { ...REQUIRED, vocabulary: 'IdentifierScheme' }),
      col('value', 'string', 'The identifier, as the scheme writes it.', REQUIRED),
    ],
  },
  locations: {
    description: 'One row per place, from country to village or facility.',
    primaryKey: ['id'],
    foreignKeys: [fk(['parent_id'], 'locations')],
    columns: [
      col('id', 'string', 'Stable id of the place.', REQUIRED),
      col('kind', 'string', 'What the place is.', { ...REQUIRED, vocabulary: 'LocationKind' }),
      col('name_en', 'string', 'Name in English.', REQUIRED),
      col('name_ar', 'string', 'Name in Arabic, verbatim from the source.'),
      col('description_en', 'string', 'One-line description in English.'),
      col('description_ar', 'string', 'One-line description in Arabic.'),
      col('country_codes', 'string', 'ISO 3166-1 alpha-2 codes of the countries the place is in, joined with ; (several for borders and regions).', REQUIRED),
      col('parent_id', 'string', 'Id of the administrative parent; empty for countries and cross-border places.'),
      col('parent_asserted_by', 'string', 'Who asserts the parent: reporter or the id of the actor cited; empty without a parent.'),
      col('parent_certainty', 'string', 'How sure the asserting party is of the parent; empty without a parent.', { vocabulary: 'Certainty' }),
      col('parent_reasoning', 'string', "For a parent the editors infer: what they inferred from what."),
      ...COORDINATE_COLUMNS,
      col('wikidata', 'string', 'Wikidata QID(s), joined with ; where several; empty when none is verified.'),
      col('geonames', 'string', 'GeoNames id(s), joined with ;; empty when none is verified.'),
      col('ocha_pcode', 'string', 'OCHA COD-AB P-code(s), joined with ;; empty when none is verified.'),
      col('iso_3166_2', 'string', 'ISO 3166-2 subdivision code(s), joined with ;; empty when none is verified.'),
    ],
  },
  location_aliases: {
    description: 'One row per other name of a place.',
    primaryKey: ['location_id', 'list_index'],
    foreignKeys: [fk(['location_id'], 'locations')],
    columns: [
      col('location_id', 'string', 'Id of the place.', REQUIRED),
      LIST_INDEX,
      pathColumn('aliases[0]'),
      col('text', 'string', 'The other name, as written.', REQUIRED),
      col('lang', 'string', 'Language of the name.', { ...REQUIRED, vocabulary: 'AliasLanguage' }),
    ],
  },
  location_identifiers: {
    description: 'One row per verified external identifier of a place (where it was read is in evidence.csv).',
    primaryKey: ['location_id', 'list_index'],
    foreignKeys: [fk(['location_id'], 'locations')],
    columns: [
      col('location_id', 'string', 'Id of the place.', REQUIRED),
      LIST_INDEX,
      pathColumn('identifiers[0]'),
      col('scheme', 'string', 'Identifier scheme.', { ...REQUIRED, vocabulary: 'IdentifierScheme' }),
      col('value', 'string', 'The identifier, as the scheme writes it.', REQUIRED),
    ],
  },
  location_related_places: {
    description: 'One row per relation of a place to a place outside its administrative chain.',
    primaryKey: ['location_id', 'list_index'],
    foreignKeys: [fk(['location_id'], 'locations'), fk(['related_location_id'], 'locations')],
    columns: [
      col('location_id', 'string', 'Id of the place.', REQUIRED),
      LIST_INDEX,
      pathColumn('relatedPlaces[0]'),
      col('relation', 'string', 'How the place relates to the other place.', { ...REQUIRED, vocabulary: 'PlaceRelation' }),
      col('related_location_id', 'string', 'Id of the other place.', REQUIRED),
      ...claimColumns('the relation'),
    ],
  },
  location_alternative_coordinates: {
    description: 'One row per coordinate pair another reference prints for a place, kept where references disagree (where each was read is in evidence.csv).',
    primaryKey: ['location_id', 'list_index'],
    foreignKeys: [fk(['location_id'], 'locations')],
    columns: [
      col('location_id', 'string', 'Id of the place.', REQUIRED),
      LIST_INDEX,
      pathColumn('alternativeCoordinates[0]'),
      col('lat', 'number', 'Latitude, decimal degrees (WGS84).', REQUIRED),
      col('lon', 'number', 'Longitude, decimal degrees (WGS84).', REQUIRED),
      col('coordinate_precision', 'string', "point, area-centroid or nominal-centroid.", { ...REQUIRED, vocabulary: 'CoordinatePrecision' }),
    ],
  },
  operations: {
    description: 'One row per security operation, with flat convenience columns (place, coordinates, summed counts).',
    primaryKey: ['id'],
    foreignKeys: [fk(['location_id'], 'locations'), fk(['launched_from_id'], 'locations'), fk(['coordinate_source_location_id'], 'locations')],
    columns: [
      col('id', 'string', 'Stable id of the operation.', REQUIRED),
      col('title_en', 'string', 'Short title in English.', REQUIRED),
      col('title_ar', 'string', 'A verbatim Arabic phrase of the source naming the operation.'),
      ...dateColumns('When it happened', true),
      col('date_basis', 'string', 'How the date was obtained.', { ...REQUIRED, vocabulary: 'DateBasis' }),
      col('date_expression', 'string', "The source's own date words, verbatim (e.g. السبت الماضي)."),
      col('date_note', 'string', 'Why the date has this value, where it is not printed in full.'),
      col('location_id', 'string', 'Id of the place where it happened.', REQUIRED),
      col('launched_from_id', 'string', 'Id of the place it was launched from; empty when not given.'),
      col('types', 'string', 'What happened, joined with ; (the same values as operation_types.csv, in order).', REQUIRED),
      col('duration', 'string', 'How long it lasted, ISO 8601 duration (PT30M); empty when not given.'),
      col('duration_asserted_by', 'string', 'Who asserts the duration; empty without a duration.'),
      col('duration_certainty', 'string', 'How sure the asserting party is of the duration; empty without a duration.', { vocabulary: 'Certainty' }),
      col('duration_reasoning', 'string', "For a duration the editors infer: what they inferred from what."),
      ...recordClaimColumns('that the operation happened'),
      col('grade', 'string', 'Corroboration grade derived from every claim of the operation by corroborate(): contested, acknowledged, corroborated or single-source (in that precedence).', { ...REQUIRED, vocabulary: 'CorroborationGrade' }),
      col('independent_sources', 'integer', 'Number of independent groups among the sources the claims cite (copies of one wire or one publisher are one group; reference sources never count).', REQUIRED),
      col('fatalities_min', 'integer', 'Smallest total of the killed and died-of-wounds outcomes: where several sources or voices give one kind, their readings are spanned, not added (countTotal), and the kinds are then added; empty when no source mentions deaths (never 0 for "not mentioned").'),
      col('fatalities_max', 'integer', 'Largest total of those outcomes, read the same way; empty when no deaths are mentioned or a reading has no upper bound.'),
      col('detained_min', 'integer', 'Smallest total of the detained outcomes, readings of several sources or voices spanned, not added; empty when no source mentions detentions.'),
      col('detained_max', 'integer', 'Largest total of the detained outcomes, read the same way; empty when none are mentioned or a reading has no upper bound.'),
      col('lat', 'number', 'Latitude (WGS84) of the place, or of the nearest containing place with coordinates; empty when none has any.'),
      col('lon', 'number', 'Longitude (WGS84), as lat.'),
      col('coordinate_precision', 'string', 'Precision of the coordinates of coordinate_source_location_id.', { vocabulary: 'CoordinatePrecision' }),
      col('coordinate_source_location_id', 'string', 'Id of the place the coordinates are of: location_id itself or a place up its parent chain.'),
      col(
        'ucdp_where_prec',
        'integer',
        'UCDP GED where_prec of the coordinates: 1 the place itself, 2 a containing place (facility, village), 3 district or subdistrict centroid, 4 governorate centroid, 5 region nominal centroid, 6 country.',
        { categories: [1, 2, 3, 4, 5, 6] },
      ),
    ],
  },
  operation_types: {
    description: 'One row per type of an operation (an operation may have several).',
    primaryKey: ['operation_id', 'list_index'],
    foreignKeys: [fk(['operation_id'], 'operations')],
    columns: [
      col('operation_id', 'string', 'Id of the operation.', REQUIRED),
      LIST_INDEX,
      col('type', 'string', 'What happened.', { ...REQUIRED, vocabulary: 'OperationType' }),
      col('acled_event_type', 'string', 'Nearest ACLED event_type for this type (OPERATION_TYPE_TO_ACLED).', REQUIRED),
      col('acled_sub_event_type', 'string', 'Nearest ACLED sub_event_type for this type.', REQUIRED),
    ],
  },
  operation_participants: {
    description: "One row per actor's part in an operation.",
    primaryKey: ['operation_id', 'list_index'],
    foreignKeys: [fk(['operation_id'], 'operations'), fk(['actor_id'], 'actors')],
    columns: [
      col('operation_id', 'string', 'Id of the operation.', REQUIRED),
      LIST_INDEX,
      pathColumn('participants[0]'),
      col('actor_id', 'string', 'Id of the participating actor.', REQUIRED),
      col('role', 'string', 'Its part: lead, partner, support, coordinated (with, not said to take part) or target.', { ...REQUIRED, vocabulary: 'ParticipantRole' }),
      ...claimColumns('the participation'),
    ],
  },
  operation_outcomes: {
    description: 'One row per outcome of an operation (people killed, wounded, detained... or items seized). An outcome the source does not mention has no row.',
    primaryKey: ['operation_id', 'list_index'],
    foreignKeys: [fk(['operation_id'], 'operations'), fk(['location_id'], 'locations')],
    columns: [
      col('operation_id', 'string', 'Id of the operation.', REQUIRED),
      LIST_INDEX,
      pathColumn('outcomes[0]'),
      col('kind', 'string', 'What happened.', { ...REQUIRED, vocabulary: 'OutcomeKind' }),
      col('count_min', 'integer', "The smallest number the source's wording allows; empty when the source gives no count (seized items only)."),
      col('count_max', 'integer', 'The largest number the wording allows; empty when open-ended ("and others") or when there is no count.'),
      col('items_en', 'string', 'For seized: what was seized, in English.'),
      col('items_ar', 'string', 'For seized: what was seized, in Arabic.'),
      col('location_id', 'string', 'Where it happened, when not at the operation location (e.g. a hospital).'),
      col('date', 'string', 'When it happened (EDTF), when the source dates it separately.'),
      col('date_start', 'date', 'First calendar day of date; empty when not dated separately or open.'),
      col('date_end', 'date', 'Last calendar day of date; empty when not dated separately or open.'),
      col('count_note', 'string', "Editors' note on how the source's wording was read into the count."),
      col('circumstances_en', 'string', 'Circumstances the source gives, in English.'),
      col('circumstances_ar', 'string', 'Circumstances the source gives, in Arabic.'),
      ...claimColumns('the outcome'),
    ],
  },
  operation_outcome_actors: {
    description: 'One row per actor an outcome happened to, where the source identifies them.',
    primaryKey: ['operation_id', 'outcome_index', 'list_index'],
    foreignKeys: [fk(['operation_id', 'outcome_index'], 'operation_outcomes', ['operation_id', 'list_index']), fk(['actor_id'], 'actors')],
    columns: [
      col('operation_id', 'string', 'Id of the operation.', REQUIRED),
      col('outcome_index', 'integer', 'list_index of the outcome in operation_outcomes.csv.', REQUIRED),
      LIST_INDEX,
      col('actor_id', 'string', 'Id of the person or group.', REQUIRED),
    ],
  },
  operation_relations: {
    description: 'One row per link between an operation and another operation or a quote (an announcement), recorded, not resolved.',
    primaryKey: ['operation_id', 'list_index'],
    foreignKeys: [fk(['operation_id'], 'operations'), fk(['related_operation_id'], 'operations'), fk(['related_quote_id'], 'quotes')],
    columns: [
      col('operation_id', 'string', 'Id of the operation.', REQUIRED),
      LIST_INDEX,
      pathColumn('relations[0]'),
      col('kind', 'string', 'How the two are linked.', { ...REQUIRED, vocabulary: 'RelationKind' }),
      col('related_operation_id', 'string', 'Id of the other operation; empty when the link is to a quote.'),
      col('related_quote_id', 'string', 'Id of the quote (an announcement) the operation is linked to; empty when the link is to an operation.'),
      col('note', 'string', "Editors' note on what exactly the source links (not a claim of the source); empty when none."),
      ...claimColumns('the link'),
    ],
  },
  readings: {
    description:
      "One row per reading of a value of an operation, side by side: each source's date, place or types (from readings), each outcome's count (field count:<kind>) and each participant (field participant:<role>). The operations table holds the reconciled values that span them.",
    primaryKey: ['record_id', 'path'],
    foreignKeys: [fk(['record_id'], 'operations')],
    columns: [
      col('record_id', 'string', 'Id of the operation.', REQUIRED),
      pathColumn('readings[0], outcomes[0] or participants[0]'),
      col('field', 'string', 'The value read: date, location, types, count:<outcome kind> (count:killed) or participant:<role> (participant:lead).', REQUIRED),
      col('value', 'string', 'The value as the reading gives it: an EDTF date, a location id, types joined with ;, a count (3, 2+ or 1-3) or an actor id; empty for an outcome without a count.'),
      col('date_start', 'date', 'For a date reading: first calendar day it covers; empty otherwise or when open.'),
      col('date_end', 'date', 'For a date reading: last calendar day it covers; empty otherwise or when open.'),
      col('time', 'string', 'For a date reading: the local time of day as stated (HH:MM); empty when none is given.'),
      col('date_basis', 'string', 'For a date reading: how the date was obtained; empty otherwise.', { vocabulary: 'DateBasis' }),
      col('derivation', 'string', 'For a derived date: how it was derived (our words); empty otherwise.'),
      col('source', 'string', 'Id(s) of the source(s) the evidence is in, joined with ;.', REQUIRED),
      col('publisher', 'string', 'Id(s) of their publisher(s), joined with ;; empty for reference sources.'),
      ...claimColumns('the reading'),
    ],
  },
  quotes: {
    description: 'One row per quote: something an actor said or is reported to have said.',
    primaryKey: ['id'],
    foreignKeys: [fk(['speaker_id'], 'actors'), fk(['medium_id'], 'actors')],
    columns: [
      col('id', 'string', 'Stable id of the quote.', REQUIRED),
      col('speaker_id', 'string', 'Id of the actor who said it.', REQUIRED),
      col('text_ar', 'string', 'Verbatim Arabic from the source, with the quotation marks it prints; empty for a quote printed in English.'),
      col('text_en', 'string', 'Faithful English translation by the dataset editors.', REQUIRED),
      col('translation_from', 'string', "BCP 47 tag of the language text_en is translated from; empty when text_en is the speaker's own English."),
      col('translation_to', 'string', "Language translated into; empty when text_en is the speaker's own English."),
      col('translation_by', 'string', "Who translated (dataset-editors or the-publication); empty when text_en is the speaker's own English."),
      col('translation_note', 'string', 'What a reader of the translation should know (e.g. the original words are not in the source); empty when none.'),
      col('gist_en', 'string', "The rest of the passage in the editors' English words, when text_ar keeps only the words that are the statement's point; empty when text_ar is the whole passage."),
      col('mode', 'string', 'direct or indirect speech.', { ...REQUIRED, vocabulary: 'QuoteMode' }),
      col('channel', 'string', 'Where it was said.', { ...REQUIRED, vocabulary: 'QuoteChannel' }),
      col('medium_id', 'string', 'Id of the outlet it was said to or through.'),
      ...dateColumns('When it was said (empty when the source does not say)', false),
      col('date_basis', 'string', 'How the date was obtained; empty without a date.', { vocabulary: 'DateBasis' }),
      col('date_expression', 'string', "The source's own date words, verbatim."),
      col('date_note', 'string', 'Why the date has this value.'),
      ...recordClaimColumns('the speech'),
    ],
  },
  quote_about: {
    description: 'One row per operation, actor, place or topic a quote is about; exactly one of operation_id, actor_id, location_id, topic is filled.',
    primaryKey: ['quote_id', 'about', 'list_index'],
    foreignKeys: [fk(['quote_id'], 'quotes'), fk(['operation_id'], 'operations'), fk(['actor_id'], 'actors'), fk(['location_id'], 'locations')],
    columns: [
      col('quote_id', 'string', 'Id of the quote.', REQUIRED),
      col('about', 'string', 'Which list of about the row is from.', { ...REQUIRED, categories: ['operations', 'actors', 'locations', 'topics'] }),
      LIST_INDEX,
      col('operation_id', 'string', 'Id of the operation, for about = operations.'),
      col('actor_id', 'string', 'Id of the actor, for about = actors.'),
      col('location_id', 'string', 'Id of the place, for about = locations.'),
      col('topic', 'string', 'Topic slug, for about = topics.'),
    ],
  },
  corrections: {
    description: 'One row per published correction (the errata); its evidence is in evidence.csv.',
    primaryKey: ['id'],
    foreignKeys: [],
    columns: [
      col('id', 'string', 'Stable id of the correction.', REQUIRED),
      col('date', 'date', 'When the correction was made.', REQUIRED),
      col('version', 'string', 'The package version that first carries it.', REQUIRED),
      col('affects', 'string', 'Ids of the records it changes, joined with ;.', REQUIRED),
      col('change', 'string', 'What changed, from what to what.', REQUIRED),
      col('reason', 'string', 'Why it changed.', REQUIRED),
    ],
  },
  redirects: {
    description: 'One row per retired id and the id that replaces it.',
    primaryKey: ['id'],
    foreignKeys: [],
    columns: [
      col('id', 'string', 'The retired id.', REQUIRED),
      col('to_id', 'string', 'The id that replaces it (of any record kind).', REQUIRED),
      col('date', 'date', 'When the id was retired.', REQUIRED),
      col('reason', 'string', 'Why the id was retired.', REQUIRED),
    ],
  },
  notes: {
    description: 'One row per note: a claim about a record with no structured field of its own.',
    primaryKey: ['record_kind', 'record_id', 'list_index'],
    foreignKeys: [],
    columns: [
      col('record_kind', 'string', 'Kind of the record the note is about.', { ...REQUIRED, categories: RECORD_KINDS }),
      col('record_id', 'string', 'Id of the record.', REQUIRED),
      LIST_INDEX,
      pathColumn('notes[0]'),
      col('text_en', 'string', 'The statement: English translation or summary.', REQUIRED),
      col('text_ar', 'string', 'The statement in Arabic, only verbatim.'),
      ...claimColumns('the note'),
    ],
  },
  evidence: {
    description: 'One row per evidence anywhere in any record: a span of a full text (offsets and SHA-256 of its words), the fingerprint of words in a report (SHA-256 and length), or a value read in a reference (quote).',
    primaryKey: ['record_kind', 'record_id', 'path'],
    foreignKeys: [fk(['source'], 'sources')],
    columns: [
      col('record_kind', 'string', 'Kind of the record the evidence is in.', { ...REQUIRED, categories: RECORD_KINDS }),
      col('record_id', 'string', 'Id of the record.', REQUIRED),
      col('path', 'string', 'Where the evidence sits in the record: evidence[0], participants[0].evidence[1]...', REQUIRED),
      col('owner_path', 'string', 'Path of the claim, alias or note holding the evidence (the path column of its long table); empty for the record itself.'),
      LIST_INDEX,
      col('type', 'string', 'What the evidence is: span, fingerprint or reference.', { ...REQUIRED, categories: ['span', 'fingerprint', 'reference'] }),
      col('source', 'string', 'Id of the source the evidence is in.', REQUIRED),
      col('exact', 'string', 'For a span: its words, verbatim, only where they are themselves the data; empty otherwise (resolve the span from the text by its offsets).'),
      col('codepoint_start', 'integer', 'For a span: code-point offset where it starts (inclusive) in the NFC source text (W3C TextPositionSelector.start; named so SQL needs no quoting).'),
      col('codepoint_end', 'integer', 'For a span: code-point offset where it ends, exclusive (TextPositionSelector.end).'),
      col('utf16_start', 'integer', 'For a span: the same start in UTF-16 code units (JavaScript string index).'),
      col('utf16_end', 'integer', 'For a span: the same end in UTF-16 code units.'),
      col('sha256', 'string', 'For a span or fingerprint: SHA-256 (lower-case hex) of the UTF-8 of the NFC words.'),
      col('length', 'integer', 'For a span or fingerprint: length of the words in code points.'),
      col('quote', 'string', 'For a fingerprint: the few words that are the fact; for a reference: the value as printed.'),
      col('locator', 'string', "For a reference: where in it the value is, in the editors' words."),
    ],
  },
} as const satisfies Readonly<Record<string, CsvTable>>)

/** Name of a CSV table; the file is `<name>.csv`. */
export type CsvTableName = keyof typeof CSV_TABLES

/** File name of a CSV table. */
export type CsvFileName = `${CsvTableName}.csv`

/** A cell before serialisation: `null` is an empty cell. */
export type CsvValue = string | number | boolean | null

/** Names of the columns of one table. */
export type CsvColumnName<T extends CsvTableName> = (typeof CSV_TABLES)[T]['columns'][number]['name']

/** One row of a table, keyed by column name: every column present, `null` for an empty cell. */
export type CsvRow<T extends CsvTableName> = { readonly [C in CsvColumnName<T>]: CsvValue }

/** Every table's rows, keyed by table name. */
export type CsvTableRows = { readonly [T in CsvTableName]: readonly CsvRow<T>[] }
