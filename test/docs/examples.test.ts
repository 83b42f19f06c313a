/**
 * Every code example a user can read (README, the guides in docs/, every TSDoc `@example`) is
 * run against the source tree, and every `expr //=> value` in it is checked, so the docs cannot
 * rot. A stale value fails naming `npm run generate`, which rewrites it.
 */
import { describe, expect, it } from 'vitest'
import { allExamples, type CodeExample } from '../../scripts/lib/doc-examples.js'
import { writeTestModule } from './run-examples.js'

const { markdown, tsdoc } = allExamples()

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
