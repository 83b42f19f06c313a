import {
  ACTOR_KINDS,
  ALIAS_LANGUAGES,
  CERTAINTIES,
  COORDINATE_PRECISIONS,
  CORROBORATION_GRADES,
  DATE_BASES,
  FIGURE_MEASURES,
  IDENTIFIER_SCHEMES,
  KINSHIP_RELATIONS,
  LOCATION_KINDS,
  OPERATION_CATEGORIES,
  OPERATION_TYPES,
  OUTCOME_KINDS,
  PARTICIPANT_ROLES,
  PLACE_RELATIONS,
  QUOTE_CHANNELS,
  QUOTE_MODES,
  RELATION_KINDS,
  SOURCE_GENRES,
  SOURCE_KINDS,
  TEXT_DIRECTIONS,
  TRANSLATORS,
} from './vocabulary-values.js'

/**
 * Every closed vocabulary of the data model by the name of its schema: the one registry the
 * Zod enums, the query index's bit layout, the CSV column vocabularies and the data package's
 * categories are all read from. Plain lists, no Zod, so the query and export layers can use it.
 * A value added to a list in `vocabulary-values.ts` reaches every one of them.
 *
 * @internal
 */
export const VOCABULARIES = Object.freeze({
  ActorKind: ACTOR_KINDS,
  AliasLanguage: ALIAS_LANGUAGES,
  Certainty: CERTAINTIES,
  CoordinatePrecision: COORDINATE_PRECISIONS,
  CorroborationGrade: CORROBORATION_GRADES,
  DateBasis: DATE_BASES,
  FigureMeasure: FIGURE_MEASURES,
  IdentifierScheme: IDENTIFIER_SCHEMES,
  KinshipRelation: KINSHIP_RELATIONS,
  LocationKind: LOCATION_KINDS,
  OperationCategory: OPERATION_CATEGORIES,
  OperationType: OPERATION_TYPES,
  OutcomeKind: OUTCOME_KINDS,
  ParticipantRole: PARTICIPANT_ROLES,
  PlaceRelation: PLACE_RELATIONS,
  QuoteChannel: QUOTE_CHANNELS,
  QuoteMode: QUOTE_MODES,
  RelationKind: RELATION_KINDS,
  SourceGenre: SOURCE_GENRES,
  SourceKind: SOURCE_KINDS,
  TextDirection: TEXT_DIRECTIONS,
  Translator: TRANSLATORS,
})

/** @internal The name of a closed vocabulary (the name of its Zod schema). */
export type VocabularyName = keyof typeof VOCABULARIES
