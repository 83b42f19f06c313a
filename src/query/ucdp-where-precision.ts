import type { Location } from '../schemas/location.js'

/**
 * UCDP GED `where_prec` as used here: 1 the place's own point; 2 the point of a nearby or
 * containing town, used for a facility or village inside it; 3 a district or subdistrict
 * centroid; 4 a governorate (ADM1) centroid; 5 the nominal centre of a region or border;
 * 6 the country.
 */
export type UcdpWherePrecision = 1 | 2 | 3 | 4 | 5 | 6

/** Options for {@link ucdpWherePrecision}. */
export interface UcdpWherePrecisionOptions {
  /**
   * Whether `location` is the event's own place (`true`, default) or a place up its parent
   * chain whose coordinates stand in for it (`false`): a town's point then means "somewhere in or
   * near this town" (2), not the exact spot (1).
   */
  readonly own?: boolean
}

/**
 * The UCDP GED `where_prec` code for an event placed at the coordinates of `location`, from the
 * location's kind: a city, town, village or facility is a point (1 when it is the event's own
 * place, 2 when it stands in for a place inside it); a district or subdistrict 3; a governorate
 * 4; a region or border 5; a country 6.
 *
 * @param location - the location whose coordinates place the event
 * @param options - `own`: whether it is the event's own location (default `true`)
 * @returns the code
 *
 * @example
 * ```ts
 * import { ucdpWherePrecision, getLocation } from 'syria-counter-isis'
 * ucdpWherePrecision(getLocation('atmeh')!)                      //=> 1
 * ucdpWherePrecision(getLocation('harasta')!, { own: false })    //=> 2
 * ucdpWherePrecision(getLocation('rif-dimashq')!)                //=> 4
 * ucdpWherePrecision(getLocation('syrian-badia')!)               //=> 5
 * ```
 */
export function ucdpWherePrecision(location: Pick<Location, 'kind'>, options: UcdpWherePrecisionOptions = {}): UcdpWherePrecision {
  switch (location.kind) {
    case 'city':
    case 'town':
    case 'village':
    case 'facility':
      return options.own === false ? 2 : 1
    case 'district':
    case 'subdistrict':
      return 3
    case 'governorate':
      return 4
    case 'region':
    case 'border':
      return 5
    case 'country':
      return 6
  }
}
