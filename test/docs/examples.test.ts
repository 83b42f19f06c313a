/**
 * Every code example a user can read (README, the guides in docs/, every TSDoc `@example`) is
 * run against the source tree, and every `expr //=> value` in it is checked, so the docs cannot
 * rot. A stale value fails naming `npm run generate`, which rewrites it.
 */
import { transformSync } from 'esbuild'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allExamples, type CodeExample } from '../../scripts/lib/doc-examples.js'
import { writeTestModule } from './run-examples.js'

const { markdown, tsdoc } = allExamples()

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
