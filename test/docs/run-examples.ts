import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { SOURCE_ENTRY, toModule, type CodeExample } from '../../scripts/lib/doc-examples.js'
import { ROOT } from '../../scripts/lib/paths.js'

export { markdownExamples, sourceFiles, tsdocExamples, type CodeExample } from '../../scripts/lib/doc-examples.js'

/**
 * Turns an example into a module that runs against the source tree: package imports point at
 * `src/`, and each `expr //=> value` line becomes an assertion that `expr` deep-equals `value`.
 */
export function toTestModule(example: CodeExample): string {
  return toModule(example, SOURCE_ENTRY, 'equal').code
}

/** Writes a module under `.tmp/<folder>/` and returns its path for `import()`. */
export function writeModule(folder: string, example: CodeExample, index: number, code: string, ext: '.ts' | '.mjs' = '.ts'): string {
  const dir = join(ROOT, '.tmp', folder)
  mkdirSync(dir, { recursive: true })
  const name = `${index}-${relative(ROOT, example.where.split(':')[0]!).replace(/[^\w]+/g, '-')}${ext}`
  const path = join(dir, name)
  writeFileSync(path, code)
  return path
}

/**
 * Writes an example module under `.tmp/examples/` and returns its path for `import()`: a `.ts`
 * module, or with `ext` `.mjs` a plain JavaScript one, which fails on any TypeScript syntax.
 */
export function writeTestModule(example: CodeExample, index: number, ext: '.ts' | '.mjs' = '.ts'): string {
  return writeModule('examples', example, index, toTestModule(example), ext)
}

/** Reads a file relative to the repository root. */
export function readRepoFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8')
}
