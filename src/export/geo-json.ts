import type { CoordinatePrecision, LocationKind, OperationType } from '../schemas/vocabularies.js'

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

/** Properties of an operation feature. */
export interface OperationFeatureProperties {
  readonly id: string
  readonly title_en: string
  readonly title_ar: string | null
  /** EDTF date. */
  readonly date: string
  /** First calendar day covered, `null` for an open start. */
  readonly date_start: string | null
  /** Last calendar day covered, `null` for an open end. */
  readonly date_end: string | null
  /** `day`, `month`, `year` or `interval`. */
  readonly date_precision: 'day' | 'month' | 'year' | 'interval' | null
  readonly types: readonly OperationType[]
  /** Where the operation happened. */
  readonly location_id: string
  /** The place whose coordinates the point is: `location_id` or one up its parent chain. */
  readonly coordinate_source_location_id: string
  /** `point`, `area-centroid` or `nominal-centroid`, of `coordinate_source_location_id`. */
  readonly coordinate_precision: CoordinatePrecision
  /**
   * UCDP GED `where_prec`: 1 the place itself, 2 a containing place's point, 3 district or
   * subdistrict centroid, 4 governorate centroid, 5 region nominal centroid, 6 country.
   */
  readonly ucdp_where_prec: 1 | 2 | 3 | 4 | 5 | 6
  /** As in operations.csv: `null` when no deaths are mentioned. */
  readonly fatalities_min: number | null
  /** As in operations.csv: `null` when no detentions are mentioned. */
  readonly detained_min: number | null
}
