import { VOCABULARIES } from '../../../schemas/vocabulary-registry.js'

// The bits follow the order of the registry's lists (plain arrays, no Zod), so a value added to
// a vocabulary gets its bit here without a second list to keep in step.

/** @internal Participant roles; bit `1 << i` in postings. */
export const ROLES = VOCABULARIES.ParticipantRole
/** @internal Operation types; bit `1 << i` in `operationTypes`. */
export const OPERATION_TYPES = VOCABULARIES.OperationType
/** @internal Certainty codes. */
export const CERTAINTIES = VOCABULARIES.Certainty
/** @internal Quote modes. */
export const QUOTE_MODES = VOCABULARIES.QuoteMode
/** @internal Quote channels. */
export const QUOTE_CHANNELS = VOCABULARIES.QuoteChannel

// The bits live in typed arrays: posting bits in a Uint16Array (roles and the outcome bit), type
// bits in a Uint32Array. A vocabulary that outgrows them must fail loudly, not wrap silently.
if (ROLES.length + 1 > 16) throw new Error(`${ROLES.length} participant roles do not fit the 16-bit postings`)
if (OPERATION_TYPES.length > 31) throw new Error(`${OPERATION_TYPES.length} operation types do not fit the 32-bit type column`)

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
