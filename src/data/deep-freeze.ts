import type { DeepReadonly } from '../schemas/deep-readonly.js'

/**
 * Freezes a value and everything reachable from it, so shipped records cannot be changed by
 * accident (assignments throw in strict mode) and every importer sees the same data.
 *
 * @example
 * ```ts
 * import { deepFreeze } from 'syria-counter-isis'
 * const frozen = deepFreeze({ tags: ['a'] })
 * Object.isFrozen(frozen.tags) //=> true
 * ```
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value as DeepReadonly<T>
}
