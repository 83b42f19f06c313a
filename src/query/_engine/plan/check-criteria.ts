import type { DateInput, DateMode } from '../../criteria.js'
import { editDistance } from '../../../schemas/nearest-ids.js'
import { isPlainObject } from '../../../schemas/plain-object.js'

/**
 * What one key of a criteria object may hold:
 * - `date`: an EDTF string or a `Date` (`''` is no bound);
 * - `ids`: an array of id strings;
 * - `strings`: an array of free strings (topics);
 * - `values`: an array of values of a closed vocabulary (`single`: a lone value is allowed too);
 * - `choice`: one value of a closed vocabulary;
 * - `flag`: a boolean;
 * - `minimum`: a number, 0 or more (not NaN);
 * - `nested`: a plain object with its own keys.
 * `requires` names a key that must be given (non-empty) with this one.
 *
 * @internal
 */
export type CriterionRule =
  | { readonly kind: 'date' }
  | { readonly kind: 'ids' | 'strings' }
  | { readonly kind: 'values'; readonly vocabulary: readonly string[]; readonly what: string; readonly single?: true; readonly requires?: string }
  | { readonly kind: 'choice'; readonly vocabulary: readonly string[] }
  | { readonly kind: 'flag' | 'minimum' }
  | { readonly kind: 'nested'; readonly shape: CriteriaShape }

/** @internal The keys a criteria object may have, each with its rule. */
export type CriteriaShape = Readonly<Record<string, CriterionRule>>

type Checked<R> = R extends { readonly kind: 'date' }
  ? DateInput | undefined
  : R extends { readonly kind: 'ids' | 'strings' | 'values' }
    ? readonly string[] | undefined
    : R extends { readonly kind: 'choice'; readonly vocabulary: readonly (infer V)[] }
      ? V | undefined
      : R extends { readonly kind: 'flag' }
        ? boolean | undefined
        : R extends { readonly kind: 'minimum' }
          ? number | undefined
          : R extends { readonly kind: 'nested'; readonly shape: infer S extends CriteriaShape }
            ? CheckedCriteria<S>
            : never

/**
 * Criteria after checking: every key of the shape present; absent keys, empty arrays and empty
 * date bounds are `undefined`; a lone vocabulary value is a one-item array.
 *
 * @internal
 */
export type CheckedCriteria<S extends CriteriaShape> = { readonly [K in keyof S]: Checked<S[K]> }

/** @internal The date keys every criteria object shares. */
export const DATE_RULES = {
  from: { kind: 'date' },
  to: { kind: 'date' },
  dateMode: { kind: 'choice', vocabulary: ['overlaps', 'within'] satisfies DateMode[] },
} as const satisfies CriteriaShape

function described(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `a string (${JSON.stringify(value)})`
  if (typeof value === 'object') {
    const name = Object.getPrototypeOf(value)?.constructor?.name
    return typeof name === 'string' && name !== 'Object' ? `a ${name}` : 'an object'
  }
  return `${typeof value === 'undefined' ? '' : `a ${typeof value} `}${String(value)}`.trim()
}

function suggestion(key: string, known: readonly string[]): string {
  let best: string | undefined
  let bestDistance = 3
  for (const k of known) {
    // A typo is within two edits.
    const d = editDistance(key.toLowerCase(), k.toLowerCase())
    if (d < bestDistance) [best, bestDistance] = [k, d]
  }
  return best === undefined ? '' : ` (did you mean "${best}"?)`
}

function list(where: string, key: string, value: unknown, items: string): readonly string[] | undefined {
  if (!Array.isArray(value)) throw new TypeError(`Invalid ${key} in ${where}: expected an array of ${items}, got ${described(value)}`)
  for (const item of value) if (typeof item !== 'string') throw new TypeError(`Invalid ${key} in ${where}: expected an array of ${items}, got an item that is ${described(item)}`)
  return value.length === 0 ? undefined : (value as readonly string[])
}

