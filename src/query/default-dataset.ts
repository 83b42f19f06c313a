import { indexDataset } from './_engine/index/index-dataset.js'
import { shippedDataset } from './_engine/shipped-dataset.js'
import type { IndexedDataset } from './types.js'

// The one piece of module state in the query layer: the shipped records never change, so
// their indexes are built on first use and shared by every helper.
let shipped: IndexedDataset | undefined

/**
 * The shipped dataset with its indexes, built on first use (without Zod: the shipped records
 * are validated when the package is built). Every helper uses it when no dataset is passed.
 * Pass it explicitly when an id comes from user input as a plain `string`.
 *
 * @returns the indexed shipped dataset (the same object on every call)
 *
 * @example
 * ```ts
 * import { defaultDataset, getActor } from 'syria-counter-isis'
 * const input: string = 'tom-barrack'
 * getActor(input, defaultDataset())?.name.en //=> 'Tom Barrack'
 * defaultDataset() === defaultDataset()      //=> true
 * ```
 */
export function defaultDataset(): IndexedDataset {
  shipped ??= indexDataset(shippedDataset())
  return shipped
}
