/**
 * Every ```ts example of the README and the guides type-checks under `strict` against the source
 * tree, as app code would against the package: package imports are mapped onto `src/`, and all
 * examples are checked in one program (one compile of the source, not one per example).
 * examples.test.ts runs the same examples, also as plain JavaScript, so they fix no type error
 * with a `!` or an annotation.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { documentationFiles, markdownExamples } from '../../scripts/lib/doc-examples.js'
import { ROOT } from '../../scripts/lib/paths.js'
import { readRepoFile } from './run-examples.js'

const examples = documentationFiles()
  .filter((file) => file === 'README.md' || file.startsWith('docs/'))
  .flatMap((file) => markdownExamples(file, readRepoFile(file)))
  .filter((example) => example.lang === 'ts')

const DIR = join(ROOT, '.tmp', 'example-types')

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: ['node'],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  resolveJsonModule: true,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
  baseUrl: ROOT,
  paths: { 'syria-counter-isis': ['src/index.ts'], 'syria-counter-isis/*': ['src/*/index.ts'] },
}

/** Type errors of every example, as `where: message` with the line inside the example's file. */
function typeErrors(): string[] {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
  const where = new Map<string, (typeof examples)[number]>()
  const files = examples.map((example, i) => {
    const path = join(DIR, `${i}-${example.file.replace(/\W+/g, '-')}.ts`)
    // `export {}` makes each example a module of its own, as a file of app code is.
    writeFileSync(path, `${example.code}\nexport {}\n`)
    where.set(path, example)
    return path
  })
  const program = ts.createProgram(files, OPTIONS)
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n')
    const example = d.file ? where.get(d.file.fileName) : undefined
    if (!d.file || !example) return `${d.file ? relative(ROOT, d.file.fileName) : 'program'}: ${message}`
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0)
    return `${example.file}:${example.firstLine + line + 1}: ${message}`
  })
}

describe('README and guide ```ts examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(40)
  })

  it('type-check under strict against the source tree', () => {
    expect(typeErrors()).toEqual([])
  }, 60_000)
})
