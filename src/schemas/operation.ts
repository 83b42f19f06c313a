import * as z from 'zod'
import type { DeepReadonly } from './deep-readonly.js'
import { claimFields, Note } from './claim.js'
import { Count } from './count.js'
import { dateWordsFields } from './date-words.js'
import { EdtfDate } from './edtf-date.js'
import { Evidence } from './evidence.js'
import { Figure } from './figure.js'
import { LocalizedText } from './localized-text.js'
import { noSelfReference } from './self-reference.js'
import { Slug } from './slug.js'
import { DateBasis, OperationType, OutcomeKind, ParticipantRole, RelationKind } from './vocabularies.js'
import { OPERATION_TYPE_CATEGORY } from './vocabulary-values.js'
import { PrintableText } from './text.js'
import { Reading } from './reading.js'

/**
 * An actor's part in an operation, with who says so and how surely.
 *
 * @example
 * ```ts
 * import { Participant } from 'syria-counter-isis/schemas'
 * Participant.parse({ actor: 'syrian-government', role: 'coordinated', assertedBy: 'reporter', certainty: 'believed', evidence: [{ type: 'reference', source: 'example-reference', quote: 'example' }] })
 * ```
 */
export const Participant = z
  .strictObject({
    /** Id of the participating actor. */
    actor: Slug.meta({ description: 'Id of the participating actor.' }),
    /** Its part in the operation. */
    role: ParticipantRole,
    ...claimFields,
  })
  .meta({ description: "An actor's part in an operation." })
/** An actor's part in an operation: see the {@link Participant} schema. */
export type Participant = DeepReadonly<z.output<typeof Participant>>

const PEOPLE_OUTCOMES: ReadonlySet<string> = new Set(['killed', 'wounded', 'detained', 'released', 'died-of-wounds', 'fled'])

/**
 * What an operation led to: people killed, wounded, detained, released, dead of their wounds
 * or fled, or items seized, each with the named actors, the count as stated, and who states
 * it. An outcome the source does not mention is absent, never a count of 0.
 *
 * @example
 * ```ts
 * import { Outcome } from 'syria-counter-isis/schemas'
 * Outcome.parse({ kind: 'killed', count: { min: 2, max: 2 }, assertedBy: 'interior-ministry', certainty: 'claimed', evidence: [{ type: 'reference', source: 'example-reference', quote: 'example' }] })
 * ```
 */
export const Outcome = z
  .strictObject({
    /** What happened. */
    kind: OutcomeKind,
    /** Ids of the people (or groups) it happened to, where the source identifies them. */
    actors: z.array(Slug).default([]).meta({ description: 'Ids of the people or groups it happened to, where the source identifies them.' }),
    /** How many, as stated; required for people, optional for seized or destroyed items. */
    count: Count.optional().meta({ description: 'How many, as stated; required for people outcomes, optional for seized or destroyed items.' }),
    /** For `seized` and `destroyed`: what was seized or destroyed. */
    items: LocalizedText.optional().meta({ description: 'For seized and destroyed: what was seized or destroyed.' }),
    /** Where it happened, when not where the operation was (e.g. a hospital). */
    location: Slug.optional().meta({ description: 'Where it happened, when not at the operation location (e.g. a hospital).' }),
    /** When it happened, when the source dates it separately. */
    date: EdtfDate.optional().meta({ description: 'When it happened, when the source dates it separately (EDTF).' }),
    /** Editors' note on how the source's wording was read into the count (not a claim of the source). */
    countNote: PrintableText.optional().meta({ description: "Editors' note on how the source's wording was read into the count; not a claim of the source." }),
    /** Circumstances the source gives ("while trying to flee"). */
    circumstances: LocalizedText.optional().meta({ description: 'Circumstances the source gives, e.g. while trying to flee.' }),
    ...claimFields,
  })
  .check((ctx) => {
    const o = ctx.value
    if (PEOPLE_OUTCOMES.has(o.kind) && o.count === undefined) {
      ctx.issues.push({ code: 'custom', input: o, path: ['count'], message: `a "${o.kind}" outcome needs a count as the source states it` })
    }
    if ((o.kind === 'seized' || o.kind === 'destroyed') && o.items === undefined) {
      ctx.issues.push({ code: 'custom', input: o, path: ['items'], message: `a "${o.kind}" outcome needs the items ${o.kind}` })
    }
    if (o.count && o.count.max !== null && o.actors.length > o.count.max) {
      ctx.issues.push({ code: 'custom', input: o, path: ['actors'], message: `${o.actors.length} actors named but the count allows at most ${o.count.max}` })
    }
  })
  .meta({ description: 'What the operation led to, with count, attribution and evidence.' })
