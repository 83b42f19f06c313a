/**
 * Every code example a user can read (README, the guides in docs/, every TSDoc `@example`) is
 * run against the source tree, and every `expr //=> value` in it is checked, so the docs cannot
 * rot.
 */
import { transformSync } from 'esbuild'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { markdownExamples, readRepoFile, sourceFiles, tsdocExamples, writeTestModule, type CodeExample } from './run-examples.js'

const guides = existsSync(join(ROOT, 'docs')) ? readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`) : []
const markdown = ['README.md', 'CONTRIBUTING.md', ...guides].flatMap((file) => markdownExamples(file, readRepoFile(file)))
const tsdoc = sourceFiles(join(ROOT, 'src')).flatMap((path) => tsdocExamples(relative(ROOT, path), readRepoFile(relative(ROOT, path))))

function run(examples: CodeExample[], offset: number, ext: '.ts' | '.mjs' = '.ts') {
  for (const [i, example] of examples.entries()) {
    it(example.where, async () => {
      const path = writeTestModule(example, offset + i, ext)
      // Plain JavaScript: parse it as such first, so TypeScript syntax fails with a clear message.
      if (ext === '.mjs') transformSync(readFileSync(path, 'utf8'), { loader: 'js', format: 'esm', sourcefile: example.where })
      await import(path)
    })
  }
}

describe('README and guide examples', () => {
  it('exist', () => {
    expect(markdown.filter((e) => e.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(1)
  })
  run(markdown, 0)
})

// Readers paste the guides' examples into .mjs files and the Node REPL: no `!`, no type annotations.
describe('README and guide examples as plain JavaScript (.mjs)', () => {
  run(markdown, 10_000, '.mjs')
})

describe('TSDoc examples', () => {
  it('exist for the public helpers', () => {
    expect(tsdoc.length).toBeGreaterThan(50)
  })
  run(tsdoc, markdown.length)
})
