import type { Certainty, OperationType, ParticipantRole, QuoteChannel, QuoteMode } from '../../../schemas/vocabularies.js'

// The vocabularies are repeated here rather than read from the Zod enums so that query helpers
// never load Zod; `Exhaustive` makes the compiler reject a list that falls out of step.
type Exhaustive<T extends string, L extends readonly T[]> = [T] extends [L[number]] ? L : never

const roles = ['lead', 'partner', 'support', 'coordinated', 'target'] as const
const types = ['ground-incursion', 'airborne-landing', 'storming', 'arrest', 'clash', 'cell-dismantling', 'seizure', 'air-strike', 'security-operation'] as const
const certainties = ['confirmed', 'reported', 'claimed', 'believed', 'disputed'] as const
const modes = ['direct', 'indirect'] as const
const channels = ['post-on-x', 'interview-with-publication', 'official-statement', 'statement-to-media', 'unspecified'] as const

/** @internal Participant roles; bit `1 << i` in postings. */
export const ROLES: Exhaustive<ParticipantRole, typeof roles> = roles
/** @internal Operation types; bit `1 << i` in `operationTypes`. */
export const OPERATION_TYPES: Exhaustive<OperationType, typeof types> = types
/** @internal Certainty codes. */
export const CERTAINTIES: Exhaustive<Certainty, typeof certainties> = certainties
/** @internal Quote modes. */
export const QUOTE_MODES: Exhaustive<QuoteMode, typeof modes> = modes
/** @internal Quote channels. */
export const QUOTE_CHANNELS: Exhaustive<QuoteChannel, typeof channels> = channels

/** @internal Posting bit: the actor is named in an outcome of the operation. */
export const OUTCOME_BIT = 1 << ROLES.length
/** @internal Every participant role bit. */
export const ANY_ROLE = (1 << ROLES.length) - 1

/** @internal Date flag: the record has a date. */
export const DATED = 1
/** @internal Date flag: `?` or `%` on the date or an interval end. */
export const UNCERTAIN = 2
/** @internal Date flag: `~` or `%` on the date or an interval end. */
export const APPROXIMATE = 4
/** @internal Shift of the 2-bit precision code inside the flags. */
export const PRECISION_SHIFT = 4
/** @internal Precision codes, in flag order. */
export const PRECISIONS = ['day', 'month', 'year', 'interval'] as const

/** @internal Spans longer than this (days) go to the date index's `long` list. */
export const LONG_SPAN = 366
