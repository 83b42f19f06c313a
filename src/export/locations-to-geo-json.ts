import { dataset as shipped } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import type { Location } from '../schemas/location.js'
import type { GeoJsonFeature, GeoJsonFeatureCollection, LocationFeatureProperties } from './geo-json.js'
import { locateForExport } from './locate-for-export.js'

/**
 * The locations as an RFC 7946 GeoJSON FeatureCollection for QGIS, Leaflet or geopandas: one
 * Point feature per place with coordinates of its own (`[lon, lat]`, WGS84), none for places
 * without, which are never given a borrowed position here. Properties say how precise the
 * point is (`coordinate_precision`, `ucdp_where_prec`).
 *
 * @param dataset - the dataset to export (default: the shipped one)
 * @returns the FeatureCollection, ready for `JSON.stringify`
 *
 * @example
 * ```ts
 * import { locationsToGeoJson } from 'syria-counter-isis/export'
 * const atmeh = locationsToGeoJson().features.find((f) => f.id === 'atmeh')
 * atmeh?.geometry //=> { type: 'Point', coordinates: [36.68639, 36.31111] }
 * atmeh?.properties.coordinate_precision //=> 'point'
 * ```
 */
export function locationsToGeoJson(dataset: Dataset = shipped): GeoJsonFeatureCollection<LocationFeatureProperties> {
  const places = new Map<string, Location>(dataset.locations.map((l) => [l.id, l]))
  const features: GeoJsonFeature<LocationFeatureProperties>[] = []
  for (const place of dataset.locations) {
    const placed = place.coordinates && locateForExport(place.id, places)
    if (!placed) continue
    features.push({
      type: 'Feature',
      id: place.id,
      geometry: { type: 'Point', coordinates: [placed.lon, placed.lat] },
      properties: {
        id: place.id,
        kind: place.kind,
        name_en: place.name.en,
        name_ar: place.name.ar ?? null,
        parent_id: place.parent?.location ?? null,
        country_codes: place.countryCodes,
        coordinate_precision: placed.precision,
        ucdp_where_prec: placed.ucdpWherePrec,
      },
    })
  }
  return { type: 'FeatureCollection', features }
}
