import type { Dataset } from '../schemas/dataset.js'
import type { Location } from '../schemas/location.js'
import type { CsvRow, CsvTableRows } from './csv-tables.js'
import { FATAL_OUTCOME_KINDS, OPERATION_TYPE_TO_ACLED } from '../schemas/vocabulary-values.js'
import { dateColumns } from './date-columns.js'
import { locateForExport } from './locate-for-export.js'
import { outcomeTotal } from './outcome-total.js'
import { corroborate } from '../query/corroboration.js'
import { operationCategory } from '../schemas/operation-category.js'

/** The operation tables. */
export type OperationTableRows = Pick<
  CsvTableRows,
  'operations' | 'operation_types' | 'operation_participants' | 'operation_outcomes' | 'operation_outcome_actors' | 'operation_relations' | 'figures'
>

const DETAINED = ['detained'] as const

/**
 * Flattens the operations into their row table (with convenience columns: place,
 * coordinates, summed fatalities and detentions) and the long tables of their lists.
 *
 * @param dataset - the dataset to read
 * @returns the rows of operations, operation_types, operation_participants,
 *   operation_outcomes, operation_outcome_actors, operation_relations and figures
 */
export function operationRows(dataset: Dataset): OperationTableRows {
  const places = new Map<string, Location>(dataset.locations.map((l) => [l.id, l]))
  const operations: CsvRow<'operations'>[] = []
  const types: CsvRow<'operation_types'>[] = []
  const participants: CsvRow<'operation_participants'>[] = []
  const outcomes: CsvRow<'operation_outcomes'>[] = []
  const outcomeActors: CsvRow<'operation_outcome_actors'>[] = []
  const relations: CsvRow<'operation_relations'>[] = []
  const figures: CsvRow<'figures'>[] = []
  for (const op of dataset.operations) {
    const fatalities = outcomeTotal(op, FATAL_OUTCOME_KINDS)
    const detained = outcomeTotal(op, DETAINED)
    const placed = locateForExport(op.location, places)
    const corroboration = corroborate(op, dataset)
    operations.push({
      id: op.id,
      title_en: op.title.en,
      title_ar: op.title.ar ?? null,
      ...dateColumns(op.date),
      date_basis: op.dateBasis,
      date_expression: op.dateExpression ?? null,
      date_note: op.dateNote ?? null,
      location_id: op.location,
      launched_from_id: op.launchedFrom ?? null,
      destination_id: op.destination ?? null,
      types: op.types.join(';'),
      category: operationCategory(op),
      duration: op.duration?.iso ?? null,
      duration_asserted_by: op.duration?.assertedBy ?? null,
      duration_certainty: op.duration?.certainty ?? null,
      duration_reasoning: op.duration?.reasoning ?? null,
      asserted_by: op.assertedBy,
      certainty: op.certainty,
      grade: corroboration.grade,
      independent_sources: corroboration.independentSources,
      fatalities_min: fatalities.min,
      fatalities_max: fatalities.max,
      detained_min: detained.min,
      detained_max: detained.max,
      lat: placed?.lat ?? null,
      lon: placed?.lon ?? null,
      coordinate_precision: placed?.precision ?? null,
      coordinate_source_location_id: placed?.sourceLocationId ?? null,
      ucdp_where_prec: placed?.ucdpWherePrec ?? null,
    })
    op.types.forEach((type, i) => {
      const acled = OPERATION_TYPE_TO_ACLED[type]
      types.push({ operation_id: op.id, list_index: i, type, acled_event_type: acled.eventType, acled_sub_event_type: acled.subEventType })
    })
    op.participants.forEach((p, i) =>
      participants.push({ operation_id: op.id, list_index: i, path: `participants[${i}]`, actor_id: p.actor, role: p.role, asserted_by: p.assertedBy, certainty: p.certainty, reasoning: p.reasoning ?? null }),
    )
    op.outcomes.forEach((o, i) => {
      const dated = dateColumns(o.date)
      outcomes.push({
        operation_id: op.id,
        list_index: i,
        path: `outcomes[${i}]`,
        kind: o.kind,
        count_min: o.count?.min ?? null,
        count_max: o.count?.max ?? null,
        items_en: o.items?.en ?? null,
        items_ar: o.items?.ar ?? null,
        location_id: o.location ?? null,
        date: dated.date,
        date_start: dated.date_start,
        date_end: dated.date_end,
        count_note: o.countNote ?? null,
        circumstances_en: o.circumstances?.en ?? null,
        circumstances_ar: o.circumstances?.ar ?? null,
        asserted_by: o.assertedBy,
        certainty: o.certainty,
        reasoning: o.reasoning ?? null,
      })
      o.actors.forEach((actor, j) => outcomeActors.push({ operation_id: op.id, outcome_index: i, list_index: j, actor_id: actor }))
    })
    op.relations.forEach((r, i) =>
      relations.push({
        operation_id: op.id,
        list_index: i,
        path: `relations[${i}]`,
        kind: r.kind,
        related_operation_id: r.operation ?? null,
        related_quote_id: r.quote ?? null,
        note: r.note ?? null,
        asserted_by: r.assertedBy,
        certainty: r.certainty,
        reasoning: r.reasoning ?? null,
      }),
    )
    op.figures.forEach((f, i) =>
      figures.push({
        record_id: op.id,
        list_index: i,
        path: `figures[${i}]`,
        measure: f.measure,
        count_min: f.count.min,
        count_max: f.count.max,
        label_en: f.label?.en ?? null,
        label_ar: f.label?.ar ?? null,
        count_note: f.countNote ?? null,
        ...dateColumns(f.date),
        asserted_by: f.assertedBy,
        certainty: f.certainty,
        reasoning: f.reasoning ?? null,
      }),
    )
  }
  return {
    operations,
    operation_types: types,
    operation_participants: participants,
    operation_outcomes: outcomes,
    operation_outcome_actors: outcomeActors,
    operation_relations: relations,
    figures,
  }
}
