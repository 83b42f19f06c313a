import type { Dataset } from '../schemas/dataset.js'
import type { Operation } from '../schemas/operation.js'
import { FIGURE_MEASURES, OUTCOME_KINDS, type CORROBORATION_GRADES } from '../schemas/vocabulary-values.js'
import type { GradableClaim, GradableDataset, GradableFigure, GradableOutcome, GradableParticipant, GradableReading } from './_engine/grade/gradable.js'
import { gradeContext } from './_engine/grade/grade-context.js'
import { gradeOperation } from './_engine/grade/grade-operation.js'
import { gradeParts } from './_engine/grade/grade-parts.js'
import { shippedDataset } from './_engine/shipped-dataset.js'
import type { IndexedDataset } from './types.js'

/**
 * How well a record or value is corroborated, in order of precedence: `contested` (its sources
 * disagree), `acknowledged` (a party to the operation claims or admits it), `corroborated` (two
 * or more independent sources), `single-source` (one source, or one group of copies of it).
 * The values are `CORROBORATION_GRADES`.
 */
export type CorroborationGrade = (typeof CORROBORATION_GRADES)[number]

/** A grade and what it rests on, as {@link corroborate} and {@link gradeClaims} derive it. */
export interface Corroboration {
  /** The grade: see {@link CorroborationGrade} for the precedence. */
  readonly grade: CorroborationGrade
  /** Ids of every source the claims cite, references included, sorted. */
  readonly sources: readonly string[]
  /**
   * How many independent groups those sources form: sources sharing a publisher, or carrying
   * the same wire or outlet (or one carrying the other's), are one group; reference sources
   * (encyclopaedias, gazetteers) never count.
   */
  readonly independentSources: number
  /**
   * Ids of the actors that claim or admit the operation and are party to it (a `lead` or
   * `partner`, or in a development the one `handing-over`, `receiving`, the `host` or a `chair`;
   * or a body it belongs to, or one of its own bodies), sorted.
   */
  readonly acknowledgedBy: readonly string[]
  /** The values the sources disagree on: `date`, `location`, `types`, `count:<outcome kind>`, `figure:<figure measure>`, `participants` (who led). */
  readonly disagreements: readonly string[]
}

/** What {@link gradeClaims} reads of a claim: who asserts it and the sources of its evidence. Readings, outcomes, figures and participants are compared by their values too. */
export interface GradedClaim {
  /** Who asserts the claim. */
  readonly assertedBy: string
  /** The evidence: only each one's `source` is read. */
  readonly evidence: readonly { readonly source: string }[]
}

function recordsOf(dataset: Dataset | IndexedDataset): GradableDataset {
  return 'sources' in dataset ? dataset : dataset.dataset
}

/**
 * The corroboration grade of an operation or a development, derived from every claim it holds
 * (the record itself, its readings, participants, outcomes, figures, duration, relations and
 * notes), never typed in:
 *
 * - `contested` when the sources disagree: readings of the date, place or types that cannot all
 *   be true (a day outside another reading's month, places neither inside the other, types
 *   neither a subset of the other); two readings of one count that cannot both hold, by the count
 *   rule of {@link reconciledCount}: outcomes of one kind about one group of people (the actors
 *   they name; the unnamed group apart) from different accounts (three Americans and the attacker
 *   killed are two groups, no disagreement; 2 and "at least 3" wounded Syrians are one), or
 *   figures of one measure and label (35 and "more than 35" targets struck: `{35, 35}` and
 *   `{36, null}` cannot both hold); or different voices naming different leads;
 * - else `acknowledged` when a party to the record (a `lead` or `partner` participant, or in a
 *   development one `handing-over`, `receiving`, the `host` or a `chair`; or a body it belongs
 *   to or that belongs to it through `affiliations`) asserts the record, one of its readings,
 *   participants, outcomes, figures or its duration, itself or as the publisher of the page a
 *   `reporter` claim is read in (its own statement page). A `subject`, `target`, `support` or
 *   `coordinated` participant acknowledges nothing;
 * - else `corroborated` when its sources form two or more independent groups;
 * - else `single-source`.
 *
 * A value one source gives more precisely than another (a day inside the month, a town inside
 * its governorate) is no disagreement. `reporter` claims in two outlets are two voices. A report
 * page without a `published` date counts for independence like any other.
 *
 * @param operation - the operation
 * @param dataset - the dataset its sources and actors are in: a `Dataset` or an indexed one
 *   from `createDataset` (default: the shipped dataset)
 * @returns the grade, the sources, the number of independent groups, who acknowledges it and
 *   what is disagreed on
 *
 * @example
 * ```ts
 * import { corroborate, getOperation } from 'syria-counter-isis'
 * corroborate(getOperation('2025-10-muadamiyat-al-qalamoun-cell-dismantling')!).acknowledgedBy //=> ['interior-ministry']
 * corroborate(getOperation('2025-08-atmeh-airborne-landing')!).grade //=> 'contested'
 * ```
 */
export function corroborate(operation: Operation, dataset: Dataset | IndexedDataset = shippedDataset()): Corroboration {
  return gradeOperation(operation, gradeContext(recordsOf(dataset)))
}

const OUTCOME: ReadonlySet<string> = new Set(OUTCOME_KINDS)
const MEASURE: ReadonlySet<string> = new Set(FIGURE_MEASURES)

/**
 * The grade of one value from its readings: the claims given, for example an operation's date
 * readings or its `killed` outcomes, graded by the rules of {@link corroborate}. Readings
 * (with `field`), outcomes (with an outcome `kind`), figures (with a figure `measure`) and
 * participants (with `actor` and `role`) are compared by their values; any other claim adds only its sources and its voice. A party is
 * found only among the participants given: grade the whole operation with `corroborate` to
 * know whether a party acknowledges it.
 *
 * @param claims - the claims to grade together
 * @param dataset - the dataset their sources and actors are in (default: the shipped dataset)
 * @returns the grade and what it rests on
 *
 * @example
 * ```ts
 * import { gradeClaims, getOperation } from 'syria-counter-isis'
 * const killed = getOperation('2025-07-al-bab-airborne-landing')!.outcomes.filter((o) => o.kind === 'killed')
 * gradeClaims(killed).sources //=> ['alaraby-2025-10-24', 'lorient-today-2025-07-25-us-forces-kill-is-leader', 'stripes-2025-07-25-centcom-raid-al-bab']
 * gradeClaims(killed).grade //=> 'corroborated'
 * ```
 */
export function gradeClaims(claims: readonly GradedClaim[], dataset: Dataset | IndexedDataset = shippedDataset()): Corroboration {
  const readings: GradableReading[] = []
  const outcomes: GradableOutcome[] = []
  const figures: GradableFigure[] = []
  const participants: GradableParticipant[] = []
  for (const claim of claims as readonly (GradableClaim & Record<string, unknown>)[]) {
    if (typeof claim.field === 'string') readings.push(claim as unknown as GradableReading)
    else if (typeof claim.kind === 'string' && OUTCOME.has(claim.kind)) outcomes.push(claim as unknown as GradableOutcome)
    else if (typeof claim.measure === 'string' && MEASURE.has(claim.measure) && typeof claim.count === 'object') figures.push(claim as unknown as GradableFigure)
    else if (typeof claim.actor === 'string' && typeof claim.role === 'string') participants.push(claim as unknown as GradableParticipant)
  }
  return gradeParts({ claims, readings, outcomes, figures, participants, statements: claims }, gradeContext(recordsOf(dataset)))
}
