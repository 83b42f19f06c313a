/**
 * Shared pieces of the property tests: random valid datasets (synthetic records from a seed,
 * validated by createDataset, with deep-frozen inputs) and random date bounds.
 */
import fc from 'fast-check'
import { deepFreeze } from '../src/data/deep-freeze.js'
import { createDataset } from '../src/query/create-dataset.js'
import type { IndexedDataset } from '../src/query/types.js'
import { SOURCE_ID, SOURCE_TEXT, syntheticRecords } from './synthetic.js'

const cache = new Map<number, { raw: ReturnType<typeof syntheticRecords>; ds: IndexedDataset }>()
/** A valid synthetic dataset (validated by createDataset) from a seed, deep-frozen input included. */
export function randomDataset(seed: number): { raw: ReturnType<typeof syntheticRecords>; ds: IndexedDataset } {
  let entry = cache.get(seed)
  if (!entry) {
    const raw = deepFreeze(syntheticRecords({ operations: 20 + (seed % 5) * 25, seed, firstYear: 2024, years: 2, actorRatio: 1 / 5, quoteRatio: 1 / 2 })) as ReturnType<typeof syntheticRecords>
    entry = { raw, ds: createDataset(raw, { sourceTexts: { [SOURCE_ID]: SOURCE_TEXT } }) }
    cache.set(seed, entry)
  }
  return entry
}

const two = (n: number): string => String(n).padStart(2, '0')
/** Random `from`/`to` values: EDTF at every precision, intervals, or local Dates. */
export const dateBound = fc.oneof(
  fc.record({ y: fc.integer({ min: 2023, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${two(m)}-${two(d)}`),
  fc.record({ y: fc.integer({ min: 2023, max: 2026 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${two(m)}`),
  fc.integer({ min: 2023, max: 2026 }).map(String),
  fc.date({ min: new Date(2023, 0, 1), max: new Date(2026, 11, 31), noInvalidDate: true }),
)

