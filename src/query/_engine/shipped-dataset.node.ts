import { createRequire } from 'node:module'
import type { ShippedDataset } from '../../data/shipped-records.js'

/**
 * `shipped-dataset.ts` for the Node ESM build (tsup swaps it in): the records are required from
 * the CommonJS `data.cjs` entry on the first call, not imported, so importing `./query` does not
 * parse and freeze them. The Node ESM build's `./data` re-exports that same CommonJS module
 * (tsup.config.ts), so both builds hand out the same record objects. A CommonJS `require`, not
 * `require(esm)`: it works on every Node 20 and cannot race an `import()` of `./data` still
 * loading (Node's require(esm) throws then). The ESM chunks sit in `dist/node/`, `data.cjs` in
 * `dist/`. (The CommonJS build imports the records statically, as bundlers need.)
 *
 * @internal
 */
let shipped: ShippedDataset | undefined

type Entry = { readonly dataset: ShippedDataset }

function load(): ShippedDataset {
  return (createRequire(import.meta.url)('../data.cjs') as Entry).dataset
}

/** @internal Same as `shippedDataset` in `shipped-dataset.ts`. */
export const shippedDataset = (): ShippedDataset => (shipped ??= load())
