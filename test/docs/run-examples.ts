import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from '../../scripts/lib/paths.js'

/** A code example found in the docs or in a TSDoc comment. */
export interface CodeExample {
  /** Where it was found: `file:line`. */
  readonly where: string
  /** The example's code as written. */
  readonly code: string
}

const FENCE = /^```(\w+)?([^\n]*)$/

/** Code blocks of a Markdown text (```ts fences; a fence tagged `skip` is not run). */
export function markdownExamples(file: string, text: string): CodeExample[] {
  const examples: CodeExample[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!.trim())
    if (!open || !open[1]) continue
    const start = i
    const body: string[] = []
    for (i++; i < lines.length && lines[i]!.trim() !== '```'; i++) body.push(lines[i]!)
    if ((open[1] === 'ts' || open[1] === 'js') && !open[2]!.includes('skip')) examples.push({ where: `${file}:${start + 1}`, code: body.join('\n') })
  }
  return examples
}

/** `@example` blocks of the TSDoc comments of a TypeScript source file. */
export function tsdocExamples(file: string, text: string): CodeExample[] {
  const examples: CodeExample[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i]!)) continue
    // The example is the fenced block that follows, with the comment's " * " margin removed.
    const comment: string[] = []
    let j = i + 1
    for (; j < lines.length && !/^\s*\*\//.test(lines[j]!) && !/^\s*\*\s*@\w/.test(lines[j]!); j++) comment.push(lines[j]!.replace(/^\s*\* ?/, ''))
    for (const example of markdownExamples(file, comment.join('\n'))) examples.push({ where: `${file}:${i + 1}`, code: example.code })
    i = j - 1
  }
  return examples
}

/** Every `.ts` file under a folder, tests and generated files included where they have examples. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : []
  })
}

const ENTRY = (subpath: string | undefined) => join(ROOT, 'src', subpath ? `${subpath}/index.ts` : 'index.ts')

/**
 * Turns an example into a module that runs against the source tree: package imports point at
 * `src/`, and each `expr //=> value` line becomes an assertion that `expr` deep-equals `value`.
 */
export function toTestModule(example: CodeExample): string {
  const code = example.code.replace(/from '(?:syria-counter-isis)(?:\/(\w+))?'/g, (_m, sub: string | undefined) => `from ${JSON.stringify(ENTRY(sub))}`)
  const out: string[] = [`import { expect as __expect } from 'vitest'`]
  let previous = -1
  for (const line of code.split('\n')) {
    const inline = /^(\s*)(.+?)\s*\/\/=>\s*(.+)$/.exec(line)
    const alone = /^\s*\/\/=>\s*(.+)$/.exec(line)
    if (inline && !inline[2]!.trim().startsWith('//')) {
      out.push(`${inline[1]}__expect(${inline[2]!.replace(/;$/, '')}, ${JSON.stringify(`${example.where}: ${inline[2]!.trim()}`)}).toEqual(${inline[3]})`)
      previous = out.length - 1
    } else if (alone && previous >= 0) {
      // A result on its own line belongs to the expression just above it.
      const expression = out[previous]!.trim().replace(/;$/, '')
      out[previous] = `__expect(${expression}, ${JSON.stringify(`${example.where}: ${expression}`)}).toEqual(${alone[1]})`
      previous = -1
    } else {
      out.push(line)
      if (line.trim() !== '' && !line.trim().startsWith('//')) previous = out.length - 1
    }
  }
  return out.join('\n')
}

/**
 * Writes an example module under `.tmp/examples/` and returns its path for `import()`: a `.ts`
 * module, or with `ext` `.mjs` a plain JavaScript one, which fails on any TypeScript syntax.
 */
export function writeTestModule(example: CodeExample, index: number, ext: '.ts' | '.mjs' = '.ts'): string {
  const dir = join(ROOT, '.tmp', 'examples')
  mkdirSync(dir, { recursive: true })
  const name = `${index}-${relative(ROOT, example.where.split(':')[0]!).replace(/[^\w]+/g, '-')}${ext}`
  const path = join(dir, name)
  writeFileSync(path, toTestModule(example))
  return path
}

/** Reads a file relative to the repository root. */
export function readRepoFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8')
}
