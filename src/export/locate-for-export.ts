import { ucdpWherePrecision } from '../query/ucdp-where-precision.js'
import type { Location } from '../schemas/location.js'
import type { CoordinatePrecision } from '../schemas/vocabularies.js'

/** Where an export places a record on the map, and how precisely. */
export interface ExportPlacement {
  /** Latitude, decimal degrees (WGS84). */
  readonly lat: number
  /** Longitude, decimal degrees (WGS84). */
  readonly lon: number
  /** Precision of the coordinates of `sourceLocationId`. */
  readonly precision: CoordinatePrecision
  /** Id of the place whose coordinates these are: the place asked for or one up its parent chain. */
  readonly sourceLocationId: string
  /**
   * UCDP GED `where_prec`: 1 the place itself, 2 a containing place's point, 3 district or
   * subdistrict centroid, 4 governorate centroid, 5 region nominal centroid, 6 country.
   */
  readonly ucdpWherePrec: 1 | 2 | 3 | 4 | 5 | 6
}


/**
 * Places a location on the map: its own coordinates, or those of the nearest place up its
 * parent chain that has any, never invented ones. Private to the export layer until the query
 * layer's `locate()` exists; the two must keep the same semantics.
 *
 * @param locationId - id of the place
 * @param locations - the dataset's locations by id
 * @returns the placement, or `undefined` when no place of the chain has coordinates
 */
export function locateForExport(locationId: string, locations: ReadonlyMap<string, Location>): ExportPlacement | undefined {
  // Validation rejects parent cycles, but a dataset that skipped it must not hang the export.
  const seen = new Set<string>()
  for (let id: string | undefined = locationId; id !== undefined && !seen.has(id); id = locations.get(id)?.parent?.location) {
    seen.add(id)
    const place = locations.get(id)
    if (place?.coordinates === undefined) continue
    const { lat, lon, precision } = place.coordinates
    return { lat, lon, precision, sourceLocationId: id, ucdpWherePrec: ucdpWherePrecision(place, { own: id === locationId }) }
  }
  return undefined
}
