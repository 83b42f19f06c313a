/**
 * Measures one dataset size for `bench/run.ts`. Run with `--expose-gc` for heap figures.
 */
import { parseDataset } from '../src/schemas/parse-dataset.js'
import { buildTimeline } from '../src/query/build-timeline.js'
import { createDataset } from '../src/query/create-dataset.js'
import { filterOperations } from '../src/query/filter-operations.js'
import { indexDataset } from '../src/query/_engine/index/index-dataset.js'
import type { IndexedDataset } from '../src/query/types.js'
import { naiveFilterOperations, naiveTimeline } from './naive.js'
import { SOURCE_ID, SOURCE_TEXT, syntheticRecords } from './synthetic.js'

/** One timed comparison: medians of the indexed helper and of the naive baseline. */
export interface Timing {
  readonly ms: number
  readonly baselineMs: number
  /** baselineMs / ms */
  readonly ratio: number
  readonly runs: number
  readonly baselineRuns: number
}

export interface SizeReport {
  readonly n: number
  /** All records: operations, actors, locations, quotes, sources, redirects. */
  readonly records: number
  readonly generateMs: number
  readonly createDataset: Timing & { readonly indexOnlyMs: number }
  readonly selectiveFilter: Timing & { readonly matches: number }
  readonly broadFilter: Timing & { readonly matches: number }
  readonly timeline: Timing & { readonly groups: number; readonly entries: number }
  readonly memory: {
    /** Heap held by the validated records (the Dataset), estimated from heapUsed deltas. */
    readonly recordsBytes: number
    /** Heap held by the indexes alone (typed-array buffers included). */
    readonly indexBytes: number
    /** Heap held by the raw input records, before validation. */
    readonly inputBytes: number
    readonly heapUsedBytes: number
  }
  readonly notes: readonly string[]
}

const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc
  if (!collect) throw new Error('run with node --expose-gc (npm run bench does)')
  for (let i = 0; i < 3; i++) collect()
}
// Typed arrays keep their bytes outside the JS heap (arrayBuffers): count both.
const heap = (): number => {
  gc()
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
function time(fn: () => unknown): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}
function timing(indexed: number[], baseline: number[]): Timing {
  const ms = median(indexed)
  const baselineMs = median(baseline)
  return { ms, baselineMs, ratio: baselineMs / ms, runs: indexed.length, baselineRuns: baseline.length }
}

