import type { Dataset } from '../schemas/dataset.js'
import type { Location } from '../schemas/location.js'
import type { CsvRow, CsvTableRows } from './csv-tables.js'

/** The location tables. */
export type LocationTableRows = Pick<
  CsvTableRows,
  'locations' | 'location_aliases' | 'location_identifiers' | 'location_related_places' | 'location_alternative_coordinates'
>

function identifier(place: Location, scheme: Location['identifiers'][number]['scheme']): string | null {
  const values = place.identifiers.filter((x) => x.scheme === scheme).map((x) => x.value)
  return values.length === 0 ? null : values.join(';')
}

/**
 * Flattens the locations into their row table (with their own coordinates and identifiers as
 * columns, for GIS joins) and the long tables of their lists.
 *
 * @param dataset - the dataset to read
 * @returns the rows of locations, location_aliases, location_identifiers,
 *   location_related_places and location_alternative_coordinates
 */
export function locationRows(dataset: Dataset): LocationTableRows {
  const locations: CsvRow<'locations'>[] = []
  const aliases: CsvRow<'location_aliases'>[] = []
  const identifiers: CsvRow<'location_identifiers'>[] = []
  const related: CsvRow<'location_related_places'>[] = []
  const alternatives: CsvRow<'location_alternative_coordinates'>[] = []
  for (const l of dataset.locations) {
    locations.push({
      id: l.id,
      kind: l.kind,
      name_en: l.name.en,
      name_ar: l.name.ar ?? null,
      description_en: l.description?.en ?? null,
      description_ar: l.description?.ar ?? null,
      country_codes: l.countryCodes.join(';'),
      parent_id: l.parent?.location ?? null,
      parent_asserted_by: l.parent?.assertedBy ?? null,
      parent_certainty: l.parent?.certainty ?? null,
      parent_reasoning: l.parent?.reasoning ?? null,
      lat: l.coordinates?.lat ?? null,
      lon: l.coordinates?.lon ?? null,
      coordinate_precision: l.coordinates?.precision ?? null,
      wikidata: identifier(l, 'wikidata'),
      geonames: identifier(l, 'geonames'),
      ocha_pcode: identifier(l, 'ocha-pcode'),
      iso_3166_2: identifier(l, 'iso-3166-2'),
    })
    l.aliases.forEach((alias, i) => aliases.push({ location_id: l.id, list_index: i, path: `aliases[${i}]`, text: alias.text, lang: alias.lang }))
    l.identifiers.forEach((x, i) => identifiers.push({ location_id: l.id, list_index: i, path: `identifiers[${i}]`, scheme: x.scheme, value: x.value }))
    l.relatedPlaces.forEach((p, i) =>
      related.push({
        location_id: l.id,
        list_index: i,
        path: `relatedPlaces[${i}]`,
        relation: p.relation,
        related_location_id: p.location,
        asserted_by: p.assertedBy,
        certainty: p.certainty,
        reasoning: p.reasoning ?? null,
      }),
    )
    l.alternativeCoordinates.forEach((c, i) =>
      alternatives.push({ location_id: l.id, list_index: i, path: `alternativeCoordinates[${i}]`, lat: c.lat, lon: c.lon, coordinate_precision: c.precision }),
    )
  }
  return {
    locations,
    location_aliases: aliases,
    location_identifiers: identifiers,
    location_related_places: related,
    location_alternative_coordinates: alternatives,
  }
}
