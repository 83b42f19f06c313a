import { createRequire } from 'node:module'
import type { validateRecords as ValidateRecords } from './validate-records.js'

/**
 * `parse-records.ts` for the Node builds (tsup swaps it in): `validateRecords` is required from
 * the Node builds' internal `_validate-records` entry on the first call, so importing `./query`
 * in Node loads no Zod until a dataset is validated. That entry shares its chunks (Zod, the
 * schemas) with the `./schemas` entry, so both see the same module instances. Both builds keep
 * their files flat, so the entry sits next to this chunk. The ESM build requires its ESM entry
 * (Node 20.19 and later load ES modules with `require`); on older Node 20 it falls back to the
 * CommonJS entry.
 *
 * @internal
 */
let loaded: typeof ValidateRecords | undefined

type Entry = { readonly validateRecords: typeof ValidateRecords }

function load(): typeof ValidateRecords {
  // `__filename` exists only in the CommonJS build; the ESM build has `import.meta.url`.
  if (typeof __filename === 'string') return (createRequire(__filename)('./_validate-records.cjs') as Entry).validateRecords
  const require = createRequire(import.meta.url)
  try {
    return (require('./_validate-records.js') as Entry).validateRecords
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_REQUIRE_ESM') throw error
    return (require('../_validate-records.cjs') as Entry).validateRecords
  }
}

/** @internal Same as `validateRecords` in `validate-records.ts`. */
export const validateRecords: typeof ValidateRecords = (input, options) => (loaded ??= load())(input, options)
