/**
 * Rewrites the `//=>` results of every example (README, CONTRIBUTING, guides, TSDoc) that no
 * longer match what the code returns, so a data correction never means editing example outputs
 * by hand. A result that still matches (deep equality, as the docs test checks it) is left as
 * written; a stale one is replaced by the value the code now returns, written as a literal.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { equals, iterableEquality } from '@vitest/expect'
import { allExamples, RECORD_GLOBAL, SOURCE_ENTRY, toModule } from './doc-examples.js'
import { toJsLiteral } from './js-literal.js'
import { ROOT } from './paths.js'

type Recorder = (index: number, actual: () => unknown, expected: () => unknown) => void

/** The files whose example results change, with their new text, and results that cannot be written. */
export async function refreshedExampleFiles(): Promise<{ files: Map<string, string>; problems: string[] }> {
  const { markdown, tsdoc } = allExamples()
  const dir = join(ROOT, '.tmp', 'generate-examples')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const edits = new Map<string, Map<number, string>>() // file → line → new result text
  const problems: string[] = []
  const globals = globalThis as unknown as Record<string, Recorder | undefined>
  for (const [i, example] of [...markdown, ...tsdoc].entries()) {
    const { code, results } = toModule(example, SOURCE_ENTRY, 'record')
    if (results.length === 0) continue
    globals[RECORD_GLOBAL] = (index, actual, expected) => {
      const result = results[index]!
      const value = actual()
      let written: unknown
      try {
        written = expected()
      } catch {
        written = Symbol('unreadable')
      }
      if (equals(value, written, [iterableEquality])) return
      try {
        const lines = edits.get(example.file) ?? new Map<number, string>()
        lines.set(result.line, toJsLiteral(value))
        edits.set(example.file, lines)
      } catch (error) {
        problems.push(`${example.file}:${result.line + 1}: ${result.expression} is stale, and ${(error as Error).message}; rewrite the example so its result is plain data`)
      }
    }
    const path = join(dir, `${i}.ts`)
    writeFileSync(path, code)
    try {
      await import(pathToFileURL(path).href)
    } catch (error) {
      problems.push(`${example.where}: the example throws (${(error as Error).message.split('\n')[0]}); fix it by hand`)
    }
  }
  delete globals[RECORD_GLOBAL]
  const files = new Map<string, string>()
  for (const [file, lines] of edits) {
    const text = readFileSync(join(ROOT, file), 'utf8').split('\n')
    for (const [line, value] of lines) text[line] = text[line]!.replace(/\/\/=>\s*.*$/, `//=> ${value}`)
    files.set(file, text.join('\n'))
  }
  return { files, problems }
}
