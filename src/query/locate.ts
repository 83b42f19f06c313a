import type { LocationId, OperationId } from '../data/generated/ids.js'
import type { CoordinatePrecision } from '../schemas/vocabularies.js'
import { defaultDataset } from './default-dataset.js'
import type { IndexedDataset } from './types.js'
import { resolveId } from './_engine/resolve-ids.js'
import { ucdpWherePrecision, type UcdpWherePrecision } from './ucdp-where-precision.js'
import { indexOf } from './_engine/index/dataset-index.js'

/** The best known coordinates of an operation, as {@link locate} returns them. */
export interface LocatedOperation<L extends string = string> {
  /** Latitude, WGS84. */
  readonly lat: number
  /** Longitude, WGS84. */
  readonly lon: number
  /** What the pair stands for at the place it belongs to (its own point, a centroid...). */
  readonly precision: CoordinatePrecision
  /** Id of the location the coordinates belong to: the operation's own, or an ancestor's. */
  readonly from: L
  /** UCDP GED `where_prec` of the operation placed at these coordinates. */
  readonly whereprec: UcdpWherePrecision
}

/**
 * The same, on a dataset passed explicitly (from `createDataset`): ids may then be any string.
 * @param operation - any operation id
 * @param dataset - the indexed dataset to query
 * @returns the coordinates, or `undefined`
 */
export function locate(operation: string, dataset: IndexedDataset): LocatedOperation | undefined
/**
 * The best known coordinates of an operation: those of its location, or else of the nearest
 * place up the parent chain that has coordinates, with the UCDP GED `where_prec` that placement
 * deserves (see {@link ucdpWherePrecision}). Returns `undefined` for an unknown id, or when
 * nothing up the chain has coordinates.
 *
 * @param operation - the operation id
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the coordinates with their source and precision, or `undefined`
 *
 * @example
 * ```ts
 * import { locate } from 'syria-counter-isis'
 * locate('2025-08-atmeh-airborne-landing')
 * //=> { lat: 36.31111, lon: 36.68639, precision: 'point', from: 'atmeh', whereprec: 1 }
 * locate('2025-09-al-jurayjisa-airborne-landing')?.from     //=> 'hama-governorate'
 * locate('2025-09-al-jurayjisa-airborne-landing')?.whereprec //=> 4
 * ```
 */
export function locate(operation: OperationId, dataset?: IndexedDataset): LocatedOperation<LocationId> | undefined
export function locate(operation: string, dataset: IndexedDataset = defaultDataset()): LocatedOperation | undefined {
  const index = indexOf(dataset)
  const i = index.operationById.get(resolveId(index, operation))
  if (i === undefined) return undefined
  const own = index.operationLocation[i]!
  for (let at = own, steps = 0; at >= 0 && steps <= index.locationParent.length; at = index.locationParent[at]!, steps++) {
    const location = dataset.dataset.locations[at]!
    const c = location.coordinates
    if (c !== undefined) {
      return { lat: c.lat, lon: c.lon, precision: c.precision, from: location.id, whereprec: ucdpWherePrecision(location, { own: at === own }) }
    }
  }
  return undefined
}
