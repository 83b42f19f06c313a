import type { Dataset } from '../../../schemas/dataset.js'
import type { IndexedDataset } from '../../types.js'
import { sealIndex } from './dataset-index.js'
import { buildDateIndex } from './date-index.js'
import { buildIds, type RecordIdMaps } from './ids.js'
import { buildLocationTree } from './location-tree.js'
import { buildNameIndex } from './name-index.js'
import { buildOperationColumns } from './operation-columns.js'
import { rankById } from './rank-by-id.js'
import { buildRelationPostings } from './relation-postings.js'

/**
 * Builds the indexes of a dataset that is already valid (the shipped data, or the output of
 * `parseDataset`) without validating it again, so it never loads Zod. Ids that do not resolve
 * are skipped, never guessed. Six named stages, each in its own module, each reading only the
 * dataset and the stages before it.
 *
 * @internal
 * @param dataset - a validated dataset; it is not modified
 * @param known - id lookups validation built for this very dataset (createDataset's fast path)
 * @returns the dataset with its indexes
 * @throws RangeError naming the value when a record date is not valid EDTF
 */
export function indexDataset(dataset: Dataset, known?: RecordIdMaps): IndexedDataset {
  const { actors, locations, operations, quotes } = dataset
  // 1. ids: record index per id, final redirects
  const ids = buildIds(dataset, known)
  // 2. location tree: Euler-tour numbering, so a subtree is one [tin, tout) range
  const tree = buildLocationTree(Int32Array.from(locations, (l) => (l.parent ? (ids.locationById.get(l.parent.location) ?? -1) : -1)))
  // 3. operation columns: location, types, certainty, totals; operations sorted by tin
  const columns = buildOperationColumns(dataset, ids, tree)
  // 4. postings: actor, operation and location relations to operations and quotes
  const postings = buildRelationPostings(dataset, ids)
  // 5. dates: day intervals, qualifiers and timeline order per kind
  const operationDates = buildDateIndex(operations.length, (i) => operations[i]!.date, rankById(operations))
  const quoteDates = buildDateIndex(quotes.length, (i) => quotes[i]!.date, rankById(quotes))
  // 6. names: folded names and aliases for search
  const actorNames = buildNameIndex(actors)
  const locationNames = buildNameIndex(locations)

  return sealIndex(dataset, {
    ...ids,
    locationParent: tree.parent,
    locationTin: tree.tin,
    locationTout: tree.tout,
    locationsByTin: tree.byTin,
    ...columns,
    ...postings,
    operationDates,
    quoteDates,
    actorNames,
    locationNames,
  })
}
