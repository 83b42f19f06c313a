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
  // stack. Frozen objects are skipped, so shared and cyclic values are each frozen once. Only
  // objects are pushed, and arrays are read by index (no copy of their values).
  if ((typeof value !== 'object' || value === null) && typeof value !== 'function') return value as DeepReadonly<T>
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const next = stack.pop() as Record<string, unknown>
    if (Object.isFrozen(next)) continue
    Object.freeze(next)
    if (Array.isArray(next)) {
      for (let i = 0; i < next.length; i++) {
        const child: unknown = next[i]
        if ((typeof child === 'object' && child !== null) || typeof child === 'function') stack.push(child)
      }
      continue
    }
    const keys = Object.keys(next)
    for (let i = 0; i < keys.length; i++) {
      const child = next[keys[i]!]
      if ((typeof child === 'object' && child !== null) || typeof child === 'function') stack.push(child)
    }
  }
  return value as DeepReadonly<T>
}
