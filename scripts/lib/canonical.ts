import type * as z from 'zod'
import { isDeepStrictEqual } from 'node:util'

type Def = { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; innerType?: z.core.$ZodType; defaultValue?: unknown; in?: z.core.$ZodType }

function defOf(schema: z.core.$ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def
}

// Wrappers (optional, default, ...) do not change the shape; look through them.
function unwrap(schema: z.core.$ZodType): { inner: z.core.$ZodType; defaultValue?: unknown } {
  let inner = schema
  let defaultValue: unknown
  for (;;) {
    const def = defOf(inner)
    if (def.type === 'default' && def.innerType) {
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue
      inner = def.innerType
    } else if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) inner = def.innerType
    else if (def.type === 'pipe' && def.in) inner = def.in
    else return defaultValue === undefined ? { inner } : { inner, defaultValue }
  }
}

/**
 * Rewrites a value in the schema's own key order, dropping fields equal to their default
 * (empty lists, `identified: true`), so every file reads the same way and a correction is a
 * one-line diff. Keys the schema does not know are kept at the end for validation to report.
 */
export function canonicalize(schema: z.core.$ZodType, value: unknown): unknown {
  const { inner } = unwrap(schema)
  const def = defOf(inner)
  if (def.type === 'array' && def.element && Array.isArray(value)) return value.map((item) => canonicalize(def.element as z.core.$ZodType, item))
  if (def.type !== 'object' || !def.shape || typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const input = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(def.shape)) {
    if (!(key in input) || input[key] === undefined) continue
    const { defaultValue } = unwrap(field)
    if (defaultValue !== undefined && isDeepStrictEqual(input[key], defaultValue)) continue
    out[key] = canonicalize(field, input[key])
  }
  for (const key of Object.keys(input)) if (!(key in out) && !(key in def.shape)) out[key] = input[key]
  return out
}
