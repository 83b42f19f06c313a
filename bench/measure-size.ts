/**
 * Measures one dataset size for `bench/run.ts`. Run with `--expose-gc` for heap figures.
 *
 * Each query is timed three ways in the same process, over the same records: the package's
 * indexed helper, the plain loop a competent user would write (`bench/plain.ts`: intervals
 * cached, bounds resolved once, one pass) and DuckDB over the same tables loaded from Parquet
 * (`bench/duckdb.ts`, load time measured apart). Every answer is checked against the helper's
 * before anything is timed.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDataset } from '../src/schemas/parse-dataset.js'
import { buildTimeline } from '../src/query/build-timeline.js'
import { createDataset } from '../src/query/create-dataset.js'
import { filterOperations } from '../src/query/filter-operations.js'
import { indexDataset } from '../src/query/_engine/index/index-dataset.js'
import type { IndexedDataset } from '../src/query/types.js'
import { duckFilter, duckTimeline, loadDuckDb } from './duckdb.js'
import { plainCache, plainFilterOperations, plainTimeline } from './plain.js'
import { SOURCE_ID, SOURCE_TEXT, syntheticRecords } from './synthetic.js'

/** Repeated runs of one implementation: every run's milliseconds, their min and median. */
export interface Runs {
  readonly min: number
  readonly median: number
  readonly runs: number
}

/** One query timed three ways; ratios are the baseline's median over the helper's median. */
export interface QueryTiming {
  readonly indexed: Runs
  readonly plain: Runs
  readonly duckdb: Runs
  /** plain.median / indexed.median */
  readonly vsPlain: number
  /** duckdb.median / indexed.median (DuckDB already loaded) */
  readonly vsDuckDb: number
  /** (DuckDB load + duckdb.median) / indexed.median: one query on freshly loaded files */
  readonly vsDuckDbWithLoad: number
}

export interface SizeReport {
  readonly n: number
  /** All records: operations, actors, locations, quotes, sources, redirects. */
  readonly records: number
  readonly generateMs: number
  /**
   * createDataset on the parsed JSON against `JSON.parse` of the same JSON (the goal of issue 14:
   * at most 1.5x); parseDataset alone and indexing alone for reference. Medians over `runs`.
   */
  readonly createDataset: {
    readonly ms: number
    readonly minMs: number
    readonly jsonParseMs: number
    readonly jsonParseMinMs: number
    /** createDataset median / JSON.parse median */
    readonly vsJsonParse: number
    readonly jsonChars: number
    readonly parseDatasetMs: number
    readonly runs: number
    readonly indexOnlyMs: number
    /** Process CPU time (user + system, all threads: GC helpers included) of the same runs, medians. */
    readonly jsonParseCpuMs?: number
    readonly cpuMs?: number
  }
  /**
   * Peak resident set size, each figure from its own fresh process (`bench/peak-rss.ts`) reading
   * the same JSON files: `JSON.parse` alone, and `JSON.parse` then `createDataset` with the
   * parsed records still held. Medians over `runs` processes of each.
   */
  readonly peakRss?: {
    readonly jsonParseBytes: number
    readonly createDatasetBytes: number
    readonly runs: number
  }
  /** Set when a later `--load-only` run measured loading and memory: the date of the run the query figures are from. */
  readonly queriesFrom?: string
  /** The plain baseline's one-off work: every record's interval parsed and cached. */
  readonly plainCacheMs?: number
  /** DuckDB: writing the Parquet files (the build's job), then loading them into tables. */
  readonly duckdb?: { readonly writeMs: number; readonly loadMs: number; readonly parquetBytes: number }
  /** The queries; absent for a size only ever measured with `--load-only`. */
  readonly selectiveFilter?: QueryTiming & { readonly matches: number; readonly pairs: number }
  readonly broadFilter?: QueryTiming & { readonly matches: number }
  readonly timeline?: QueryTiming & { readonly groups: number; readonly entries: number }
  readonly memory: {
    /** Heap held by the raw records as JSON.parse returns them. */
    readonly rawBytes: number
    /** Heap held by the indexed dataset once the raw records are dropped (records, strings and indexes). */
    readonly loadedBytes: number
    /** loadedBytes / rawBytes (the goal of issue 14: at most 1.5). */
    readonly loadedVsRaw: number
    /** Heap held by the validated records (the Dataset), estimated from heapUsed deltas. */
    readonly recordsBytes: number
    /** Heap held by the indexes alone (typed-array buffers included). */
    readonly indexBytes: number
    /** Same as rawBytes (kept for older readers of report.json). */
    readonly inputBytes: number
    readonly heapUsedBytes: number
    /** Peak resident set size of the process before DuckDB was started (this package and the plain loop). */
    readonly peakRssBeforeDuckDbBytes?: number | undefined
    /** Peak resident set size of the whole run, DuckDB included. */
    readonly peakRssBytes?: number | undefined
  }
  /** 1-minute load average of the machine when this size started and ended. */
  readonly loadAverage: { readonly start: number; readonly end: number }
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
const peakRss = (): number => process.resourceUsage().maxRSS * 1024
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
function time(fn: () => unknown): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}
async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now()
  await fn()
  return performance.now() - t
}
const runs = (ms: readonly number[]): Runs => ({ min: Math.min(...ms), median: median(ms), runs: ms.length })
function compare(indexed: number[], plain: number[], duckdb: number[], loadMs: number): QueryTiming {
  const i = runs(indexed)
  const p = runs(plain)
  const d = runs(duckdb)
  return { indexed: i, plain: p, duckdb: d, vsPlain: p.median / i.median, vsDuckDb: d.median / i.median, vsDuckDbWithLoad: (loadMs + d.median) / i.median }
}
const sameIds = (a: readonly { readonly id: string }[] | readonly string[], b: readonly { readonly id: string }[] | readonly string[]): boolean => {
  const ids = (xs: readonly ({ readonly id: string } | string)[]): string[] => xs.map((x) => (typeof x === 'string' ? x : x.id))
  const x = ids(a)
  const y = ids(b)
  return x.length === y.length && x.every((id, k) => id === y[k])
}

