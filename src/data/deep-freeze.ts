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
  // An explicit stack, not recursion: a value nested 100,000 deep must not overflow the call
  // stack. Frozen objects are skipped, so shared and cyclic values are each frozen once.
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const next = stack.pop()
    if ((typeof next === 'object' || typeof next === 'function') && next !== null && !Object.isFrozen(next)) {
      Object.freeze(next)
      for (const child of Object.values(next)) stack.push(child)
    }
  }
  return value as DeepReadonly<T>
}
