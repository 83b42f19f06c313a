/**
 * `npm run bench`: times createDataset, a selective and a broad filterOperations and
 * buildTimeline by month on synthetic datasets of 10^3 to 10^6 operations, each against a naive
 * baseline run in the same process, and writes bench/report.json and bench/report.md.
 *
 * Each size runs in its own child process (`node --expose-gc --import tsx`), so heap figures
 * are not polluted by the previous size. Limit the sizes with `--max-size=100000` (or
 * `BENCH_MAX_SIZE`), or pick them with `--sizes=1000,10000`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureSize, type SizeReport } from './measure-size.js'

const here = dirname(fileURLToPath(import.meta.url))
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)

const child = arg('size')
if (child !== undefined) {
  // Child mode: measure one size and hand the result back through a file.
  const result = await measureSize(Number(child))
  writeFileSync(arg('out')!, JSON.stringify(result))
} else {
  const all = [1_000, 10_000, 100_000, 1_000_000]
  const max = Number(arg('max-size') ?? arg('max-sizes') ?? process.env.BENCH_MAX_SIZE ?? Infinity)
  const sizes = (arg('sizes')?.split(',').map(Number) ?? all).filter((n) => n <= max)
  const tmp = join(here, '..', '.tmp', 'bench')
  mkdirSync(tmp, { recursive: true })
  const reports: SizeReport[] = []
  // --report-only rewrites the reports from the last run's per-size results.
  const reportOnly = process.argv.includes('--report-only')
  for (const n of reportOnly ? [] : sizes) {
    const out = join(tmp, `size-${n}.json`)
    console.log(`n = ${n.toLocaleString('en')} ...`)
    const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=20000', '--import', 'tsx', fileURLToPath(import.meta.url), `--size=${n}`, `--out=${out}`], {
      stdio: 'inherit',
    })
    if (run.status !== 0) {
      console.error(`size ${n} failed (exit ${run.status ?? run.signal}); stopping here`)
      break
    }
    reports.push(JSON.parse(readFileSync(out, 'utf8')) as SizeReport)
  }
  if (reportOnly) for (const n of sizes) if (existsSync(join(tmp, `size-${n}.json`))) reports.push(JSON.parse(readFileSync(join(tmp, `size-${n}.json`), 'utf8')) as SizeReport)
  const meta = { node: process.version, date: new Date().toISOString(), cpus: cpus().length, cpuModel: cpus()[0]?.model, totalMemoryBytes: totalmem() }
  writeFileSync(join(here, 'report.json'), `${JSON.stringify(reportJson(meta, reports), null, 2)}\n`)
  writeFileSync(join(here, 'report.md'), renderMarkdown(meta, reports))
  console.log(renderMarkdown(meta, reports))
}

/** The report's fixed shape: `sizes[]` of `{ n, createDataset, selectiveFilter, broadFilter, timeline, memory }`; the rest under `details`. */
function reportJson(meta: object, sizes: readonly SizeReport[]): object {
  const pick = (t: { ms: number; baselineMs: number; ratio: number }) => ({ ms: t.ms, baselineMs: t.baselineMs, ratio: t.ratio })
  return {
    ...meta,
    baselines: {
      createDataset: 'parseDataset alone (validation without indexes)',
      selectiveFilter: 'Array.prototype.filter over the operations, one actor + one month, date parsed per record',
      broadFilter: 'Array.prototype.filter over the operations, one whole year',
      timeline: 'filter + decorate + Array.prototype.sort + group, whole dataset by month',
    },
    sizes: sizes.map((s) => ({
      n: s.n,
      createDataset: pick(s.createDataset),
      selectiveFilter: pick(s.selectiveFilter),
      broadFilter: pick(s.broadFilter),
      timeline: pick(s.timeline),
      memory: s.memory,
    })),
    details: sizes.map((s) => ({
      n: s.n,
      records: s.records,
      generateMs: s.generateMs,
      indexOnlyMs: s.createDataset.indexOnlyMs,
      runs: { createDataset: s.createDataset.runs, selectiveFilter: s.selectiveFilter.runs, broadFilter: s.broadFilter.runs, timeline: s.timeline.runs },
      baselineRuns: { createDataset: s.createDataset.baselineRuns, selectiveFilter: s.selectiveFilter.baselineRuns, broadFilter: s.broadFilter.baselineRuns, timeline: s.timeline.baselineRuns },
      selectiveMatches: s.selectiveFilter.matches,
      broadMatches: s.broadFilter.matches,
      timelineGroups: s.timeline.groups,
      timelineEntries: s.timeline.entries,
      timelineMicrosecondsPerEntry: (s.timeline.ms * 1000) / s.timeline.entries,
      indexToRecords: s.memory.indexBytes / s.memory.recordsBytes,
      notes: s.notes,
    })),
  }
}

function renderMarkdown(meta: { node: string; date: string; cpus: number; cpuModel: string | undefined }, sizes: readonly SizeReport[]): string {
  const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toFixed(3))
  const mb = (bytes: number): string => (bytes / 1_048_576).toFixed(1)
  const ratio = (r: number): string => (r >= 10 ? r.toFixed(0) : r.toFixed(2))
  const lines = [
    '# Query layer benchmark',
    '',
    `Node ${meta.node}, ${meta.cpus} × ${meta.cpuModel ?? 'CPU'}, ${meta.date}. Synthetic data from \`bench/synthetic.ts\` (seeded, valid: every size passes \`parseDataset\`).`,
    'Times are medians in milliseconds; ratio = baseline / indexed (higher is better for the query rows).',
    '',
    '- **createDataset**: `parseDataset` + deep freeze + indexes; baseline = `parseDataset` alone (so the ratio, below 1, is the price of indexing).',
    '- **selective filter**: one actor and one month (`{ actors: [a], from: m, to: m }`), median over several actor/month pairs; baseline = `Array.prototype.filter` over the records (cheap checks first, date parsed per record last).',
    '- **broad filter**: a whole year (`{ from: y, to: y }`, about a tenth of the operations).',
    '- **timeline**: `buildTimeline({ groupBy: "month" })` over the whole dataset (operations and dated quotes); baseline = filter, decorate, `Array.prototype.sort`, group.',
    '',
    '| operations | records | createDataset ms (parse only) | selective filter ms (naive) | × | broad filter ms (naive) | × | timeline ms (naive) | × | timeline µs/entry | records MB | index MB | index/records |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const s of sizes) {
    lines.push(
      `| ${s.n.toLocaleString('en')} | ${s.records.toLocaleString('en')} | ${ms(s.createDataset.ms)} (${ms(s.createDataset.baselineMs)}) | ${ms(s.selectiveFilter.ms)} (${ms(s.selectiveFilter.baselineMs)}) | ${ratio(s.selectiveFilter.ratio)} | ${ms(s.broadFilter.ms)} (${ms(s.broadFilter.baselineMs)}) | ${ratio(s.broadFilter.ratio)} | ${ms(s.timeline.ms)} (${ms(s.timeline.baselineMs)}) | ${ratio(s.timeline.ratio)} | ${((s.timeline.ms * 1000) / s.timeline.entries).toFixed(2)} | ${mb(s.memory.recordsBytes)} | ${mb(s.memory.indexBytes)} | ${(s.memory.indexBytes / s.memory.recordsBytes).toFixed(3)} |`,
    )
  }
  lines.push('', 'Notes:', '')
  for (const s of sizes) for (const note of s.notes) lines.push(`- n = ${s.n.toLocaleString('en')}: ${note}`)
  return `${lines.join('\n')}\n`
}