export async function measureSize(n: number): Promise<SizeReport> {
  const notes: string[] = []
  const big = n >= 1_000_000
  const runs = n <= 10_000 ? 7 : n <= 100_000 ? 5 : 3
  const heap0 = heap()
  const t = performance.now()
  let raw: ReturnType<typeof syntheticRecords> | undefined = syntheticRecords({ operations: n, seed: 42 })
  const generateMs = performance.now() - t
  const heapRaw = heap()
  const records = Object.values(raw).reduce((sum, list) => sum + list.length, 0)
  console.log(`  generated ${records.toLocaleString('en')} records in ${generateMs.toFixed(0)} ms`)

  const options = { sourceTexts: { [SOURCE_ID]: SOURCE_TEXT } }
  // parseDataset alone (the baseline), then createDataset; heap measured around the last run.
  const createRepeats = big ? 1 : n >= 100_000 ? 2 : runs
  const parseRuns: number[] = []
  for (let i = 0; i < createRepeats; i++) {
    parseRuns.push(time(() => parseDataset(raw, options)))
    gc()
  }
  const createRuns: number[] = []
  let created: IndexedDataset | undefined
  let datasetAndIndex = 0
  for (let i = 0; i < createRepeats; i++) {
    created = undefined
    const start = heap()
    createRuns.push(time(() => (created = createDataset(raw!, options))))
    datasetAndIndex = heap() - start
  }
  if (created === undefined) throw new Error('unreachable')
  const ds: IndexedDataset = created
  console.log(`  createDataset ${median(createRuns).toFixed(0)} ms (parseDataset alone ${median(parseRuns).toFixed(0)} ms)`)
  // The index alone: index the validated records a second time and measure what it adds.
  const before = heap()
  let indexOnlyMs = 0
  let second: IndexedDataset | undefined
  indexOnlyMs = time(() => (second = indexDataset(ds.dataset)))
  const indexBytes = heap() - before
  const recordsBytes = datasetAndIndex - indexBytes
  second = undefined
  void second
  raw = undefined
  const inputBytes = heapRaw - heap0
  gc()

  const dataset = ds.dataset
  // Selective: one actor and one month, over several pairs so one lucky pair cannot decide.
  const pairs = Array.from({ length: 9 }, (_, k) => ({
    actors: [dataset.actors[(k * 7919) % dataset.actors.length]!.id],
    month: `${2020 + (k % 10)}-${String(1 + ((k * 5) % 12)).padStart(2, '0')}`,
  }))
  const selective = pairs.map((p) => ({ actors: p.actors, from: p.month, to: p.month }))
  // Warm up both paths (JIT) before timing.
  for (const c of selective.slice(0, 3)) {
    filterOperations(c, ds)
    naiveFilterOperations(dataset, c)
  }
  const selIdx: number[] = []
  const selBase: number[] = []
  let selectiveMatches = 0
  for (const c of selective) {
    const a = filterOperations(c, ds)
    const b = naiveFilterOperations(dataset, c)
    if (a.length !== b.length || a.some((op, i) => op !== b[i])) throw new Error(`indexed and naive disagree on ${JSON.stringify(c)}`)
    selectiveMatches += a.length
    selIdx.push(median(Array.from({ length: runs }, () => time(() => filterOperations(c, ds)))))
  }
  for (const c of selective.slice(0, big ? 3 : selective.length)) selBase.push(time(() => naiveFilterOperations(dataset, c)))
  const selectiveFilter = { ...timing(selIdx, selBase), matches: Math.round(selectiveMatches / selective.length) }
  console.log(`  selective filter ${selectiveFilter.ms.toFixed(3)} ms vs ${selectiveFilter.baselineMs.toFixed(1)} ms`)

  const broad = { from: '2025', to: '2025' }
  const broadMatches = filterOperations(broad, ds).length
  if (naiveFilterOperations(dataset, broad).length !== broadMatches) throw new Error('indexed and naive disagree on the broad filter')
  const broadFilter = {
    ...timing(
      Array.from({ length: runs }, () => time(() => filterOperations(broad, ds))),
      Array.from({ length: big ? 3 : runs }, () => time(() => naiveFilterOperations(dataset, broad))),
    ),
    matches: broadMatches,
  }
  console.log(`  broad filter ${broadFilter.ms.toFixed(1)} ms vs ${broadFilter.baselineMs.toFixed(1)} ms`)

  const timelineRuns = big ? 3 : runs
  const built = buildTimeline({ groupBy: 'month' }, ds)
  const entries = built.reduce((sum, g) => sum + g.entries.length, 0)
  const naive = naiveTimeline(dataset, { groupBy: 'month' })
  if (naive.length !== built.length || naive.some((g, i) => g.key !== built[i]!.key || g.entries.length !== built[i]!.entries.length)) {
    throw new Error('indexed and naive timelines disagree')
  }
  const tlIdx: number[] = []
  const tlBase: number[] = []
  for (let i = 0; i < timelineRuns; i++) {
    gc()
    tlIdx.push(time(() => buildTimeline({ groupBy: 'month' }, ds)))
    gc()
    tlBase.push(time(() => naiveTimeline(dataset, { groupBy: 'month' })))
  }
  const timeline = { ...timing(tlIdx, tlBase), groups: built.length, entries }
  console.log(`  timeline ${timeline.ms.toFixed(0)} ms vs ${timeline.baselineMs.toFixed(0)} ms (${entries} entries, ${built.length} groups)`)

  if (createRepeats === 1) {
    notes.push(
      `createDataset and parseDataset timed once each at this size (${(createRuns[0]! / 1000).toFixed(0)} s and ${(parseRuns[0]! / 1000).toFixed(0)} s: full Zod validation of ${records.toLocaleString('en')} records dominates; indexing alone took ${(indexOnlyMs / 1000).toFixed(1)} s).`,
    )
  }
  return {
    n,
    records,
    generateMs,
    createDataset: { ...timing(createRuns, parseRuns), indexOnlyMs },
    selectiveFilter,
    broadFilter,
    timeline,
    memory: { recordsBytes, indexBytes, inputBytes, heapUsedBytes: process.memoryUsage().heapUsed },
    notes,
  }
}
