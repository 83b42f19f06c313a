import type * as z from 'zod/mini'
import { everyFieldReference, fieldReferencesOf } from './references.js'
import type { RecordKind } from './record-kinds.js'

/**
 * The check that a record does not name itself where it names another record: a place that is
 * its own parent or neighbour, an operation related to itself, an actor affiliated with or kin
 * of itself, a correction that affects itself, a redirect to itself.
 *
 * @internal
 */
export function noSelfReference(kind: RecordKind): (ctx: z.core.ParsePayload<{ readonly id: string }>) => void {
  return (ctx) => {
    // Paths are built only for a record that does name itself.
    const id = ctx.value.id
    if (everyFieldReference(kind, ctx.value, (target) => target !== id)) return
    for (const ref of fieldReferencesOf(kind, ctx.value)) {
      if (ref.target === ctx.value.id) ctx.issues.push({ code: 'custom', input: ctx.value, path: [...ref.path], message: `a record cannot refer to itself ("${ref.target}")` })
    }
  }
}
