import type { CoordinatePrecision, LocationKind } from '../schemas/vocabularies.js'
import type { CsvRow } from './csv-tables.js'

/** A GeoJSON Point (RFC 7946 §3.1.2): position is `[longitude, latitude]`, WGS84. */
export interface GeoJsonPoint {
  readonly type: 'Point'
  readonly coordinates: readonly [lon: number, lat: number]
}

/** A GeoJSON Feature (RFC 7946 §3.2) with a point geometry and typed properties. */
export interface GeoJsonFeature<P> {
  readonly type: 'Feature'
  /** The record id, also in `properties.id` for tools that ignore feature ids. */
  readonly id: string
  readonly geometry: GeoJsonPoint
  readonly properties: P
}

/** A GeoJSON FeatureCollection (RFC 7946 §3.3). */
export interface GeoJsonFeatureCollection<P> {
  readonly type: 'FeatureCollection'
  readonly features: readonly GeoJsonFeature<P>[]
}

/** Properties of a location feature. */
export interface LocationFeatureProperties {
  readonly id: string
  readonly kind: LocationKind
  readonly name_en: string
  readonly name_ar: string | null
  readonly parent_id: string | null
  /** ISO 3166-1 alpha-2 codes. */
  readonly country_codes: readonly string[]
  /** `point`, `area-centroid` or `nominal-centroid`. */
  readonly coordinate_precision: CoordinatePrecision
  /** UCDP GED `where_prec` of the place's own coordinates (1 place, 3 district, 4 governorate, 5 region, 6 country). */
  readonly ucdp_where_prec: 1 | 2 | 3 | 4 | 5 | 6
}

/**
 * Properties of an operation feature: the operation's row of operations.csv, every column with
 * the same name and value (see `CSV_TABLES.operations` for what each means).
 */
export type OperationFeatureProperties = CsvRow<'operations'>
