/**
 * Whether a value is a plain object (`{}` or `Object.create(null)`): not an array, a `Map`, a
 * class instance or a proxy of one, whose keys would not be what a check reads. Shared by the
 * option and criteria checks. Internal: not exported.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === null || proto === Object.prototype
}
