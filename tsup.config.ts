import { defineConfig } from 'tsup'

// Library entry points: one per architectural layer, each tree-shakable on its own.
const library = {
  index: 'src/index.ts',
  schemas: 'src/schemas/index.ts',
  data: 'src/data/index.ts',
  query: 'src/query/index.ts',
  export: 'src/export/index.ts',
}

export default defineConfig([
  {
    entry: library,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    target: 'node20',
    outDir: 'dist',
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