/** What an operation led to: see the {@link Outcome} schema. */
export type Outcome = DeepReadonly<z.output<typeof Outcome>>

/**
 * A link the source makes between an operation and another operation, or a quote record such
 * as the announcement it coincided with, recorded rather than resolved. Exactly one of
 * `operation` and `quote` names the target.
 *
 * @example
 * ```ts
 * import { OperationRelation } from 'syria-counter-isis/schemas'
 * OperationRelation.parse({ operation: 'some-operation', kind: 'possibly-same-as', assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'example-reference', quote: 'example' }] }).operation //=> 'some-operation'
 * OperationRelation.safeParse({ kind: 'simultaneous-with', assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'example-reference', quote: 'example' }] }).success //=> false
 * ```
 */
export const OperationRelation = z
  .strictObject({
    /** Id of the other operation; exactly one of `operation` and `quote` is given. */
    operation: Slug.optional().meta({ description: 'Id of the other operation; exactly one of operation and quote is given.' }),
    /** Id of a quote record (an announcement, a statement) the operation is linked to, instead of an operation. */
    quote: Slug.optional().meta({ description: 'Id of a quote record (an announcement, a statement) the operation is linked to, instead of an operation.' }),
    /** How the two are linked. */
    kind: RelationKind,
    /** Editors' note on what exactly the source links, where it is less than `kind` says (not a claim of the source). */
    note: PrintableText.optional().meta({ description: "Editors' note on what exactly the source links, where it is less than kind says; not a claim of the source." }),
    ...claimFields,
  })
  .check((ctx) => {
    const targets = [ctx.value.operation, ctx.value.quote].filter((target) => target !== undefined).length
    if (targets !== 1) {
      const found = targets === 0 ? 'neither is given' : 'both are given'
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['operation'], message: `a relation names exactly one target, an operation or a quote: ${found}` })
    }
  })
  .meta({ description: 'A link the source makes between an operation and another operation or a quote (an announcement).' })
/** A link between two operations: see the {@link OperationRelation} schema. */
export type OperationRelation = DeepReadonly<z.output<typeof OperationRelation>>

/**
 * How long an operation lasted, as an ISO 8601 duration (`PT30M`), with its evidence.
 *
 * @example
 * ```ts
 * import { Duration } from 'syria-counter-isis/schemas'
 * Duration.parse({ iso: 'PT30M', assertedBy: 'reporter', certainty: 'reported', evidence: [{ type: 'reference', source: 'example-reference', quote: 'example' }] })
 * ```
 */
export const Duration = z
  .strictObject({
    /** ISO 8601 duration, e.g. `PT30M` for half an hour. */
    iso: z.iso.duration().meta({ description: 'ISO 8601 duration, e.g. PT30M for half an hour.' }),
    ...claimFields,
  })
  .meta({ description: 'How long the operation lasted (ISO 8601 duration).' })
/** How long an operation lasted: see the {@link Duration} schema. */
export type Duration = DeepReadonly<z.output<typeof Duration>>

