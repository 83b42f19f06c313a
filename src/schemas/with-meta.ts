import * as z from 'zod/mini'
import en from 'zod/v4/locales/en.js'

/**
 * Classic Zod's `.meta(...)` for zod/mini schemas, used as `schema.apply(withMeta, { ... })`: a
 * copy of the schema (with the original as its parent, as `.meta` makes one, so the JSON Schema
 * is the same) that carries the metadata in the global registry.
 *
 * It also gives Zod's own messages ("Invalid input: expected string, received number") in
 * English, as classic Zod does, when no locale is configured: zod/mini loads none. Here rather
 * than in a module of its own, because every schema module calls it and a bundler honouring
 * `sideEffects: false` would drop a module imported only for its side effect.
 *
 * @internal
 */
export function withMeta<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  if (!z.config().localeError) z.config(en())
  const copy = schema.clone()
  z.globalRegistry.add(copy, meta)
  return copy
}
