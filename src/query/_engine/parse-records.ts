/**
 * Where `createDataset` gets `validateRecords` from, the one edge from the query layer to Zod.
 * Here, a plain import: bundlers and the module-by-module build follow it (and drop it, with
 * Zod, from an app that never calls `createDataset`). The Node builds swap in
 * `parse-records.node.ts`, which loads it on the first call, so importing `./query` in Node does
 * not load Zod.
 *
 * @internal
 */
export { validateRecords } from './validate-records.js'
