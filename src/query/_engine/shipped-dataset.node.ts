import { createRequire } from 'node:module'
import type { ShippedDataset } from '../../data/shipped-records.js'

/**
 * `shipped-dataset.ts` for the Node builds (tsup swaps it in): the records are required from
 * the CommonJS `data.cjs` entry on the first call, not imported, so importing `./query` does not
 * parse and freeze them. The Node ESM build's `./data` re-exports that same CommonJS module
 * (tsup.config.ts), so both builds hand out the same record objects. A CommonJS `require`, not
 * `require(esm)`: it works on every Node 20 and cannot race an `import()` of `./data` still
 * loading (Node's require(esm) throws then).
 *
 * @internal
 */
let shipped: ShippedDataset | undefined

type Entry = { readonly dataset: ShippedDataset }

function load(): ShippedDataset {
  // By the package's own name (a self-reference, resolved through its exports map to data.cjs):
  // the CommonJS build's literal `require` is one a bundler packing an app for Node follows.
  // `__filename` exists only in the CommonJS build; the ESM build has `import.meta.url`.
  if (typeof __filename === 'string') return (require('syria-counter-isis/data') as Entry).dataset
  return (createRequire(import.meta.url)('syria-counter-isis/data') as Entry).dataset
}

/** @internal Same as `shippedDataset` in `shipped-dataset.ts`. */
export const shippedDataset = (): ShippedDataset => (shipped ??= load())
