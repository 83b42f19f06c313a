import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Options } from 'tsup'

// Library entry points: one per architectural layer.
const library = {
  index: 'src/index.ts',
  schemas: 'src/schemas/index.ts',
  data: 'src/data/index.ts',
  query: 'src/query/index.ts',
  export: 'src/export/index.ts',
}

// The Node builds also emit createDataset's validation as an internal entry (in no exports map),
// which `parse-records.node.ts` requires on the first call.
const nodeEntries = { ...library, '_validate-records': 'src/query/_engine/validate-records.ts' }

// The Node builds (CommonJS, and the ESM that Node's resolver picks through the `node`
// condition) swap in the `.node.ts` variant of these engine modules: they load the schemas (and
// so Zod) on the first `createDataset`, and (Node ESM only) the shipped records on the first
// query, not on import. The CommonJS build keeps the records a static require: tsup's CommonJS
// chunks turn a `require` written in the source into esbuild's `__require`, which a bundler
// packing a CommonJS app cannot follow, so the records would go missing from the bundle.
function lazyInNode(modules: RegExp): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'lazy-in-node',
    setup(build) {
      build.onResolve({ filter: modules }, ({ path, resolveDir }) => ({ path: join(resolveDir, path.replace(/\.js$/, '.node.ts')) }))
    },
  }
}

// The Node ESM build takes `./data` from the CommonJS build (`dist/data.cjs`) instead of a
// second copy of the records: the query helpers `require` that module on first use
// (`shipped-dataset.node.ts`), so ESM and CommonJS code, `./data` and the query results all
// share one set of record objects, and importing `./query` parses none of them.
const dataFromCommonJs: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'data-from-commonjs',
  setup(build) {
    const data = fileURLToPath(new URL('src/data/index.ts', import.meta.url))
    build.onLoad({ filter: /[\\/]src[\\/]data[\\/]index\.ts$/ }, async ({ path }) => {
      if (path !== data) return undefined
      // The names `src/data/index.ts` exports, so a new export cannot go missing here.
      const { metafile } = await build.esbuild.build({ entryPoints: [data], bundle: true, write: false, metafile: true, format: 'esm', outdir: 'out', logLevel: 'silent' })
      const names = Object.values(metafile.outputs).find((output) => output.entryPoint !== undefined)!.exports
      // `require`, not `import`: the same module instance as the query helpers' `require`, and
      // no scan of the CommonJS source for its export names. Every chunk sits in dist/node/.
      return {
        contents: `import { createRequire } from 'node:module'\nconst data = createRequire(import.meta.url)('../data.cjs')\n${names.map((name) => `export const ${name} = data.${name}`).join('\n')}\n`,
        loader: 'js',
      }
    })
  },
}

// The shipped records as JSON.parse of a string literal in the CommonJS build (which the Node ESM
// build takes them from): V8 parses JSON much faster than the same object literal, and Node
// compiles every module it loads. The source keeps the literal, so TypeScript checks the records
// against their types.
const recordsAsJson: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'records-as-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]data[\\/]generated[\\/][a-z-]+\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8')
      const marker = '/* @__PURE__ */ deepFreeze('
      const start = source.indexOf(marker)
      const end = source.lastIndexOf(')')
      if (start < 0 || end < start) return undefined
      const literal = source.slice(start + marker.length, end)
      try {
        JSON.parse(literal)
      } catch {
        return undefined // not plain JSON: leave the module as it is
      }
      return { contents: `${source.slice(0, start + marker.length)}JSON.parse(${JSON.stringify(literal)})${source.slice(end)}`, loader: 'ts' }
    })
  },
}

export default defineConfig([
  {
    // ESM is emitted module by module (like date-fns), not bundled: bundlers then drop every
    // module a user does not import, so the data and query helpers never drag Zod along.
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-support.ts', '!src/**/*.node.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
    sourcemap: true,
    clean: true,
    target: 'node20',
    outDir: 'dist/esm',
  },
  {
    // ESM for Node itself (the `node` condition; bundlers take the `module` one first): one file
    // per entry point plus shared chunks, since Node pays for every module file it loads.
    entry: nodeEntries,
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    treeshake: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    outDir: 'dist/node',
    // The few date-fns functions used are bundled: per-function imports still cost Node a
    // module file each (14 for ./query) and a read of date-fns's 200 KB package.json.
    noExternal: ['date-fns'],
    esbuildPlugins: [lazyInNode(/[\\/](parse-records|shipped-dataset)\.js$/), dataFromCommonJs],
  },
  {
    // Types for `import`: one .d.ts per entry point.
    entry: library,
    format: ['esm'],
    dts: { only: true },
    clean: false,
    outDir: 'dist',
  },
  {
    // CommonJS gets one file per entry point (Node loads it whole anyway) and its .d.cts types.
    entry: nodeEntries,
    format: ['cjs'],
    dts: { entry: library },
    sourcemap: true,
    clean: false,
    treeshake: true,
    splitting: true,
    target: 'node20',
    outDir: 'dist',
    noExternal: ['date-fns'], // as in the Node ESM build
    esbuildPlugins: [lazyInNode(/[\\/]parse-records\.js$/), recordsAsJson],
  },
  {
    // The command-line tool: ESM only, run by Node through the `bin` field.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
])
