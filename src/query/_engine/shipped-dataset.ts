import { dataset } from '../../data/index.js'
import type { ShippedDataset } from '../../data/shipped-records.js'

/**
 * The shipped dataset, for the query helpers' defaults. Here, a plain import (bundlers follow
 * it); the Node builds swap in `shipped-dataset.node.ts`, which loads the records on the first
 * call, so importing `./query` in Node does not parse and freeze them.
 *
 * @internal
 */
export const shippedDataset = (): ShippedDataset => dataset