/**
 * A security operation (a raid, incursion, arrest, strike, cell dismantling, an attack by ISIS)
 * or a development that is not an operation (joining an alliance, a handover, a detainee
 * transfer, a meeting, a policy statement, a tally): ACLED codes both as events of one table,
 * and so does the dataset, telling them apart by the category of their types
 * (`operationCategory`). It has when and where, its types, who took part in which role, what it
 * led to, the figures stated about it, and how the source links it to other records. The
 * record-level `assertedBy`/`certainty` say who reports that it happened and how surely.
 *
 * @example
 * ```ts
 * import { getOperation } from 'syria-counter-isis'
 * getOperation('2025-09-al-jurayjisa-airborne-landing')?.duration?.iso //=> 'PT30M'
 * ```
 */
export const Operation = z
  .strictObject({
    /** Stable id. */
    id: Slug,
    /** Short title: English, and a verbatim Arabic phrase of the source where one fits. */
    title: LocalizedText.meta({ description: 'Short title: English, and a verbatim Arabic phrase of the source where one fits.' }),
    /** When it happened (EDTF): the reconciled value when sources give differing readings. */
    date: EdtfDate,
    /** How the date was obtained. */
    dateBasis: DateBasis,
    ...dateWordsFields,
    /** Id of the place where it happened. */
    location: Slug.meta({ description: 'Id of the place where it happened.' }),
    /** Id of the place it was launched from, where given. */
    launchedFrom: Slug.optional().meta({ description: 'Id of the place it was launched from, where given.' }),
    /** Id of the place people or forces went to (detainees to Iraq, forces to Jordan), where given. */
    destination: Slug.optional().meta({ description: 'Id of the place people or forces went to (detainees moved to Iraq, forces withdrawn to Jordan), where given.' }),
    /** What happened (closed vocabulary; see OPERATION_TYPE_TO_ACLED). */
    types: z.array(OperationType).min(1).meta({ description: 'What happened (closed vocabulary, mapped to ACLED event types).' }),
    /** Who took part, in which role. */
    participants: z.array(Participant).default([]).meta({ description: 'Who took part, in which role.' }),
    /** What it led to. */
    outcomes: z.array(Outcome).default([]).meta({ description: 'What it led to.' }),
    /** Numbers stated about it that are not outcomes to people: raids, targets struck, a camp's population, a tally. */
    figures: z.array(Figure).default([]).meta({ description: "Numbers stated about it that are not outcomes to people: raids, targets struck, munitions, a camp's population, detainees moved, a tally." }),
    /** How long it lasted, where given. */
    duration: Duration.optional().meta({ description: 'How long it lasted, where given.' }),
    /** Links to other operations that the source makes. */
    relations: z.array(OperationRelation).default([]).meta({ description: 'Links to other operations that the source makes.' }),
    /** Each source's reading of the date, place or types, side by side (the record holds the reconciled values). */
    readings: z.array(Reading).default([]).meta({ description: "Each source's reading of the date, place or types, side by side; date, location and types are the reconciled values." }),
    /** Claims about the operation with no structured field. */
    notes: z.array(Note).default([]).meta({ description: 'Claims about the operation with no structured field.' }),
    /** Who reports that the operation happened. */
    assertedBy: claimFields.assertedBy,
    /** How surely. */
    certainty: claimFields.certainty,
    /** What reports the operation, including its date and place. */
    evidence: z.array(Evidence).min(1).meta({ description: 'Spans that report the operation, including its date and place.' }),
  })
  .check(noSelfReference('operation'))
  .check((ctx) => {
    const categories = new Set(ctx.value.types.map((type) => OPERATION_TYPE_CATEGORY[type]))
    if (categories.size > 1) {
      ctx.issues.push({ code: 'custom', input: ctx.value.types, path: ['types'], message: `types mix an operation with a development (${ctx.value.types.join(', ')}): record them as two linked records` })
    }
  })
  .meta({ description: 'A security operation, or a development that is not an operation, with date, place, types, participants, outcomes, figures and relations.' })
/** A security operation: see the {@link Operation} schema. */
export type Operation = DeepReadonly<z.output<typeof Operation>>
