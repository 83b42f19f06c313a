import type { Corroboration } from '../../corroboration.js'
import type { GradeContext } from './grade-context.js'
import type { GradableOperation } from './gradable.js'
import { gradeParts } from './grade-parts.js'

/**
 * Grades an operation from every claim it holds: the record, its readings, participants,
 * outcomes, figures and duration state the event (a party asserting one acknowledges it);
 * relations and notes add their sources.
 *
 * @internal
 * @param op - the operation
 * @param context - the dataset's lookups
 * @returns its corroboration
 */
export function gradeOperation(op: GradableOperation, context: GradeContext): Corroboration {
  const readings = op.readings ?? []
  const duration = op.duration === undefined ? [] : [op.duration]
  const figures = op.figures ?? []
  const statements = [op, ...readings, ...op.participants, ...op.outcomes, ...figures, ...duration]
  return gradeParts({ claims: [...statements, ...op.relations, ...op.notes], readings, outcomes: op.outcomes, figures, participants: op.participants, statements }, context)
}
