import { dataset as shipped } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import type { GeoJsonFeature, GeoJsonFeatureCollection, OperationFeatureProperties } from './geo-json.js'
import { toTables } from './to-tables.js'

/**
 * The operations as an RFC 7946 GeoJSON FeatureCollection: one Point feature (`[lon, lat]`,
 * WGS84) per operation or development (its `category` property says which) whose place, or a
 * place up its parent chain, has coordinates; a record no place of whose chain has any gets no
 * feature, never an invented point, and a `destination_id` is a property, not a second point. Its
 * properties are the operation's row of operations.csv, every column with the same name and
 * value (`types` `;`-separated, `null` for an empty cell), so a GIS layer joins to the CSV
 * tables on `id`. They say which place the point belongs to (`coordinate_source_location_id`)
 * and how precise it is (`coordinate_precision`, UCDP `ucdp_where_prec`), so a governorate
 * centroid is never mistaken for the spot of a raid.
 *
 * @param dataset - the dataset to export (default: the shipped one)
 * @returns the FeatureCollection, ready for `JSON.stringify`
 *
 * @example
 * ```ts
 * import { operationsToGeoJson } from 'syria-counter-isis/export'
 * const jurayjisa = operationsToGeoJson().features.find((f) => f.id === '2025-09-al-jurayjisa-airborne-landing')
 * jurayjisa?.properties.coordinate_source_location_id //=> 'hama-governorate'
 * jurayjisa?.properties.ucdp_where_prec //=> 4
 * jurayjisa?.properties.fatalities_max //=> 1
 * jurayjisa?.geometry.coordinates //=> [37.2, 35.23333]
 * ```
 */
export function operationsToGeoJson(dataset: Dataset = shipped): GeoJsonFeatureCollection<OperationFeatureProperties> {
  const features: GeoJsonFeature<OperationFeatureProperties>[] = []
  for (const row of toTables(dataset).operations) {
    if (typeof row.lon !== 'number' || typeof row.lat !== 'number') continue
    features.push({ type: 'Feature', id: String(row.id), geometry: { type: 'Point', coordinates: [row.lon, row.lat] }, properties: row })
  }
  return { type: 'FeatureCollection', features }
}
