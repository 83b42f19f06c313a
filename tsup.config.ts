import { readFile } from 'node:fs/promises'
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
// condition) load the schemas, and so Zod, on the first `createDataset`, not on import.
const lazySchemasInNode: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'lazy-schemas-in-node',
  setup(build) {
    const node = fileURLToPath(new URL('src/query/_engine/parse-records.node.ts', import.meta.url))
    build.onResolve({ filter: /\/parse-records\.js$/ }, () => ({ path: node }))
  },
}

// The shipped records as JSON.parse of a string literal in the Node builds: V8 parses JSON much
// faster than the same object literal, and Node compiles every module it loads. The source
// keeps the literal, so TypeScript checks the records against their types.
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
    esbuildPlugins: [lazySchemasInNode, recordsAsJson],
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
    esbuildPlugins: [lazySchemasInNode, recordsAsJson],
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
