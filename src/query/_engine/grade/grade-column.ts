import { VOCABULARIES } from '../../../schemas/vocabulary-registry.js'
import type { IndexedDataset } from '../../types.js'
import { gradeContext } from './grade-context.js'
import { gradeOperation } from './grade-operation.js'

/** @internal Corroboration grades, in precedence order; a grade's code is its position. */
export const GRADES = VOCABULARIES.CorroborationGrade

const COLUMNS = new WeakMap<IndexedDataset, Uint8Array>()

/**
 * The grade code of every operation (dataset order), computed on the first query by grade and
 * kept with the dataset: grading reads every claim, so a dataset that is never filtered by
 * grade never pays for it.
 *
 * @internal
 * @param ds - the indexed dataset
 * @returns one code per operation, the grade's position in `GRADES`
 */
export function gradeColumn(ds: IndexedDataset): Uint8Array {
  let column = COLUMNS.get(ds)
  if (column !== undefined) return column
  const context = gradeContext(ds.dataset)
  const code = new Map(GRADES.map((g, i) => [g as string, i]))
  column = Uint8Array.from(ds.dataset.operations, (op) => code.get(gradeOperation(op, context).grade)!)
  COLUMNS.set(ds, column)
  return column
}
