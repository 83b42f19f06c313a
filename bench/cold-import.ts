/**
 * Cold import of the built package's entry points, for `bench/run.ts`: a fresh `node` process
 * imports an entry (resolved by the package's own name through its exports map, as an app's
 * would be) and exits, timed against a bare `node -e ''`, runs interleaved. Needs `dist/`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

export interface ColdImportRow {
  readonly label: string
  readonly min: number
  readonly median: number
  /** Module files Node loaded (none for the bare process). */
  readonly modules?: number
  readonly zodModules?: number
}

export interface ColdImport {
  readonly runs: number
  /** The bare `node -e ''` first. */
  readonly rows: readonly ColdImportRow[]
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

interface Command {
  readonly label: string
  readonly args: readonly string[]
  readonly count?: () => { modules: number; zod: number }
}

function esm(entry: string): Command {
  const script = `await import('${entry}')`
  return {
    label: `node --input-type=module -e "${script}"`,
    args: ['--input-type=module', '-e', script],
    count: () => {
      // A loader hook logs every module file Node loads.
      const dir = mkdtempSync(join(tmpdir(), 'sci-cold-'))
      const log = join(dir, 'loaded.txt')
      const hooks = `data:text/javascript,${encodeURIComponent("import { appendFileSync } from 'node:fs'; export async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(process.env.LOADED, url + '\\n'); return next(url, context) }")}`
      // The hook does not see CommonJS files an ES module requires (the Node ESM ./data requires
      // data.cjs): require.cache lists them.
      const required = `; console.log(JSON.stringify(Object.keys((await import('node:module')).createRequire(import.meta.url).cache)))`
      const out = execFileSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)})`)}`, '--input-type=module', '-e', script + required], { cwd: ROOT, env: { ...process.env, LOADED: log }, encoding: 'utf8' })
      const urls = [...new Set([...readFileSync(log, 'utf8').split('\n').filter(Boolean), ...(JSON.parse(out) as string[]).map((path) => pathToFileURL(path).href)])]
      rmSync(dir, { recursive: true, force: true })
      return { modules: urls.length, zod: urls.filter((u) => u.includes('/node_modules/zod/')).length }
    },
  }
}

function cjs(entry: string): Command {
  const script = `require('${entry}')`
  return {
    label: `node -e "${script}"`,
    args: ['-e', script],
    count: () => {
      const files = JSON.parse(execFileSync(process.execPath, ['-e', `${script}; console.log(JSON.stringify(Object.keys(require.cache)))`], { cwd: ROOT, encoding: 'utf8' })) as string[]
      return { modules: files.length, zod: files.filter((f) => f.includes('/node_modules/zod/')).length }
    },
  }
}

/**
 * Times each command `runs` times, interleaved.
 *
 * @returns the rows, or undefined when the package is not built
 */
export function measureColdImport(runs = 21): ColdImport | undefined {
  if (!existsSync(join(ROOT, 'dist', 'node', 'query.js')) || !existsSync(join(ROOT, 'dist', 'query.cjs'))) {
    console.log('cold import: no dist/ (run npm run build first); skipped')
    return undefined
  }
  const commands: Command[] = [
    { label: "node -e ''", args: ['-e', ''] },
    esm('syria-counter-isis/query'),
    cjs('syria-counter-isis/query'),
    esm('syria-counter-isis/data'),
    esm('syria-counter-isis/schemas'),
  ]
  const times = commands.map(() => [] as number[])
  for (let r = 0; r < runs; r++) {
    commands.forEach((command, k) => {
      const t = performance.now()
      const run = spawnSync(process.execPath, command.args, { cwd: ROOT, stdio: 'ignore' })
      times[k]!.push(performance.now() - t)
      if (run.status !== 0) throw new Error(`${command.label} failed (exit ${run.status ?? run.signal})`)
    })
  }
  const rows = commands.map((command, k) => {
    const counted = command.count?.()
    return { label: command.label, min: Math.min(...times[k]!), median: median(times[k]!), ...(counted ? { modules: counted.modules, zodModules: counted.zod } : {}) }
  })
  for (const row of rows) console.log(`  cold import: ${row.label} ${row.median.toFixed(0)} ms (${(row.median / rows[0]!.median).toFixed(2)}x)`)
  return { runs, rows }
}
