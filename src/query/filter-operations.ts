import type { ActorId, LocationId } from '../data/generated/ids.js'
import type { ShippedOperation } from '../data/shipped-records.js'
import type { Operation } from '../schemas/operation.js'
import { defaultDataset } from './default-dataset.js'
import type { IndexedDataset } from './types.js'
import { runPlan } from './_engine/plan/run-plan.js'
import type { OperationCriteria } from './criteria.js'
import { planOperations } from './_engine/plan/plan-operations.js'
import { indexOf } from './_engine/index/dataset-index.js'

/**
 * The same, on a dataset passed explicitly (from `createDataset`): ids may then be any string.
 * @param criteria - what to keep; ids may be any string when a dataset is passed
 * @param dataset - the indexed dataset to query
 * @returns the matching operations
 */
export function filterOperations(criteria: OperationCriteria, dataset: IndexedDataset): Operation[]
/**
 * The operations that match every given criterion (see {@link OperationCriteria}): date range
 * with `overlaps`/`within` semantics on the EDTF interval (`2025-07` is July 1-31), actors (any
 * role or a given role), locations through the parent hierarchy, types, category
 * (`'operation'` or `'development'`, see `operationCategory`), certainty, corroboration grade (see `corroborate`), minimum killed/detained, and uncertain or
 * approximate dates kept or left out.
 *
 * Results are the record objects themselves (no copies), in the dataset's order (sorted by id
 * for the shipped data). Uses the indexes: the most selective of actors, locations and date
 * range bounds the work.
 *
 * @param criteria - what to keep; `{}` keeps every operation
 * @param dataset - an indexed dataset from `createDataset` (default: the shipped dataset)
 * @returns the matching operations
 * @throws TypeError naming the key at fault: an unknown key (`actor` for `actors`, with a
 *   did-you-mean), a string or Set where an array is expected, a flag that is not a boolean, a
 *   minimum that is not a number, criteria that are not a plain object
 * @throws RangeError naming the offending value: an invalid EDTF string or Date in `from`/`to`,
 *   `from` after `to`, an unknown `dateMode`, role, type, category, certainty or grade (with a
 *   did-you-mean), a `NaN` minimum, or
 *   `role` without `actors`
 *
 * @example
 * ```ts
 * import { filterOperations } from 'syria-counter-isis'
 * filterOperations({ locations: ['rif-dimashq'] }).map((op) => op.id)
 * //=> ['2025-10-18-al-dumayr-ground-incursion', '2025-10-18-rif-dimashq-joint-operation', '2025-10-muadamiyat-al-qalamoun-cell-dismantling', '2025-11-24-rif-dimashq-joint-weapons-sites-operation', '2025-12-24-moadamiyah-arrest-of-taha-al-zoubi']
 * filterOperations({ actors: ['global-coalition'], role: 'lead', minKilled: 1 }).length //=> 3
 * filterOperations({ from: '2025-08', to: '2025-09' }).map((op) => op.id)
 * //=> ['2025-08-atmeh-airborne-landing', '2025-09-al-jurayjisa-airborne-landing', '2025-10-muadamiyat-al-qalamoun-cell-dismantling', '2025-11-08-syria-interior-ministry-sweep', '2025-12-16-isis-cell-arrests-after-attacks', '2026-01-09-arrest-of-isis-military-commander']
 * filterOperations({ from: '2025-10-18', includeUncertainDates: false }).length //=> 24
 * filterOperations({ grade: ['acknowledged'] }).map((op) => op.id)
 * //=> ['2025-10-muadamiyat-al-qalamoun-cell-dismantling', '2025-11-24-rif-dimashq-joint-weapons-sites-operation', '2025-12-14-maarat-al-numan-ambush', '2025-12-16-isis-cell-arrests-after-attacks', '2025-12-19-centcom-operations-tally-after-palmyra', '2025-12-24-moadamiyah-arrest-of-taha-al-zoubi', '2026-01-09-arrest-of-isis-military-commander', '2026-01-20-barrack-sdf-anti-isis-role-expired', '2026-01-21-isis-detainee-transfer-to-iraq', '2026-02-09-riyadh-coalition-meeting-welcomes-syria', '2026-02-11-us-withdrawal-from-al-tanf', '2026-02-12-al-tanf-base-handover', '2026-02-22-al-hol-camp-closure']
 * filterOperations({ category: 'operation' }).length //=> 17
 * filterOperations({ category: 'development' }).length //=> 10
 * ```
 */
export function filterOperations(criteria: OperationCriteria<ActorId, LocationId>, dataset?: IndexedDataset): ShippedOperation[]
export function filterOperations(criteria: OperationCriteria, dataset: IndexedDataset = defaultDataset()): Operation[] {
  const operations = dataset.dataset.operations
  const found = runPlan(planOperations(criteria, dataset), indexOf(dataset).operationDates, operations.length)
  const out = new Array<Operation>(found.length)
  for (let k = 0; k < found.length; k++) out[k] = operations[found[k]!]!
  return out
}
