import { describe, expect, it } from 'vitest'
import * as root from '../../src/index.js'
import * as data from '../../src/data/index.js'
import * as exporting from '../../src/export/index.js'
import * as query from '../../src/query/index.js'
import * as schemas from '../../src/schemas/index.js'

// Shared state is immutable: every exported list or map (vocabularies, CSV_TABLES,
// RECORD_SCHEMAS, the shipped records...) is frozen all the way down, so no caller can change
// what another one reads. Zod schemas and functions are not data and are left out.
const ENTRY_POINTS = { 'syria-counter-isis': root, 'syria-counter-isis/data': data, 'syria-counter-isis/export': exporting, 'syria-counter-isis/query': query, 'syria-counter-isis/schemas': schemas }

function isData(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return Array.isArray(value) || proto === Object.prototype || proto === null
}

function unfrozen(value: unknown, path: string): string[] {
  const out: string[] = []
  const seen = new Set<unknown>()
  const stack: [unknown, string][] = [[value, path]]
  while (stack.length > 0) {
    const [v, p] = stack.pop()!
    if (!isData(v) || seen.has(v)) continue
    seen.add(v)
    if (!Object.isFrozen(v)) out.push(p)
    for (const [k, x] of Object.entries(v)) stack.push([x, `${p}.${k}`])
  }
  return out
}

describe('exported data is deeply frozen', () => {
  const rows = Object.entries(ENTRY_POINTS).flatMap(([entry, mod]) => Object.entries(mod).filter(([, v]) => isData(v)).map(([name, v]) => [`${entry} ${name}`, v] as const))

  it('finds the vocabularies to check', () => {
    const names = rows.map(([name]) => name.split(' ')[1])
    for (const name of ['CERTAINTIES', 'FATAL_OUTCOME_KINDS', 'OPERATION_TYPE_TO_ACLED', 'CSV_TABLES', 'RECORD_SCHEMAS', 'PARTICIPANT_ROLES']) expect(names).toContain(name)
  })

  it.each(rows)('%s', (name, value) => {
    expect(unfrozen(value, name)).toEqual([])
  })

  it('refuses writes in strict mode', () => {
    expect(() => (schemas.CERTAINTIES as unknown as string[]).push('sure')).toThrow(TypeError)
    expect(() => Object.assign(schemas.OPERATION_TYPE_TO_ACLED.arrest, { eventType: 'Battles' })).toThrow(TypeError)
    expect(schemas.CERTAINTIES).toEqual(['confirmed', 'reported', 'claimed', 'believed', 'disputed'])
  })
})