/** What to measure: `loadOnly` stops after loading and memory (no queries, no DuckDB). */
export interface MeasureOptions {
  readonly loadOnly?: boolean
  /** Fresh processes per peak-RSS figure (default 3, 1 from 10^6 operations). */
  readonly rssRuns?: number
}

const cpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

/** Peak RSS of `JSON.parse` alone and of `JSON.parse` then `createDataset`, each in fresh processes, interleaved. */
function measurePeakRss(n: number, json: readonly { readonly collection: string; readonly text: string }[], runs: number): NonNullable<SizeReport['peakRss']> {
  const dir = join(fileURLToPath(new URL('.', import.meta.url)), '..', '.tmp', 'bench', `json-${n}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  json.forEach(({ collection, text }, k) => writeFileSync(join(dir, `${collection}.${String(k).padStart(5, '0')}.json`), text))
  const script = fileURLToPath(new URL('peak-rss.ts', import.meta.url))
  const one = (mode: 'json' | 'create'): number => {
    const run = spawnSync(process.execPath, ['--max-old-space-size=20000', '--import', 'tsx', script, dir, mode], { encoding: 'utf8', maxBuffer: 1 << 20 })
    if (run.status !== 0) throw new Error(`peak-rss ${mode} failed: ${run.stderr}`)
    return (JSON.parse(run.stdout.trim().split('\n').pop()!) as { peakBytes: number }).peakBytes
  }
  const parsed: number[] = []
  const created: number[] = []
  for (let i = 0; i < runs; i++) {
    parsed.push(one('json'))
    created.push(one('create'))
  }
  rmSync(dir, { recursive: true, force: true })
  return { jsonParseBytes: median(parsed), createDatasetBytes: median(created), runs }
}

export async function measureSize(n: number, options_: MeasureOptions = {}): Promise<SizeReport> {
  const notes: string[] = []
  const loadStart = loadavg()[0]!
  const big = n >= 1_000_000
  // At least 5 runs of every query at every size; more where a run is short.
  const reps = n <= 10_000 ? 9 : n <= 100_000 ? 7 : 5
  const t = performance.now()
  let generated: ReturnType<typeof syntheticRecords> | undefined = syntheticRecords({ operations: n, seed: 42 })
  const generateMs = performance.now() - t
  const records = Object.values(generated).reduce((sum, list) => sum + list.length, 0)
  console.log(`  generated ${records.toLocaleString('en')} records in ${generateMs.toFixed(0)} ms`)
  // The same records as JSON, which is what a user loads. A string holds at most 2^29 - 24
  // characters, so each collection is written in chunks of at most 50,000 records, parsed one
  // after the other: the same work as one big JSON.parse.
  let json: { readonly collection: string; readonly text: string }[] | undefined = Object.entries(generated).flatMap(([collection, list]) =>
    Array.from({ length: Math.max(1, Math.ceil(list.length / 50_000)) }, (_, k) => ({ collection, text: JSON.stringify(list.slice(k * 50_000, (k + 1) * 50_000)) })),
  )
  generated = undefined
  const jsonChars = json.reduce((sum, chunk) => sum + chunk.text.length, 0)
  const parseJson = (): Record<string, unknown[]> => {
    const out: Record<string, unknown[]> = {}
    for (const { collection, text } of json!) {
      const part = JSON.parse(text) as unknown[]
      const list = (out[collection] ??= [])
      for (let i = 0; i < part.length; i++) list.push(part[i])
    }
    return out
  }
  const options = { sourceTexts: { [SOURCE_ID]: SOURCE_TEXT } }
  // Memory first, in a fresh heap: the raw records alone, then the indexed dataset alone (the
  // raw records dropped, as an app does once it is loaded), both against the heap with only the
  // JSON text alive.
  const heapText = heap()
  let rawOnly: Record<string, unknown[]> | undefined = parseJson()
  const rawBytes = heap() - heapText
  let created: IndexedDataset | undefined = createDataset(rawOnly, options)
  const datasetAndIndex = heap() - heapText - rawBytes
  rawOnly = undefined
  const loadedBytes = heap() - heapText
  created = undefined
  // JSON.parse and createDataset, interleaved run by run so a noisy neighbour hits both alike;
  // every run starts from a fresh JSON.parse and a collected heap.
  const createRepeats = n >= 100_000 ? 5 : 7
  const jsonRuns: number[] = []
  const parseRuns: number[] = []
  const createRuns: number[] = []
  const jsonCpu: number[] = []
  const createCpu: number[] = []
  for (let i = 0; i < createRepeats; i++) {
    created = undefined
    gc()
    let raw: Record<string, unknown[]> | undefined
    let cpu = cpuMs()
    jsonRuns.push(time(() => (raw = parseJson())))
    jsonCpu.push(cpuMs() - cpu)
    gc()
    cpu = cpuMs()
    createRuns.push(time(() => (created = createDataset(raw, options))))
    createCpu.push(cpuMs() - cpu)
  }
  // parseDataset alone, for reference, after those runs: run between them, its Zod walk calls the
  // same rule functions as createDataset's fast path (text, EDTF and reference checks) and left
  // their type feedback polymorphic, which slowed the createDataset runs after it by about a
  // tenth at 10^5 (measured interleaved, clean against after parseDataset), a cost an app that
  // calls only createDataset never pays.
  for (let i = 0; i < (big ? 1 : createRepeats); i++) {
    gc()
    const raw = parseJson()
    gc()
    parseRuns.push(time(() => parseDataset(raw, options)))
  }
  const rss = measurePeakRss(n, json, options_.rssRuns ?? (big ? 1 : 3))
  console.log(`  peak RSS (fresh processes): JSON.parse ${(rss.jsonParseBytes / 1_048_576).toFixed(0)} MB, JSON.parse + createDataset ${(rss.createDatasetBytes / 1_048_576).toFixed(0)} MB`)
  json = undefined
  if (created === undefined) throw new Error('unreachable')
  const ds: IndexedDataset = created
  console.log(`  JSON.parse ${median(jsonRuns).toFixed(0)} ms, createDataset ${median(createRuns).toFixed(0)} ms (${(median(createRuns) / median(jsonRuns)).toFixed(2)}x; CPU ${median(jsonCpu).toFixed(0)} / ${median(createCpu).toFixed(0)} ms, ${(median(createCpu) / median(jsonCpu)).toFixed(2)}x), parseDataset alone ${median(parseRuns).toFixed(0)} ms; heap: raw ${(rawBytes / 1_048_576).toFixed(0)} MB, loaded ${(loadedBytes / 1_048_576).toFixed(0)} MB (${(loadedBytes / rawBytes).toFixed(2)}x)`)
  // The index alone: index the validated records a second time and measure what it adds.
  const before = heap()
  let second: IndexedDataset | undefined
  const indexOnlyMs = time(() => (second = indexDataset(ds.dataset)))
  const indexBytes = heap() - before
  const recordsBytes = datasetAndIndex - indexBytes
  second = undefined
  void second
  gc()
  const loading: SizeReport['createDataset'] = {
    ms: median(createRuns),
    minMs: Math.min(...createRuns),
    jsonParseMs: median(jsonRuns),
    jsonParseMinMs: Math.min(...jsonRuns),
    vsJsonParse: median(createRuns) / median(jsonRuns),
    jsonChars,
    parseDatasetMs: median(parseRuns),
    runs: createRuns.length,
    indexOnlyMs,
    jsonParseCpuMs: median(jsonCpu),
    cpuMs: median(createCpu),
  }
  if (big) notes.push(`parseDataset alone timed once at this size; JSON.parse and createDataset ${createRuns.length} times each.`)
  const memory = { rawBytes, loadedBytes, loadedVsRaw: loadedBytes / rawBytes, recordsBytes, indexBytes, inputBytes: rawBytes, heapUsedBytes: process.memoryUsage().heapUsed }
  if (options_.loadOnly === true) {
    return { n, records, generateMs, createDataset: loading, peakRss: rss, memory: { ...memory, peakRssBeforeDuckDbBytes: peakRss() }, loadAverage: { start: loadStart, end: loadavg()[0]! }, notes }
  }

  const dataset = ds.dataset
  let cache: ReturnType<typeof plainCache> | undefined
  const plainCacheMs = time(() => (cache = plainCache(dataset)))
  const plain = cache!
  console.log(`  plain baseline: intervals of every record cached in ${plainCacheMs.toFixed(0)} ms`)

  // Selective: one actor and one month, over several pairs so one lucky pair cannot decide.
  const pairs = Array.from({ length: 9 }, (_, k) => {
    const month = `${2020 + (k % 10)}-${String(1 + ((k * 5) % 12)).padStart(2, '0')}`
    const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()
    return { actors: [dataset.actors[(k * 7919) % dataset.actors.length]!.id], month, days: { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` } }
  })
  const selective = pairs.map((p) => ({ actors: p.actors, from: p.month, to: p.month }))
  const broad = { from: '2025', to: '2025' }
  const broadDays = { from: '2025-01-01', to: '2025-12-31' }

  // Check the plain loop agrees before timing it (DuckDB is checked once it is loaded).
  let selectiveMatches = 0
  for (const c of selective) {
    const a = filterOperations(c, ds)
    if (!sameIds(a, plainFilterOperations(plain, c))) throw new Error(`indexed and plain disagree on ${JSON.stringify(c)}`)
    selectiveMatches += a.length
  }
  const broadMatches = filterOperations(broad, ds).length
  if (!sameIds(filterOperations(broad, ds), plainFilterOperations(plain, broad))) throw new Error('indexed and plain disagree on the broad filter')
  const built = buildTimeline({ groupBy: 'month' }, ds)
  const entries = built.reduce((sum, g) => sum + g.entries.length, 0)
  const plainBuilt = plainTimeline(plain)
  if (plainBuilt.length !== built.length || plainBuilt.some((g, i) => g.key !== built[i]!.key || !sameIds(g.entries, built[i]!.entries))) throw new Error('indexed and plain timelines disagree')

  // Indexed and plain, interleaved run by run so a noisy neighbour hits both alike.
  const sel = { indexed: [] as number[], plain: [] as number[], duckdb: [] as number[] }
  for (let r = 0; r < reps; r++) {
    for (const c of selective) {
      sel.indexed.push(time(() => filterOperations(c, ds)))
      sel.plain.push(time(() => plainFilterOperations(plain, c)))
    }
  }
  const brd = { indexed: [] as number[], plain: [] as number[], duckdb: [] as number[] }
  for (let r = 0; r < reps; r++) {
    brd.indexed.push(time(() => filterOperations(broad, ds)))
    brd.plain.push(time(() => plainFilterOperations(plain, broad)))
  }
  const tl = { indexed: [] as number[], plain: [] as number[], duckdb: [] as number[] }
  for (let r = 0; r < reps; r++) {
    gc()
    tl.indexed.push(time(() => buildTimeline({ groupBy: 'month' }, ds)))
    gc()
    tl.plain.push(time(() => plainTimeline(plain)))
  }
  console.log(`  indexed vs plain: selective ${median(sel.indexed).toFixed(3)} / ${median(sel.plain).toFixed(2)} ms, broad ${median(brd.indexed).toFixed(2)} / ${median(brd.plain).toFixed(2)} ms, timeline ${median(tl.indexed).toFixed(0)} / ${median(tl.plain).toFixed(0)} ms`)
  const peakRssBeforeDuckDbBytes = peakRss()

  const duck = await loadDuckDb(dataset)
  console.log(`  DuckDB: Parquet written in ${duck.writeMs.toFixed(0)} ms (${(duck.parquetBytes / 1_048_576).toFixed(1)} MB), loaded in ${duck.loadMs.toFixed(0)} ms`)
  try {
    for (const [k, p] of pairs.entries()) {
      const ids = await duckFilter(duck.db, { actors: p.actors, ...p.days })
      if (!sameIds(ids, filterOperations(selective[k]!, ds))) throw new Error(`indexed and DuckDB disagree on ${JSON.stringify(selective[k])}`)
    }
    if (!sameIds(await duckFilter(duck.db, broadDays), filterOperations(broad, ds))) throw new Error('indexed and DuckDB disagree on the broad filter')
    const duckBuilt = new Map((await duckTimeline(duck.db)).map((g) => [g.key, g.entries]))
    if (duckBuilt.size !== built.length || built.some((g) => !sameIds(duckBuilt.get(g.key) ?? [], g.entries))) throw new Error('indexed and DuckDB timelines disagree')
    for (let r = 0; r < reps; r++) for (const p of pairs) sel.duckdb.push(await timeAsync(() => duckFilter(duck.db, { actors: p.actors, ...p.days })))
    for (let r = 0; r < reps; r++) brd.duckdb.push(await timeAsync(() => duckFilter(duck.db, broadDays)))
    for (let r = 0; r < reps; r++) {
      gc()
      tl.duckdb.push(await timeAsync(() => duckTimeline(duck.db)))
    }
  } finally {
    duck.close()
  }
  const selectiveFilter = { ...compare(sel.indexed, sel.plain, sel.duckdb, duck.loadMs), matches: Math.round(selectiveMatches / selective.length), pairs: pairs.length }
  const broadFilter = { ...compare(brd.indexed, brd.plain, brd.duckdb, duck.loadMs), matches: broadMatches }
  const timeline = { ...compare(tl.indexed, tl.plain, tl.duckdb, duck.loadMs), groups: built.length, entries }
  console.log(`  DuckDB: selective ${selectiveFilter.duckdb.median.toFixed(2)} ms, broad ${broadFilter.duckdb.median.toFixed(2)} ms, timeline ${timeline.duckdb.median.toFixed(0)} ms`)

  return {
    n,
    records,
    generateMs,
    createDataset: loading,
    peakRss: rss,
    plainCacheMs,
    duckdb: { writeMs: duck.writeMs, loadMs: duck.loadMs, parquetBytes: duck.parquetBytes },
    selectiveFilter,
    broadFilter,
    timeline,
    memory: { ...memory, peakRssBeforeDuckDbBytes, peakRssBytes: peakRss() },
    loadAverage: { start: loadStart, end: loadavg()[0]! },
    notes,
  }
}
