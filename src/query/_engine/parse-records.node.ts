import { createRequire } from 'node:module'
import type { parseDataset as ParseDataset } from '../../schemas/parse-dataset.js'

/**
 * `parse-records.ts` for the Node builds (tsup swaps it in): `parseDataset` is required from the
 * package's own `./schemas` entry on the first call, so importing `./query` in Node loads no Zod
 * until a dataset is validated. Both builds keep their files flat, so the entry sits next to
 * this chunk. The ESM build requires its ESM entry (Node 20.19 and later load ES modules with
 * `require`), the same module instance an `import` of `./schemas` gets; on older Node 20 it
 * falls back to the CommonJS entry.
 *
 * @internal
 */
let loaded: typeof ParseDataset | undefined

type SchemasEntry = { readonly parseDataset: typeof ParseDataset }

function load(): typeof ParseDataset {
  // `__filename` exists only in the CommonJS build; the ESM build has `import.meta.url`.
  if (typeof __filename === 'string') return (createRequire(__filename)('./schemas.cjs') as SchemasEntry).parseDataset
  const require = createRequire(import.meta.url)
  try {
    return (require('./schemas.js') as SchemasEntry).parseDataset
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_REQUIRE_ESM') throw error
    return (require('../schemas.cjs') as SchemasEntry).parseDataset
  }
}

/** @internal Same as `parseDataset` from `./schemas`. */
export const parseDataset: typeof ParseDataset = (input, options) => (loaded ??= load())(input, options)
