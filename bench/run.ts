/**
 * `npm run bench`: times createDataset, a selective and a broad filterOperations and
 * buildTimeline by month on synthetic datasets of 10^3 to 10^6 operations, each against two
 * baselines run in the same process (a plain loop written the way a competent user would, and
 * DuckDB over the same records loaded from Parquet), and writes bench/report.json and
 * bench/report.md.
 *
 * Each size runs in its own child process (`node --expose-gc --import tsx`), so heap figures
 * are not polluted by the previous size. `--report-only` rewrites the reports from the last per-size results (add `--cold-import` to time the cold import again). Limit the sizes with `--max-size=100000` (or
 * `BENCH_MAX_SIZE`), or pick them with `--sizes=1000,10000`. `--load-only` measures loading and
 * memory alone (createDataset against JSON.parse, heap, peak RSS; no queries, no DuckDB) and
 * keeps each size's query figures from the last full run, saying so in the report:
 * `npm run bench -- --load-only --sizes=100000,1000000`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureColdImport, type ColdImport } from './cold-import.js'
import { measureSize, type QueryTiming, type SizeReport } from './measure-size.js'

const here = dirname(fileURLToPath(import.meta.url))
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)

const BASELINES = {
  indexed: 'the package: filterOperations / buildTimeline on a createDataset index',
  plain: 'a plain loop as a competent user writes it (bench/plain.ts): each record\'s date interval parsed once and cached as day numbers, ids and bounds resolved once per query, one pass, cheapest check first; its one-off caching time is reported as plainCacheMs',
  duckdb: 'DuckDB (@duckdb/node-api, in-memory, default threads) over the same records, loaded from the Parquet tables the package ships (operations, participants, outcome actors, quotes, actors); the query returns its rows to JavaScript; load time (Parquet into tables) reported as duckdb.loadMs',
  createDataset: 'JSON.parse of the same records as JSON (parseDataset alone and indexing alone shown for reference)',
}

const child = arg('size')
const loadOnly = process.argv.includes('--load-only')
if (child !== undefined) {
  // Child mode: measure one size and hand the result back through a file.
  const result = await measureSize(Number(child), { loadOnly })
  writeFileSync(arg('out')!, JSON.stringify(result))
} else {
  const all = [1_000, 10_000, 100_000, 1_000_000]
  const max = Number(arg('max-size') ?? arg('max-sizes') ?? process.env.BENCH_MAX_SIZE ?? Infinity)
  const sizes = (arg('sizes')?.split(',').map(Number) ?? all).filter((n) => n <= max)
  const tmp = join(here, '..', '.tmp', 'bench')
  mkdirSync(tmp, { recursive: true })
  const reports: SizeReport[] = []
  const loadBefore = loadavg()
  // --report-only rewrites the reports from the last run's per-size results.
  const reportOnly = process.argv.includes('--report-only')
  // With --report-only, --cold-import measures the cold import again (and the machine's state now).
  const coldAgain = reportOnly && process.argv.includes('--cold-import')
  for (const n of reportOnly ? [] : sizes) {
    const out = join(tmp, `size-${n}.json`)
    console.log(`n = ${n.toLocaleString('en')} ...`)
    const previous = loadOnly ? lastReport(tmp, n) : undefined
    const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=20000', '--import', 'tsx', fileURLToPath(import.meta.url), `--size=${n}`, `--out=${out}`, ...(loadOnly ? ['--load-only'] : [])], {
      stdio: 'inherit',
    })
    if (run.status !== 0) {
      console.error(`size ${n} failed (exit ${run.status ?? run.signal}); stopping here`)
      break
    }
    let report = JSON.parse(readFileSync(out, 'utf8')) as SizeReport
    // A load-only run keeps the queries (and DuckDB's figures) of the last full run of the size.
    const kept = previous?.report
    if (kept?.selectiveFilter !== undefined && kept.broadFilter !== undefined && kept.timeline !== undefined && kept.duckdb !== undefined && kept.plainCacheMs !== undefined) {
      const { selectiveFilter, broadFilter, timeline, duckdb, plainCacheMs, memory } = kept
      report = {
        ...report,
        selectiveFilter,
        broadFilter,
        timeline,
        duckdb,
        plainCacheMs,
        memory: { ...report.memory, peakRssBeforeDuckDbBytes: memory.peakRssBeforeDuckDbBytes, peakRssBytes: memory.peakRssBytes },
        queriesFrom: kept.queriesFrom ?? previous!.date,
      }
      writeFileSync(out, JSON.stringify(report))
    }
    reports.push(report)
  }
  // The per-size files of the last run, else the committed report's rows (a fresh clone has no
  // .tmp/, and rewriting the report must not drop the rows it had).
  if (reportOnly) for (const n of sizes) { const last = lastReport(tmp, n); if (last !== undefined) reports.push(last.report) }
  const loads = reports.map((r) => r.loadAverage)
  const metaFile = join(tmp, 'meta.json')
  const meta: Meta = reportOnly && !coldAgain && existsSync(metaFile)
    ? (JSON.parse(readFileSync(metaFile, 'utf8')) as Meta)
    : {
        node: process.version,
        duckdb: duckDbVersion(),
        date: new Date().toISOString(),
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        totalMemoryBytes: totalmem(),
        // 1-minute load averages: above the core count, other processes were competing for
        // the CPU while the bench ran.
        loadAverage: { start: loadBefore[0]!, end: loadavg()[0]!, max: Math.max(loadBefore[0]!, loadavg()[0]!, ...loads.flatMap((l) => [l.start, l.end])) },
      }
  if (!reportOnly || coldAgain) writeFileSync(metaFile, JSON.stringify(meta))
  const coldFile = join(tmp, 'cold-import.json')
  const cold: ColdImport | undefined = reportOnly && !coldAgain ? (existsSync(coldFile) ? (JSON.parse(readFileSync(coldFile, 'utf8')) as ColdImport) : undefined) : measureColdImport()
  if ((!reportOnly || coldAgain) && cold !== undefined) writeFileSync(coldFile, JSON.stringify(cold))
  writeFileSync(join(here, 'report.json'), `${JSON.stringify(reportJson(meta, reports, cold), null, 2)}\n`)
  writeFileSync(join(here, 'report.md'), renderMarkdown(meta, reports, cold))
  console.log(renderMarkdown(meta, reports, cold))
}

/** The last result for size `n`: the per-size file of the last run, else the committed report. */
function lastReport(tmp: string, n: number): { report: SizeReport; date: string } | undefined {
  const file = join(tmp, `size-${n}.json`)
  const metaFile = join(tmp, 'meta.json')
  if (existsSync(file)) {
    const date = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as Meta).date : 'an earlier run'
    return { report: JSON.parse(readFileSync(file, 'utf8')) as SizeReport, date }
  }
  const committed = join(here, 'report.json')
  if (!existsSync(committed)) return undefined
  const json = JSON.parse(readFileSync(committed, 'utf8')) as { date: string; sizes: SizeReport[] }
  const report = json.sizes.find((s) => s.n === n)
  return report === undefined ? undefined : { report, date: json.date }
}

