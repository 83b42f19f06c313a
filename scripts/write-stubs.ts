/**
 * Writes `<subpath>/package.json` stubs for each subpath entry point after the build, so
 * TypeScript's legacy `node10` resolution (which ignores `exports`) still finds the files and
 * their types. The same approach as zod's postbuild. The stubs are build output: git ignores them.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { ROOT } from './lib/paths.js'

const SUBPATHS = ['schemas', 'data', 'query', 'export'] as const

for (const subpath of SUBPATHS) {
  mkdirSync(`${ROOT}${subpath}`, { recursive: true })
  const stub = {
    main: `../dist/${subpath}.cjs`,
    module: `../dist/esm/${subpath}/index.js`,
    types: `../dist/${subpath}.d.cts`,
  }
  writeFileSync(`${ROOT}${subpath}/package.json`, `${JSON.stringify(stub, null, 2)}\n`)
}
console.log(`Wrote ${SUBPATHS.length} node10 stubs`)
