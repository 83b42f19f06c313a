/**
 * Every value a user can import (function, constant, class) from any entry point carries TSDoc
 * with an `@example`; the examples themselves are run by examples.test.ts.
 */
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'

const ENTRIES = ['src/index.ts', 'src/schemas/index.ts', 'src/data/index.ts', 'src/query/index.ts', 'src/export/index.ts']

function exportsWithoutExample(entry: string): string[] {
  const program = ts.createProgram([join(ROOT, entry)], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, strict: true })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(join(ROOT, entry))!
  const missing: string[] = []
  for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(source)!)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
    if (!(target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class))) continue
    // An overloaded function may carry its example on any of its signatures.
    const tags = (target.declarations ?? []).flatMap((d) => ts.getJSDocTags(d).map((t) => t.tagName.text))
    if (!tags.includes('example')) missing.push(symbol.name)
  }
  return missing
}

describe.each(ENTRIES)('%s', (entry) => {
  it('documents every exported value with an @example', () => {
    expect(exportsWithoutExample(entry)).toEqual([])
  })
})
