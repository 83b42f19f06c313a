/**
 * Every code example a user can read (README, the guides in docs/, every TSDoc `@example`) is
 * run against the source tree, and every `expr //=> value` in it is checked, so the docs cannot
 * rot.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { markdownExamples, readRepoFile, sourceFiles, tsdocExamples, writeTestModule, type CodeExample } from './run-examples.js'

const guides = existsSync(join(ROOT, 'docs')) ? readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`) : []
const markdown = ['README.md', 'CONTRIBUTING.md', ...guides].flatMap((file) => markdownExamples(file, readRepoFile(file)))
const tsdoc = sourceFiles(join(ROOT, 'src')).flatMap((path) => tsdocExamples(relative(ROOT, path), readRepoFile(relative(ROOT, path))))

function run(examples: CodeExample[], offset: number) {
  for (const [i, example] of examples.entries()) {
    it(example.where, async () => {
      await import(writeTestModule(example, offset + i))
    })
  }
}

describe('README and guide examples', () => {
  it('exist', () => {
    expect(markdown.filter((e) => e.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(1)
  })
  run(markdown, 0)
})

describe('TSDoc examples', () => {
  it('exist for the public helpers', () => {
    expect(tsdoc.length).toBeGreaterThan(50)
  })
  run(tsdoc, markdown.length)
})