function duckDbVersion(): string {
  const pkg = JSON.parse(readFileSync(join(here, '..', 'node_modules', '@duckdb', 'node-api', 'package.json'), 'utf8')) as { version: string }
  return pkg.version
}

type Queried = SizeReport & Required<Pick<SizeReport, 'selectiveFilter' | 'broadFilter' | 'timeline' | 'duckdb' | 'plainCacheMs'>>

type Meta = { node: string; duckdb: string; date: string; cpus: number; cpuModel: string | undefined; totalMemoryBytes: number; loadAverage: { start: number; end: number; max: number } }


/** The report's fixed shape: `sizes[]` of `{ n, createDataset, selectiveFilter, broadFilter, timeline, memory }`, the baselines described under `baselines`. */
function reportJson(meta: Meta, sizes: readonly SizeReport[], cold: ColdImport | undefined): object {
  return {
    ...meta,
    baselines: BASELINES,
    ratios: {
      vsPlain: 'plain.median / indexed.median',
      vsDuckDb: 'duckdb.median / indexed.median (DuckDB already loaded)',
      vsDuckDbWithLoad: '(duckdb.loadMs + duckdb.median) / indexed.median (one query on freshly loaded files)',
    },
    coldImport: cold,
    sizes,
  }
}

function renderMarkdown(meta: Meta, sizes: readonly SizeReport[], cold: ColdImport | undefined): string {
  const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x >= 0.01 ? x.toFixed(3) : x.toFixed(4))
  const mb = (bytes: number): string => (bytes / 1_048_576).toFixed(0)
  const ratio = (r: number): string => (r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2))
  const cell = (r: { min: number; median: number }): string => `${ms(r.min)} / ${ms(r.median)}`
  const lines = [
    '# Query layer benchmark',
    '',
    `Node ${meta.node}, DuckDB ${meta.duckdb}, ${meta.cpus} cores (${meta.cpuModel ?? 'CPU'}), ${(meta.totalMemoryBytes / 1_073_741_824).toFixed(0)} GB, ${meta.date}.`,
    `**A shared machine**: ${meta.cpus} cores shared with other agents' processes, which were running during the bench (1-minute load average ${meta.loadAverage.start.toFixed(1)} at the start, ${meta.loadAverage.end.toFixed(1)} at the end, ${meta.loadAverage.max.toFixed(1)} at most, sampled around each size), so absolute times are noisy; the implementations of each query were timed in the same process, close together, so the ratios are fairer than the times.`,
    'Synthetic data from `bench/synthetic.ts` (seeded, valid: every size passes `parseDataset`). Every answer of both baselines is checked equal to the package\'s before it is timed.',
    '',
    'What is compared:',
    '',
    `- **indexed**: ${BASELINES.indexed}.`,
    `- **plain**: ${BASELINES.plain}.`,
    `- **DuckDB**: ${BASELINES.duckdb}. DuckDB may use both cores; the package and the plain loop use one.`,
    '',
    'The queries:',
    '',
    '- **selective filter**: one actor (any role) and one month (`{ actors: [a], from: m, to: m }`), nine actor/month pairs, every pair run each repetition.',
    '- **broad filter**: a whole year (`{ from: "2025", to: "2025" }`, about a tenth of the operations).',
    '- **timeline**: `buildTimeline({ groupBy: "month" })` over the whole dataset (operations and dated quotes): entries sorted and grouped by month.',
    '',
    'Times are milliseconds, **min / median** over the runs (at least 5 per query and size; the selective filter has 9 pairs per run).',
    'Ratios are medians: **× plain** = plain / indexed, **× DuckDB** = DuckDB query / indexed, **× DuckDB+load** = (DuckDB load + query) / indexed, i.e. one query on freshly loaded files. Above 1, the package is faster.',
    '',
  ]
  const withQueries = sizes.filter((s): s is Queried => s.selectiveFilter !== undefined && s.broadFilter !== undefined && s.timeline !== undefined && s.duckdb !== undefined)
  const carried = withQueries.filter((s) => s.queriesFrom !== undefined)
  if (carried.length > 0) {
    lines.push(
      `**Query figures carried over**: this run measured loading and memory only (\`--load-only\`); the query tables below, DuckDB's load and the peak RSS before DuckDB are from the full run of ${[...new Set(carried.map((s) => s.queriesFrom))].join(', ')}, measured on the code of that date.`,
      '',
    )
  }
  const query = (title: string, pick: (s: Queried) => QueryTiming, extra: (s: Queried) => string, extraTitle: string): void => {
    lines.push(`## ${title}`, '', `| operations | ${extraTitle} | indexed | plain | DuckDB | DuckDB load | × plain | × DuckDB | × DuckDB+load |`, '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const s of withQueries) {
      const q = pick(s)
      lines.push(`| ${s.n.toLocaleString('en')} | ${extra(s)} | ${cell(q.indexed)} | ${cell(q.plain)} | ${cell(q.duckdb)} | ${ms(s.duckdb.loadMs)} | ${ratio(q.vsPlain)} | ${ratio(q.vsDuckDb)} | ${ratio(q.vsDuckDbWithLoad)} |`)
    }
    const missing = sizes.filter((s) => !withQueries.includes(s as Queried))
    if (missing.length > 0) lines.push('', `Not measured at ${missing.map((s) => s.n.toLocaleString('en')).join(', ')} operations (loading only).`)
    lines.push('')
  }
  query('Selective filter', (s) => s.selectiveFilter, (s) => s.selectiveFilter.matches.toLocaleString('en'), 'matches (mean)')
  query('Broad filter', (s) => s.broadFilter, (s) => s.broadFilter.matches.toLocaleString('en'), 'matches')
  query('Timeline by month', (s) => s.timeline, (s) => `${s.timeline.entries.toLocaleString('en')} in ${s.timeline.groups}`, 'entries in groups')
  lines.push(
    '## Loading and memory',
    '',
    'What a user pays before the first query: `createDataset` (validation, freezing, indexes) on the records `JSON.parse` returns, against that `JSON.parse` of the same JSON (each collection written in chunks of at most 50,000 records, since a string cannot hold a million; parsed one after the other); `parseDataset` alone (what `createDataset` ran before its compiled fast path, and still runs for the messages when a dataset is invalid) and indexing alone for reference; the plain loop\'s interval cache; DuckDB\'s load of the Parquet files (writing them is the build\'s job, shown for reference). JSON.parse and createDataset were run interleaved, each on a fresh JSON.parse and a collected heap, and parseDataset after them (run between, its Zod walk shares the rule functions with the fast path of createDataset and slowed the runs after it by about a tenth); times are **min / median** wall-clock; **CPU** is the process CPU time of the same runs (user + system, all threads, so GC helper threads count), medians, less disturbed than wall-clock by other processes on the machine.',
    '',
    'Memory: **raw** is the heap held by the records as `JSON.parse` returns them; **loaded** the heap held by the indexed dataset alone, once the raw records are dropped (validated copies, their strings, the indexes). **Peak RSS** (maximum resident set size, `process.resourceUsage().maxRSS`) is measured in fresh processes (`bench/peak-rss.ts`), one per figure, reading the same JSON files: `JSON.parse` alone, and `JSON.parse` then `createDataset` with the parsed records still held; medians over the processes. The last two columns are the bench process\'s own peak, before DuckDB was started and at the end of the run.',
    '',
    '| operations | records | JSON MB (chars) | JSON.parse ms | createDataset ms | × JSON.parse | CPU JSON.parse / createDataset ms | × CPU | parseDataset alone ms | index only ms | plain cache ms | Parquet write ms | DuckDB load ms | raw MB (heap) | loaded MB (heap) | × raw | index MB | peak RSS JSON.parse MB | peak RSS + createDataset MB | bench peak RSS before DuckDB MB | bench peak RSS MB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  )
  const opt = (x: number | undefined, f: (x: number) => string): string => (x === undefined ? '' : f(x))
  for (const s of sizes) {
    const c = s.createDataset
    const cpu = c.cpuMs !== undefined && c.jsonParseCpuMs !== undefined ? `${ms(c.jsonParseCpuMs)} / ${ms(c.cpuMs)}` : ''
    lines.push(
      `| ${s.n.toLocaleString('en')} | ${s.records.toLocaleString('en')} | ${(c.jsonChars / 1_000_000).toFixed(0)} | ${ms(c.jsonParseMinMs)} / ${ms(c.jsonParseMs)} | ${ms(c.minMs)} / ${ms(c.ms)} | ${ratio(c.vsJsonParse)} | ${cpu} | ${c.cpuMs !== undefined && c.jsonParseCpuMs !== undefined ? ratio(c.cpuMs / c.jsonParseCpuMs) : ''} | ${ms(c.parseDatasetMs)} | ${ms(c.indexOnlyMs)} | ${opt(s.plainCacheMs, ms)} | ${opt(s.duckdb?.writeMs, ms)} | ${opt(s.duckdb?.loadMs, ms)} | ${mb(s.memory.rawBytes)} | ${mb(s.memory.loadedBytes)} | ${ratio(s.memory.loadedVsRaw)} | ${mb(s.memory.indexBytes)} | ${opt(s.peakRss?.jsonParseBytes, mb)} | ${opt(s.peakRss?.createDatasetBytes, mb)} | ${opt(s.memory.peakRssBeforeDuckDbBytes, mb)} | ${opt(s.memory.peakRssBytes, mb)} |`,
    )
  }
  if (cold !== undefined) {
    lines.push(
      '',
      '## Cold import',
      '',
      `A fresh \`node\` process importing an entry of the built package (\`dist/\`, resolved through its exports map by its own name) and exiting, against a bare \`node -e ''\`; ${cold.runs} runs of each, interleaved; wall-clock milliseconds, min / median; the ratio is of the medians (issue 14: \`./query\` within 1.5×). Modules counts what Node loaded (files, by a loader hook for ESM, \`require.cache\` for CommonJS).`,
      '',
      '| command | ms | × bare node | modules | of them Zod |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...cold.rows.map((r) => `| \`${r.label}\` | ${ms(r.min)} / ${ms(r.median)} | ${r.label === cold.rows[0]!.label ? '1' : ratio(r.median / cold.rows[0]!.median)} | ${r.modules ?? ''} | ${r.zodModules ?? ''} |`),
    )
  }
  const at = (n: number): SizeReport | undefined => sizes.find((s) => s.n === n)
  const goal = (n: number): string => {
    const s = at(n)
    if (s === undefined) return `${n.toLocaleString('en')} not run`
    const c = s.createDataset
    const cpu = c.cpuMs !== undefined && c.jsonParseCpuMs !== undefined ? ` [CPU ${ratio(c.cpuMs / c.jsonParseCpuMs)}×]` : ''
    return `${n.toLocaleString('en')} ${c.vsJsonParse <= 1.5 ? 'met' : 'not met'} (${ratio(c.vsJsonParse)}×${cpu})`
  }
  const peak = (n: number): string => {
    const s = at(n)
    if (s?.peakRss !== undefined) return `${mb(s.peakRss.createDatasetBytes)} MB for \`JSON.parse\` then \`createDataset\` in a fresh process, against ${mb(s.peakRss.jsonParseBytes)} MB for \`JSON.parse\` alone (${ratio(s.peakRss.createDatasetBytes / s.peakRss.jsonParseBytes)}×)`
    if (s?.memory.peakRssBytes !== undefined) return `${mb(s.memory.peakRssBeforeDuckDbBytes ?? 0)} MB before DuckDB was started, ${mb(s.memory.peakRssBytes)} MB with it`
    return 'not run'
  }
  const coldQuery = cold?.rows.filter((r) => r.label.includes('/query'))
  lines.push(
    '',
    '## The goals of issue 14, points 2 and 3',
    '',
    `- \`createDataset\` at most 1.5× \`JSON.parse\` of the same JSON (medians, wall-clock; CPU time in brackets): ${goal(100_000)}; ${goal(1_000_000)}.`,
    `- Memory after loading at most 1.5× the raw records: ${sizes.map((s) => `${s.n.toLocaleString('en')} ${s.memory.loadedVsRaw <= 1.5 ? 'met' : 'not met'} (${ratio(s.memory.loadedVsRaw)}×)`).join('; ')}.`,
    `- Peak RSS at 10^6: ${peak(1_000_000)}.`,
    `- \`./query\` cold import within 1.5× of a bare \`node -e ''\`: ${coldQuery && coldQuery.length > 0 ? coldQuery.map((r) => `${r.label.includes('require') ? 'CommonJS' : 'ESM'} ${r.median / cold!.rows[0]!.median <= 1.5 ? 'met' : 'not met'} (${ratio(r.median / cold!.rows[0]!.median)}×, ${r.zodModules ?? 0} Zod modules)`).join('; ') : 'not measured (no dist/: run npm run build first)'}.`,
  )
  lines.push(
    '',
    '## The goals of issue 14, point 4',
    '',
    '- Selective filter far ahead of both (here: at least 10× each, medians): ' +
      withQueries.map((s) => `${s.n.toLocaleString('en')} ${s.selectiveFilter.vsPlain >= 10 && s.selectiveFilter.vsDuckDb >= 10 ? 'met' : 'not met'} (× plain ${ratio(s.selectiveFilter.vsPlain)}, × DuckDB ${ratio(s.selectiveFilter.vsDuckDb)})`).join('; ') +
      '.',
    '- Broad filter and timeline at least level with DuckDB including its load time: ' +
      withQueries.map((s) => `${s.n.toLocaleString('en')} ${s.broadFilter.vsDuckDbWithLoad >= 1 && s.timeline.vsDuckDbWithLoad >= 1 ? 'met' : 'not met'}`).join('; ') +
      '.',
    '- Not a goal, but shown: against the plain loop the broad filter is ' +
      withQueries.map((s) => `${ratio(s.broadFilter.vsPlain)}×`).join(', ') +
      ' and the timeline ' +
      withQueries.map((s) => `${ratio(s.timeline.vsPlain)}×`).join(', ') +
      ' (by size): below 1, the plain loop is faster once its interval cache is built.',
    '',
    'Peak RSS at the end includes writing the Parquet files in the same process (DuckDB reading a million rows of NDJSON), which the build does, not a user; the column before it is the package and the plain loop alone.',
  )
  const notes = sizes.flatMap((s) => s.notes.map((note) => `- n = ${s.n.toLocaleString('en')}: ${note}`))
  if (notes.length > 0) lines.push('', 'Notes:', '', ...notes)
  return `${lines.join('\n')}\n`
}
