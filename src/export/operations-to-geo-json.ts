import { dataset as shipped } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import type { Location } from '../schemas/location.js'
import { dateColumns } from './date-columns.js'
import type { GeoJsonFeature, GeoJsonFeatureCollection, OperationFeatureProperties } from './geo-json.js'
import { locateForExport } from './locate-for-export.js'
import { outcomeTotal } from './outcome-total.js'
import { FATAL_OUTCOME_KINDS } from '../schemas/vocabulary-values.js'

/**
 * The operations as an RFC 7946 GeoJSON FeatureCollection: one Point feature (`[lon, lat]`,
 * WGS84) per operation whose place, or a place up its parent chain, has coordinates. The
 * properties say which place the point belongs to (`coordinate_source_location_id`) and how
 * precise it is (`coordinate_precision`, UCDP `ucdp_where_prec`), so a governorate centroid is
 * never mistaken for the spot of a raid. The placement is the one operations.csv gives.
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
 * jurayjisa?.geometry.coordinates //=> [37.2, 35.23333]
 * ```
 */
export function operationsToGeoJson(dataset: Dataset = shipped): GeoJsonFeatureCollection<OperationFeatureProperties> {
  const places = new Map<string, Location>(dataset.locations.map((l) => [l.id, l]))
  const features: GeoJsonFeature<OperationFeatureProperties>[] = []
  for (const op of dataset.operations) {
    const placed = locateForExport(op.location, places)
    if (placed === undefined) continue
    const dated = dateColumns(op.date)
    features.push({
      type: 'Feature',
      id: op.id,
      geometry: { type: 'Point', coordinates: [placed.lon, placed.lat] },
      properties: {
        id: op.id,
        title_en: op.title.en,
        title_ar: op.title.ar ?? null,
        date: op.date,
        date_start: dated.date_start,
        date_end: dated.date_end,
        date_precision: dated.date_precision,
        types: op.types,
        location_id: op.location,
        coordinate_source_location_id: placed.sourceLocationId,
        coordinate_precision: placed.precision,
        ucdp_where_prec: placed.ucdpWherePrec,
        fatalities_min: outcomeTotal(op, FATAL_OUTCOME_KINDS).min,
        detained_min: outcomeTotal(op, ['detained']).min,
      },
    })
  }
  return { type: 'FeatureCollection', features }
}
