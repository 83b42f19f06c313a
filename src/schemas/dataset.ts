import * as z from 'zod/mini'
import { Actor } from './actor.js'
import { Correction, Redirect } from './correction.js'
import { Location } from './location.js'
import { Operation } from './operation.js'
import { Quote } from './quote.js'
import { Source } from './source.js'
import { withMeta } from './with-meta.js'

/**
 * The record schemas by kind, for code that handles every kind alike (validation, exports).
 *
 * @example
 * ```ts
 * import { RECORD_SCHEMAS } from 'syria-counter-isis/schemas'
 * Object.keys(RECORD_SCHEMAS)
 * //=> ['source', 'actor', 'location', 'operation', 'quote', 'correction', 'redirect']
 * ```
 */
export const RECORD_SCHEMAS = Object.freeze({
  source: Source,
  actor: Actor,
  location: Location,
  operation: Operation,
  quote: Quote,
  correction: Correction,
  redirect: Redirect,
} as const)

/**
 * A whole dataset: every record kind in its own array. `corrections` and `redirects` may be
 * omitted. Cross-record rules (ids resolve, spans match) are checked by `parseDataset`.
 *
 * @example
 * ```ts
 * import { Dataset } from 'syria-counter-isis/schemas'
 * Dataset.parse({ sources: [], actors: [], locations: [], operations: [], quotes: [] }).redirects
 * //=> []
 * ```
 */
export const Dataset = z
  .strictObject({
    /** The publications the facts are read from. */
    sources: z.array(z.unknown()).apply(withMeta, { description: 'Source records.' }),
    /** People, organisations, states and groups. */
    actors: z.array(z.unknown()).apply(withMeta, { description: 'Actor records.' }),
    /** Places. */
    locations: z.array(z.unknown()).apply(withMeta, { description: 'Location records.' }),
    /** Security operations. */
    operations: z.array(z.unknown()).apply(withMeta, { description: 'Operation records.' }),
    /** Quotes. */
    quotes: z.array(z.unknown()).apply(withMeta, { description: 'Quote records.' }),
    /** Published corrections. */
    corrections: z._default(z.array(z.unknown()), []).apply(withMeta, { description: 'Correction records.' }),
    /** Retired ids and their replacements. */
    redirects: z._default(z.array(z.unknown()), []).apply(withMeta, { description: 'Redirect records.' }),
  })
  .apply(withMeta, { description: 'A whole dataset: one array per record kind.' })

/** A validated dataset: one array per record kind (the output of `parseDataset`). */
export interface Dataset {
  readonly sources: readonly Source[]
  readonly actors: readonly Actor[]
  readonly locations: readonly Location[]
  readonly operations: readonly Operation[]
  readonly quotes: readonly Quote[]
  readonly corrections: readonly Correction[]
  readonly redirects: readonly Redirect[]
}