function checkRule(where: string, key: string, rule: CriterionRule, value: unknown): unknown {
  switch (rule.kind) {
    case 'date':
      if (value === '') return undefined
      if (typeof value !== 'string' && !(value instanceof Date)) throw new TypeError(`Invalid ${key} in ${where}: expected an EDTF string or a Date, got ${described(value)}`)
      return value
    case 'ids':
      return list(where, key, value, 'ids')
    case 'strings':
      return list(where, key, value, 'strings')
    case 'values': {
      const values = rule.single && typeof value === 'string' ? [value] : list(where, key, value, `${rule.what} values`)
      for (const v of values ?? []) if (!rule.vocabulary.includes(v)) throw new RangeError(`Unknown ${rule.what} ${JSON.stringify(v)} in ${where}${suggestion(v, rule.vocabulary)}: expected one of ${rule.vocabulary.join(', ')}`)
      return values
    }
    case 'choice':
      if (typeof value !== 'string' || !rule.vocabulary.includes(value)) {
        const hint = typeof value === 'string' ? suggestion(value, rule.vocabulary) : ''
        throw new RangeError(`Invalid ${key} ${JSON.stringify(value)} in ${where}${hint}: expected ${rule.vocabulary.map((v) => `'${v}'`).join(' or ')}`)
      }
      return value
    case 'flag':
      if (typeof value !== 'boolean') throw new TypeError(`Invalid ${key} in ${where}: expected true or false, got ${described(value)}`)
      return value
    case 'minimum':
      if (typeof value !== 'number') throw new TypeError(`Invalid ${key} in ${where}: expected a number, got ${described(value)}`)
      if (Number.isNaN(value)) throw new RangeError(`Invalid ${key} in ${where}: expected a number, got NaN`)
      if (value < 0) throw new RangeError(`Invalid ${key} in ${where}: expected a count of 0 or more, got ${value}`)
      return value
    case 'nested':
      return checkCriteria(value, rule.shape, `${where} › ${key}`)
  }
}

/**
 * Checks a criteria object against its shape, so a mistake is a named error rather than a
 * silent wrong answer: not a plain object, an unknown key (with a did-you-mean), a string or a
 * Set where an array is expected, an item or flag of the wrong type (all `TypeError`); a value
 * outside its vocabulary, `NaN`, or a key given without the key it `requires` (`RangeError`).
 * The one checker every planner uses.
 *
 * @internal
 * @param criteria - what the caller passed (`undefined` is `{}`)
 * @param shape - the keys allowed and their rules
 * @param where - how errors name the object, e.g. `filterOperations criteria`
 * @returns the checked criteria
 * @throws TypeError or RangeError naming the key and the value at fault
 */
export function checkCriteria<S extends CriteriaShape>(criteria: unknown, shape: S, where: string): CheckedCriteria<S> {
  if (criteria === undefined) criteria = {}
  if (!isPlainObject(criteria)) throw new TypeError(`Invalid ${where}: expected a plain object, got ${described(criteria)}`)
  const known = Object.keys(shape)
  for (const key of Object.keys(criteria)) {
    if (!Object.hasOwn(shape, key)) throw new TypeError(`Unknown key "${key}" in ${where}${suggestion(key, known)}: expected ${known.join(', ')}`)
  }
  const out: Record<string, unknown> = {}
  for (const key of known) {
    const value = criteria[key]
    const rule = shape[key]!
    out[key] = value === undefined && rule.kind !== 'nested' ? undefined : checkRule(where, key, rule, value)
  }
  for (const key of known) {
    const rule = shape[key]!
    if (rule.kind === 'values' && rule.requires !== undefined && out[key] !== undefined && out[rule.requires] === undefined) {
      throw new RangeError(`Invalid ${where}: ${key} needs ${rule.requires} (it narrows which of the given ${rule.requires} count)`)
    }
  }
  return out as CheckedCriteria<S>
}
