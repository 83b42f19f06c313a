import * as z from 'zod/mini'
import { withMeta } from './with-meta.js'

/**
 * A kebab-case slug: lower-case ASCII letters and digits in groups joined by single hyphens.
 *
 * @example
 * ```ts
 * import { SLUG_PATTERN } from 'syria-counter-isis/schemas'
 * SLUG_PATTERN.test('al-bab')  //=> true
 * SLUG_PATTERN.test('al--bab') //=> false
 * ```
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

// The schema keeps its own copy: a RegExp cannot be frozen against `compile()`, so a caller
// changing the exported one must not switch off id checks for the whole process.
const SLUG = new RegExp(SLUG_PATTERN.source)

/**
 * A record id or a reference to one: a kebab-case slug, unique across the whole dataset and
 * stable forever. Parsing accepts any well-formed slug; the literal unions `ActorId`,
 * `LocationId`, ... type the shipped ids.
 *
 * @example
 * ```ts
 * import { Slug } from 'syria-counter-isis/schemas'
 * Slug.parse('tom-barrack')          //=> 'tom-barrack'
 * Slug.safeParse('Tom Barrack').success //=> false
 * ```
 */
export const Slug = z
  .string()
  .check(z.regex(SLUG, { error: (issue) => `expected a kebab-case slug (a-z, 0-9, single hyphens), found ${JSON.stringify(issue.input)}` }))
  .apply(withMeta, { description: 'A kebab-case slug (a-z, 0-9, single hyphens): a record id, unique across the dataset and never reused.' })

/**
 * The id written in `assertedBy` where the publication itself asserts a claim, rather than a
 * party it cites. No record may use it as its id.
 *
 * @example
 * ```ts
 * import { REPORTER } from 'syria-counter-isis/schemas'
 * import { getOperation } from 'syria-counter-isis'
 * getOperation('2025-08-atmeh-airborne-landing')?.assertedBy === REPORTER //=> true
 * ```
 */
export const REPORTER = 'reporter'

/**
 * The id written in `assertedBy` where the dataset's editors infer a claim themselves (for
 * example that two reports may describe one operation), never the source. Such a claim must say
 * in `reasoning` what was inferred from what. No record may use it as its id.
 *
 * @example
 * ```ts
 * import { EDITORS } from 'syria-counter-isis/schemas'
 * import { getOperation } from 'syria-counter-isis'
 * getOperation('2025-10-18-rif-dimashq-joint-operation')?.relations[0]?.assertedBy === EDITORS //=> true
 * ```
 */
export const EDITORS = 'editors'

/**
 * Who asserts a claim: `reporter` (the own voice of the publication the evidence is read in),
 * `editors` (the dataset editors' own inference, with `reasoning`) or the id of the actor the
 * source attributes it to (a ministry statement, "local sources", "a security source").
 *
 * @example
 * ```ts
 * import { AssertedBy } from 'syria-counter-isis/schemas'
 * AssertedBy.parse('reporter')       //=> 'reporter'
 * AssertedBy.parse('local-sources')  //=> 'local-sources'
 * ```
 */
export const AssertedBy = Slug.apply(withMeta, {
  description: 'Who asserts the claim: "reporter" (the publication\'s own voice), "editors" (the dataset editors\' inference, with reasoning) or the id of the actor the source attributes it to.',
})
