/** A country drawn under the map's points: its outline rings in `[lon, lat]` (WGS84). */
export interface MapCountry {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string
  /** English name. */
  readonly name: string
  /** Arabic name, where the dataset gives one. */
  readonly nameAr?: string
  /** Closed rings of `[lon, lat]` pairs, already clipped to the extent. */
  readonly rings: readonly (readonly (readonly [number, number])[])[]
  /** Where to write the name, `[lon, lat]`; no name when absent. */
  readonly label?: readonly [number, number]
}

/**
 * The outline `renderMapSvg` draws under the points, passed in so that the renderer itself
 * needs no geographic data or library: the repository builds it from Natural Earth (public
 * domain) when it generates `docs/assets/map.svg`.
 */
export interface MapBasemap {
  /** The part of the world to show, in degrees; every point of the dataset is kept in view too. */
  readonly extent: { readonly west: number; readonly east: number; readonly south: number; readonly north: number }
  readonly countries: readonly MapCountry[]
  /** The ISO code of the country to stand out (the others are drawn as neighbours). */
  readonly focus?: string
  /** Who made the outline, written in the picture. */
  readonly credit: string
}
