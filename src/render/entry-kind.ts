import type { TimelineEntry } from '../query/types.js'
import { operationCategory } from '../schemas/operation-category.js'

/**
 * What a timeline entry is, as a reader names it: `operation` or `development` for an operation
 * record (by its category), else the entry's kind (`quote`).
 *
 * @internal
 */
export function entryKind(entry: TimelineEntry): string {
  return entry.kind === 'operation' ? operationCategory(entry.record) : entry.kind
}
