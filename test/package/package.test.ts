/**
 * The package as users get it: the packed tarball checked by attw and publint, installed into
 * a fresh project and used from ESM and CommonJS, and the data entry point's bundle size.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { installIntoConsumer, packTarball } from './packed-tarball.js'

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name)
let tarball = ''
let files: string[] = []
let consumer = ''

const ESM_CONSUMER = `
import { operations, DATASET_VERSION, type OperationId } from 'syria-counter-isis/data'
import { getActor, filterOperations } from 'syria-counter-isis/query'
import { parseDataset, type Operation } from 'syria-counter-isis/schemas'
import { toNdjson } from 'syria-counter-isis/export'
import * as everything from 'syria-counter-isis'
import actorsJson from 'syria-counter-isis/data/actors.json' with { type: 'json' }

const id: OperationId = '2025-08-atmeh-airborne-landing'
// @ts-expect-error a typo in a shipped id does not compile
getActor('tom-barack')
const first: Operation | undefined = operations.find((o) => o.id === id)
const led = filterOperations({ actors: ['global-coalition'], role: 'lead' }).map((o) => o.id)
const parsed = parseDataset(everything.dataset)
console.log(JSON.stringify({
  version: DATASET_VERSION,
  title: first?.title.en,
  barrack: getActor('tom-barrack')?.name.ar,
  led,
  parsedOperations: parsed.operations.length,
  ndjsonLines: toNdjson('operation').trim().split('\\n').length,
  jsonActors: actorsJson.records.length,
}))
`

const CJS_CONSUMER = `
import data = require('syria-counter-isis/data')
import query = require('syria-counter-isis/query')
import schemas = require('syria-counter-isis/schemas')

const op: schemas.Operation | undefined = query.getOperation('2025-10-18-al-dumayr-ground-incursion')
console.log(JSON.stringify({ version: data.DATASET_VERSION, location: op?.location, frozen: Object.isFrozen(data.operations) }))
`

// One piece of app code, compiled as node16 ESM (.mts), node16 CJS (.cts) and for a bundler (.ts).
const APP_CODE = readFileSync(join(ROOT, 'test/package/app/app-code.ts'), 'utf8')
const APP_COMPILER_OPTIONS = { target: 'es2022', lib: ['es2022', 'dom'], strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, types: [], noEmit: true, skipLibCheck: false }

beforeAll(() => {
  ;({ tarball, files } = packTarball())
  consumer = installIntoConsumer(tarball, {
    'esm.mts': ESM_CONSUMER,
    'cjs.cts': CJS_CONSUMER,
    'app-esm.mts': APP_CODE,
    'app-cjs.cts': APP_CODE,
    'app-bundler.ts': APP_CODE,
    'tsconfig.app-node16.json': JSON.stringify({ compilerOptions: { ...APP_COMPILER_OPTIONS, module: 'node16', moduleResolution: 'node16' }, files: ['app-esm.mts', 'app-cjs.cts'] }),
    'tsconfig.app-bundler.json': JSON.stringify({ compilerOptions: { ...APP_COMPILER_OPTIONS, module: 'esnext', moduleResolution: 'bundler' }, files: ['app-bundler.ts'] }),
    'tsconfig.json': JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], strict: true, resolveJsonModule: true, types: [], outDir: 'out', skipLibCheck: false },
      files: ['esm.mts', 'cjs.cts'],
    }),
  })
})

describe('the packed tarball', () => {
  it('ships the build, the data and its JSON Schemas, not the source article or the sources', () => {
    expect(files).toContain('dist/esm/data/index.js')
    expect(files).toContain('dist/data.cjs')
    expect(files).toContain('dist/data.d.ts')
    expect(files).toContain('dist/data.d.cts')
    expect(files).toContain('dist/cli.js')
    expect(files).toContain('data/operations.json')
    expect(files).toContain('data/schema/operation.schema.json')
    expect(files).toContain('schemas/package.json')
    expect(files).toContain('dist/data/parquet/operations.parquet')
    expect(files.filter((f) => f.startsWith('data/sources/') || f.endsWith('.txt'))).toEqual([])
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('scripts/'))).toEqual([])
  })

  it('passes attw in every resolution mode (node10, node16 CJS and ESM, bundler)', () => {
    // Into a file, not a pipe: attw exits before a long report has drained through a pipe.
    const file = join(mkdtempSync(join(tmpdir(), 'sci-attw-')), 'report.json')
    const fd = openSync(file, 'w')
    // `./datapackage.json` is a data file for Node's resolver (exports map), not a module with
    // types: TypeScript's old node10 resolution, which ignores exports, has nothing to find there.
    const result = spawnSync(bin('attw'), [tarball, '--format', 'json', '--exclude-entrypoints', './datapackage.json'], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' })
    closeSync(fd)
    const report = JSON.parse(readFileSync(file, 'utf8')) as { analysis: { entrypoints: Record<string, { resolutions: Record<string, unknown> }> }; problems: unknown }
    expect(report.problems).toEqual({})
    const modes = Object.values(report.analysis.entrypoints).map((e) => Object.keys(e.resolutions).sort().join())
    expect(new Set(modes)).toEqual(new Set(['bundler,node10,node16-cjs,node16-esm']))
    expect(result.status).toBe(0)
  })

  it('passes publint with no errors or warnings', () => {
    const result = spawnSync(bin('publint'), ['--pack', 'npm', '--strict'], { cwd: ROOT, encoding: 'utf8' })
    expect(result.stdout + result.stderr).toContain('All good!')
    expect(result.status).toBe(0)
  })

  it('has no install scripts and only zod and date-fns at run time', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> }
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['date-fns', 'zod'])
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(pkg.scripts[hook]).toBeUndefined()
  })
})

describe('a consumer project', () => {
  it('installs nothing but the package, zod and date-fns', () => {
    const installed = readdirSync(join(consumer, 'node_modules')).filter((name) => !name.startsWith('.'))
    expect(installed.sort()).toEqual(['date-fns', 'syria-counter-isis', 'zod'])
  })

  it('type-checks ESM and CJS code against the installed package', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', consumer], { encoding: 'utf8' })
    expect(result.stdout).toBe('')
    expect(result.status).toBe(0)
  })

  const tsc = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), ...args], { encoding: 'utf8' })

  it('compiles realistic app code as node16 ESM and node16 CJS, each against its own types (strict, no casts)', () => {
    const result = tsc('-p', join(consumer, 'tsconfig.app-node16.json'), '--traceResolution')
    expect(result.stdout.split('\n').filter((line) => line.includes('error TS'))).toEqual([])
    expect(result.status).toBe(0)
    const resolved = [...result.stdout.matchAll(/======== Module name 'syria-counter-isis\/query' was successfully resolved to '([^']+)'/g)].map((m) => m[1]?.replace(/^.*\/dist\//, ''))
    expect(new Set(resolved)).toEqual(new Set(['query.d.ts', 'query.d.cts']))
  })

  it('compiles the same app code under bundler resolution', () => {
    const result = tsc('-p', join(consumer, 'tsconfig.app-bundler.json'))
    expect(result.stdout).toBe('')
    expect(result.status).toBe(0)
  })

  it('runs the ESM consumer', () => {
    const out = JSON.parse(execFileSync(process.execPath, [join(consumer, 'out/esm.mjs')], { encoding: 'utf8' })) as Record<string, unknown>
    // The installed package holds the repository's records: counts read off data/ here.
    const records = (file: string) => (JSON.parse(readFileSync(join(ROOT, 'data', file), 'utf8')) as { records: unknown[] }).records.length
    expect(out).toMatchObject({ title: 'Coalition airborne landing in Atmeh', barrack: 'توم برّاك', parsedOperations: records('operations.json'), ndjsonLines: records('operations.json'), jsonActors: records('actors.json') })
    expect(out.led).toEqual(['2025-08-atmeh-airborne-landing', '2025-09-al-jurayjisa-airborne-landing', '2025-10-18-al-dumayr-ground-incursion'])
  })

  it('resolves the Parquet files through the exports map', () => {
    const script = "for (const p of ['syria-counter-isis/parquet/operations.parquet', 'syria-counter-isis/dist/data/parquet/actors.parquet']) { const f = require.resolve(p); const b = require('fs').readFileSync(f); console.log(b.subarray(0, 4).toString('latin1')) }"
    expect(execFileSync(process.execPath, ['-e', script], { cwd: consumer, encoding: 'utf8' })).toBe('PAR1\nPAR1\n')
  })

  it('runs the CJS consumer', () => {
    const out = JSON.parse(execFileSync(process.execPath, [join(consumer, 'out/cjs.cjs')], { encoding: 'utf8' })) as Record<string, unknown>
    expect(out).toEqual({ version: expect.any(String), location: 'al-dumayr', frozen: true })
  })
})

describe('bundle size', () => {
  const bundle = async (code: string) => {
    const result = await build({
      stdin: { contents: code, resolveDir: consumer, loader: 'js' },
      bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent',
    })
    // Modules that contribute code to the output (a module the bundler visited but tree-shook
    // away contributes 0 bytes).
    const output = Object.values(result.metafile.outputs)[0]!
    const inputs = Object.entries(output.inputs).filter(([, info]) => info.bytesInOutput > 0).map(([path]) => path)
    return { gzip: gzipSync(result.outputFiles[0]!.contents).length, inputs }
  }

  it("keeps `import { operations } from 'syria-counter-isis/data'` under 30 KB min+gzip, without zod", async () => {
    const { gzip, inputs } = await bundle("import { operations } from 'syria-counter-isis/data'; console.log(operations.length)")
    console.info(`data/operations bundle: ${(gzip / 1024).toFixed(1)} KB min+gzip`)
    expect(inputs.filter((i) => i.includes('node_modules/zod'))).toEqual([])
    // 28.8 KB measured with the 27 records of issue 13 (the cap was 20 KB for 0.2.0's six). About
    // 10.5 KB of it is the 234 distinct SHA-256 fingerprints of the evidence, random hex that gzip
    // cannot shrink (18.3 KB with them stripped); the cap is the measured size and a small margin.
    expect(gzip).toBeLessThan(30 * 1024)
  })

  it('keeps zod out of a bundle that only queries the shipped data', async () => {
    const { gzip, inputs } = await bundle("import { filterOperations } from 'syria-counter-isis/query'; console.log(filterOperations({ from: '2025-07' }).length)")
    console.info(`query/filterOperations bundle: ${(gzip / 1024).toFixed(1)} KB min+gzip (all record kinds)`)
    expect(inputs.some((i) => i.includes('query/filter-operations'))).toBe(true)
    expect(inputs.filter((i) => i.includes('node_modules/zod'))).toEqual([])
  })

  it("keeps `import { parseDataset } from 'syria-counter-isis/schemas'` small: Zod's English messages only, no other locale", async () => {
    const { gzip, inputs } = await bundle("import { parseDataset } from 'syria-counter-isis/schemas'; console.log(parseDataset)")
    console.info(`schemas/parseDataset bundle: ${(gzip / 1024).toFixed(1)} KB min+gzip`)
    // `import { z } from 'zod'` pulled in all of Zod's locales (96 KB); zod/mini loads none, and
    // the schemas import the English one, which the error messages use.
    expect(inputs.filter((i) => i.includes('zod/v4/locales/')).map((i) => i.replace(/.*zod\/v4\/locales\//, ''))).toEqual(['en.js'])
    // Classic Zod's runtime was about 26 KB of 45.8 KB; on zod/mini its share is about 10 KB,
    // English messages included, and the schemas' own code (descriptions, text rules, country
    // codes, the one-pass checks) is the rest (29.5 KB measured). Issue 14's limit.
    expect(gzip).toBeLessThanOrEqual(30 * 1024)
  })

  // 35.5 KB on classic Zod; 18.7 KB measured on zod/mini.
  it('keeps a single schema under 20 KB min+gzip', async () => {
    const { gzip } = await bundle("import { Operation } from 'syria-counter-isis/schemas'; console.log(Operation.safeParse({}).success)")
    console.info(`schemas/Operation bundle: ${(gzip / 1024).toFixed(1)} KB min+gzip`)
    expect(gzip).toBeLessThan(20 * 1024)
  })

  it('does include zod where it is needed (the check can fail)', async () => {
    const { inputs } = await bundle("import { parseDataset } from 'syria-counter-isis/schemas'; console.log(parseDataset)")
    expect(inputs.some((i) => i.includes('node_modules/zod'))).toBe(true)
  })
})

describe('date-fns per function', () => {
  // Importing from 'date-fns' loads its index and 300 modules in Node (bundlers shake them, Node
  // does not); per-function subpaths load only what is used, and the Node builds bundle those
  // few functions, so Node loads no date-fns file at all.
  const loadedEsm = (entry: string): string[] => {
    const hooks = `data:text/javascript,${encodeURIComponent("import { appendFileSync } from 'node:fs'; export async function load(url, context, next) { appendFileSync(process.env.LOADED, url + '\\n'); return next(url, context) }")}`
    const log = join(consumer, `loaded-${entry.replace(/\W/g, '-')}.txt`)
    execFileSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)})`)}`, '--input-type=module', '-e', `await import('${entry}')`], {
      cwd: consumer,
      env: { ...process.env, LOADED: log },
    })
    return readFileSync(log, 'utf8').split('\n').filter(Boolean)
  }

  it.each(['syria-counter-isis/query', 'syria-counter-isis/schemas', 'syria-counter-isis'])('%s loads no date-fns file in Node ESM', (entry) => {
    const loaded = loadedEsm(entry)
    expect(loaded.some((url) => url.includes('/node_modules/syria-counter-isis/dist/node/'))).toBe(true) // the hook sees the loads
    expect(loaded.filter((url) => url.includes('/node_modules/date-fns/'))).toEqual([])
  })

  it('loads no date-fns file from CommonJS either', () => {
    const out = execFileSync(process.execPath, ['-e', "require('syria-counter-isis/query'); console.log(JSON.stringify(Object.keys(require.cache).filter((k) => k.includes('date-fns'))))"], { cwd: consumer, encoding: 'utf8' })
    expect(JSON.parse(out)).toEqual([])
  })

  it('imports date-fns per function everywhere in the source', () => {
    // Tests may use the index: they are not shipped.
    const grep = spawnSync('git', ['grep', '-lE', "from 'date-fns'", '--', 'src', 'scripts', 'bench', ':!*.test.ts'], { cwd: ROOT, encoding: 'utf8' })
    expect(grep.stdout.trim()).toBe('')
    expect(grep.status).toBe(1) // git grep: nothing found
  })
})

describe('./query in Node loads no Zod until a dataset is validated', () => {
  // Bundlers drop Zod from an app that never calls createDataset; Node loads every module an
  // entry imports, so the Node builds load the schemas on createDataset's first call.
  const zodUrls = (script: string): { out: string[]; zod: string[] } => {
    const hooks = `data:text/javascript,${encodeURIComponent("import { appendFileSync } from 'node:fs'; export async function load(url, context, next) { appendFileSync(process.env.LOADED, url + '\\n'); return next(url, context) }")}`
    const log = join(consumer, `loaded-zod-${Math.random().toString(36).slice(2)}.txt`)
    const out = execFileSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)})`)}`, '--input-type=module', '-e', script], {
      cwd: consumer,
      env: { ...process.env, LOADED: log },
      encoding: 'utf8',
    })
    return { out: out.trim().split('\n'), zod: readFileSync(log, 'utf8').split('\n').filter((l) => l.includes('/node_modules/zod/')) }
  }

  it('ESM: importing and querying loads no Zod; createDataset then loads it and throws the ./schemas error class', () => {
    const before = zodUrls("const q = await import('syria-counter-isis/query'); console.log(q.filterOperations({ from: '2025-07' }).length > 0)")
    expect(before.out).toEqual(['true'])
    expect(before.zod).toEqual([])
    const after = zodUrls(
      "const { createDataset } = await import('syria-counter-isis/query'); const { dataset } = await import('syria-counter-isis/data'); let error; try { createDataset({ sources: [] }) } catch (e) { error = e }; console.log(createDataset(dataset).dataset.quotes.length === dataset.quotes.length); const { DatasetValidationError } = await import('syria-counter-isis/schemas'); console.log(error instanceof DatasetValidationError)",
    )
    // (Modules Node loads with require(esm) bypass the asynchronous loader hooks, so the log
    // cannot show Zod arriving here; the validation working is the proof.)
    expect(after.out).toEqual(['true', 'true'])
  })

  it('CommonJS: the same', () => {
    const script = "const q = require('syria-counter-isis/query'); const zod = () => Object.keys(require.cache).filter((k) => k.includes('node_modules/zod/')).length; const before = zod(); q.filterOperations({ from: '2025-07' }); const queried = zod(); let same = false; try { q.createDataset({ sources: [] }) } catch (e) { same = e instanceof require('syria-counter-isis/schemas').DatasetValidationError }; console.log(JSON.stringify([before, queried, zod() > 0, same]))"
    expect(JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: consumer, encoding: 'utf8' }))).toEqual([0, 0, true, true])
  })
})

describe('the shipped records in Node', () => {
  // The Node ESM build loads them on the first query, not on import, from the CommonJS ./data
  // that the Node ESM ./data re-exports: one set of records for ESM, CommonJS and the queries.
  const run = (args: string[]) => JSON.parse(execFileSync(process.execPath, args, { cwd: consumer, encoding: 'utf8' })) as unknown

  it('ESM: importing ./query loads none; the first query returns the records ./data exports, to ESM and CommonJS alike', () => {
    const script = [
      "import { createRequire } from 'node:module'",
      'const require = createRequire(import.meta.url)',
      "const loaded = () => Object.keys(require.cache).some((k) => /syria-counter-isis[\\\\/]dist[\\\\/]data\\.cjs$/.test(k))",
      "const q = await import('syria-counter-isis/query')",
      'const before = loaded()',
      "const actor = q.getActor('tom-barrack')",
      "const d = await import('syria-counter-isis/data')",
      "console.log(JSON.stringify([before, loaded(), actor === d.actors.find((a) => a.id === 'tom-barrack'), d.dataset === require('syria-counter-isis/data').dataset, q.defaultDataset().dataset === d.dataset, Object.isFrozen(actor.name)]))",
    ].join('\n')
    expect(run(['--input-type=module', '-e', script])).toEqual([false, true, true, true, true, true])
  })

  it('CommonJS: the records ./data exports (required with ./query, statically, for bundlers)', () => {
    const script = "const q = require('syria-counter-isis/query'); const actor = q.getActor('tom-barrack'); const d = require('syria-counter-isis/data'); console.log(JSON.stringify([actor === d.actors.find((a) => a.id === 'tom-barrack'), q.defaultDataset().dataset === d.dataset]))"
    expect(run(['-e', script])).toEqual([true, true])
  })

  it('a CommonJS app bundled for Node carries the records: the bundle runs with no node_modules beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sci-cjs-bundle-'))
    writeFileSync(join(consumer, 'bundled-app.cjs'), "const { getActor, filterOperations } = require('syria-counter-isis/query')\nconsole.log(JSON.stringify([getActor('tom-barrack').name.en, filterOperations({}).length > 0]))\n")
    await build({ entryPoints: [join(consumer, 'bundled-app.cjs')], bundle: true, platform: 'node', format: 'cjs', outfile: join(dir, 'app.cjs'), logLevel: 'silent' })
    expect(JSON.parse(execFileSync(process.execPath, [join(dir, 'app.cjs')], { cwd: dir, encoding: 'utf8' }))).toEqual(['Tom Barrack', true])
  })

  it('a query at the top of a module imported alongside ./data does not race that import', () => {
    // require(esm) of a module another import() is still loading throws; a CommonJS require cannot.
    writeFileSync(join(consumer, 'query-at-top.mjs'), "import { getActor } from 'syria-counter-isis/query'\nexport const name = getActor('tom-barrack')?.name.en\n")
    const script = "const [a, d] = await Promise.all([import('./query-at-top.mjs'), import('syria-counter-isis/data')]); console.log(JSON.stringify([a.name, d.actors.length > 0]))"
    expect(run(['--input-type=module', '-e', script])).toEqual(['Tom Barrack', true])
  })
})
