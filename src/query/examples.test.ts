import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Runs every ```ts example in the TSDoc of src/query and checks each `expr //=> value` line (or
// an `expr` line followed by a `//=> value` line) against the shipped data, so the docs cannot
// drift from what the code does.

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const outDir = join(root, '.tmp', 'query-examples')

const ENTRY: Record<string, string> = {
  'syria-counter-isis': 'src/index.ts',
  'syria-counter-isis/data': 'src/data/index.ts',
  'syria-counter-isis/schemas': 'src/schemas/index.ts',
  'syria-counter-isis/query': 'src/query/index.ts',
}

interface Example {
  readonly file: string
  readonly code: string
  readonly checks: number
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(join(here, file), 'utf8')
  const out: Example[] = []
  for (const match of text.matchAll(/```ts\n([\s\S]*?)\n\s*\*\s*```/g)) {
    const lines = match[1]!.split('\n').map((line) => line.replace(/^\s*\* ?/, ''))
    const body: string[] = []
    let checks = 0
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      const next = lines[i + 1]
      const imported = /^import (.*) from '([^']+)'$/.exec(line)
      if (imported) {
        const target = ENTRY[imported[2]!]
        body.push(target ? `import ${imported[1]} from ${JSON.stringify(join(root, target))}` : line)
        continue
      }
      const inline = /^(.*?)\s*\/\/=> (.*)$/.exec(line)
      if (inline && inline[1]!.trim() !== '') {
        body.push(`check(() => (${inline[1]}), () => (${inline[2]}), ${JSON.stringify(line)})`)
        checks++
      } else if (next !== undefined && /^\/\/=> /.test(next)) {
        body.push(`check(() => (${line}), () => (${next.slice(4)}), ${JSON.stringify(`${line} ${next}`)})`)
        checks++
        i++
      } else body.push(line)
    }
    out.push({ file, code: body.join('\n'), checks })
  }
  return out
}

const files = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
const examples = files.flatMap(examplesOf)

describe('TSDoc examples of src/query', () => {
  it('every exported function has an example with at least one checked line', () => {
    for (const file of files) {
      const text = readFileSync(join(here, file), 'utf8')
      const exported = /^export function (\w+)/m.exec(text)
      if (!exported || /@internal/.test(text.slice(0, exported.index))) continue
      expect(examples.filter((e) => e.file === file && e.checks > 0).length, `${file} (${exported[1]})`).toBeGreaterThan(0)
    }
  })

  it.each(examples.map((e, n) => [`${e.file} #${n}`, e] as const))('%s', async (_name, example) => {
    mkdirSync(outDir, { recursive: true })
    const path = join(outDir, `${example.file.replace(/\.ts$/, '')}-${examples.indexOf(example)}.ts`)
    const results: { line: string; actual: unknown; expected: unknown }[] = []
    ;(globalThis as { __results?: typeof results }).__results = results
    writeFileSync(
      path,
      `const check = (actual: () => unknown, expected: () => unknown, line: string): void => { (globalThis as any).__results.push({ line, actual: actual(), expected: expected() }) }\n${example.code}\nexport {}\n`,
    )
    await import(/* @vite-ignore */ `${path}?t=${Date.now()}`)
    expect(results.length).toBe(example.checks)
    for (const r of results) expect(r.actual, r.line).toStrictEqual(r.expected)
  })
})
