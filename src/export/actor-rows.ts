import type { Dataset } from '../schemas/dataset.js'
import type { CsvRow, CsvTableRows } from './csv-tables.js'

/** The actor tables. */
export type ActorTableRows = Pick<CsvTableRows, 'actors' | 'actor_aliases' | 'actor_affiliations' | 'actor_kinship' | 'actor_identifiers'>

/**
 * Flattens the actors into their row table and the long tables of their lists.
 *
 * @param dataset - the dataset to read
 * @returns the rows of actors, actor_aliases, actor_affiliations, actor_kinship and actor_identifiers
 */
export function actorRows(dataset: Dataset): ActorTableRows {
  const actors: CsvRow<'actors'>[] = []
  const aliases: CsvRow<'actor_aliases'>[] = []
  const affiliations: CsvRow<'actor_affiliations'>[] = []
  const kinship: CsvRow<'actor_kinship'>[] = []
  const identifiers: CsvRow<'actor_identifiers'>[] = []
  for (const a of dataset.actors) {
    actors.push({
      id: a.id,
      kind: a.kind,
      name_en: a.name.en,
      name_ar: a.name.ar ?? null,
      description_en: a.description?.en ?? null,
      description_ar: a.description?.ar ?? null,
      identified: a.identified,
    })
    a.aliases.forEach((alias, i) => aliases.push({ actor_id: a.id, list_index: i, path: `aliases[${i}]`, text: alias.text, lang: alias.lang }))
    a.affiliations.forEach((f, i) =>
      affiliations.push({
        actor_id: a.id,
        list_index: i,
        path: `affiliations[${i}]`,
        affiliated_with_id: f.actor,
        role_en: f.role.en,
        role_ar: f.role.ar ?? null,
        start_edtf: f.start ?? null,
        end_edtf: f.end ?? null,
        asserted_by: f.assertedBy,
        certainty: f.certainty,
        reasoning: f.reasoning ?? null,
      }),
    )
    a.kinship.forEach((k, i) =>
      kinship.push({ actor_id: a.id, list_index: i, path: `kinship[${i}]`, relation: k.relation, relative_id: k.actor, asserted_by: k.assertedBy, certainty: k.certainty, reasoning: k.reasoning ?? null }),
    )
    a.identifiers.forEach((x, i) => identifiers.push({ actor_id: a.id, list_index: i, path: `identifiers[${i}]`, scheme: x.scheme, value: x.value }))
  }
  return { actors, actor_aliases: aliases, actor_affiliations: affiliations, actor_kinship: kinship, actor_identifiers: identifiers }
}
