import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SOURCE_ID, SOURCE_TEXT, syntheticRecords } from '../../../bench/synthetic.js'
import { dataset } from '../../data/index.js'
import { parseDataset, safeParseDataset } from '../../schemas/parse-dataset.js'
import { fastPath, recordParsers, validateRecords } from './validate-records.js'

// The same value: same keys in the same order (absent and undefined told apart), same
// primitives, every object and array frozen on the fast side.
function sameValue(fast: unknown, slow: unknown, path = '$'): string | undefined {
  if (typeof slow !== 'object' || slow === null) return Object.is(fast, slow) ? undefined : `${path}: ${String(fast)} is not ${String(slow)}`
  if (typeof fast !== 'object' || fast === null) return `${path}: not an object`
  if (!Object.isFrozen(fast)) return `${path}: not frozen`
  if (Array.isArray(slow) !== Array.isArray(fast)) return `${path}: array and object`
  const keys = Reflect.ownKeys(slow)
  const fastKeys = Reflect.ownKeys(fast)
  if (keys.join('\u0000') !== fastKeys.join('\u0000')) return `${path}: keys ${fastKeys.join(',')} are not ${keys.join(',')}`
  for (const key of keys) {
    const problem = sameValue((fast as Record<PropertyKey, unknown>)[key], (slow as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`)
    if (problem) return problem
  }
  return undefined
}

const options = { sourceTexts: { [SOURCE_ID]: SOURCE_TEXT } }
const synthetic = (): Record<string, unknown[]> => JSON.parse(JSON.stringify(syntheticRecords({ operations: 40, seed: 7, actorRatio: 1 / 5, quoteRatio: 1 / 2 }))) as Record<string, unknown[]>

describe('createDataset fast path', () => {
  it('compiles parsers from the record schemas', () => {
    expect(recordParsers()).not.toBeNull()
  })

  it('returns what parseDataset returns, deeply frozen, for the shipped records and synthetic ones', () => {
    const shipped = JSON.parse(JSON.stringify(dataset)) as unknown
    for (const [input, opts] of [[shipped, {}], [synthetic(), options]] as const) {
      const fast = fastPath(input, opts)?.dataset
      expect(fast).toBeDefined()
      expect(sameValue(fast, parseDataset(input, opts))).toBeUndefined()
    }
  })

  it('fills in defaults as Zod does, in the schema order', () => {
    const records = synthetic()
    const op = records.operations![0] as Record<string, unknown>
    delete op.participants
    delete op.notes
    const fast = fastPath(records, options)?.dataset
    expect(fast).toBeDefined()
    expect(sameValue(fast, parseDataset(records, options))).toBeUndefined()
  })

  it('never accepts what parseDataset refuses, and agrees with it on what it accepts', () => {
    const base = synthetic()
    const ids = ['op-0000001', 'actor-0000003', 'place-town-0000002', 'quote-0000004', 'synthetic-source', 'nowhere', 'reporter', 'editors']
    const oddValues: unknown[] = [undefined, null, '', ' x', 'x\u0000', 0, -1, 1.5, 2 ** 60, true, [], {}, 'killed', 'span', 'ar', '2025-13-01', ...ids]
    // A random change at a random place in a random record: drop a key, set a value, add a key.
    const mutate = fc.tuple(fc.constantFrom('sources', 'actors', 'locations', 'operations', 'quotes', 'redirects'), fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.nat({ max: 2 }), fc.constantFrom(...oddValues))
    const seen = { refused: 0, accepted: 0 }
    fc.assert(
      fc.property(mutate, ([collection, r, steps, how, value]) => {
        const records = JSON.parse(JSON.stringify(base)) as Record<string, unknown[]>
        const list = records[collection]!
        if (list.length === 0) return
        let at = list[r % list.length] as Record<string, unknown>
        for (const step of steps.slice(0, -1)) {
          const keys = Object.keys(at)
          const next = at[keys[step % Math.max(1, keys.length)]!]
          if (typeof next !== 'object' || next === null) break
          at = next as Record<string, unknown>
        }
        const keys = Object.keys(at)
        const key = how === 2 ? 'unexpected' : keys[steps[steps.length - 1]! % Math.max(1, keys.length)] ?? 'id'
        if (how === 0) delete at[key]
        else at[key] = value
        const slow = safeParseDataset(records, options)
        const fast = fastPath(records, options)?.dataset
        if (!slow.success) expect(fast).toBeUndefined()
        else if (fast !== undefined) expect(sameValue(fast, slow.data)).toBeUndefined()
        seen[slow.success ? 'accepted' : 'refused']++
      }),
      { numRuns: 300, seed: 14 },
    )
    // Both sides are exercised: changes parseDataset refuses and changes it accepts.
    expect(seen.refused).toBeGreaterThan(50)
    expect(seen.accepted).toBeGreaterThan(20)
  })

  it('leaves invalid datasets, warnings and checkVerbatim to parseDataset', () => {
    const records = synthetic()
    ;(records.operations![0] as Record<string, unknown>).location = 'nowhere'
    expect(fastPath(records, options)).toBeUndefined()
    expect(() => validateRecords(records, options)).toThrow(/operations\[0\] "op-0000000" › location: unknown location id "nowhere"/)
    const subset = JSON.parse(JSON.stringify({ ...dataset, quotes: [] })) as unknown
    expect(fastPath(subset, {})).toBeUndefined() // corrections of dropped quotes: warnings
    expect(fastPath(synthetic(), { ...options, checkVerbatim: true })).toBeUndefined()
    expect(fastPath(synthetic(), { sourceTexts: new Map() } as never)).toBeUndefined()
  })

  it("leaves repeated and reserved ids to parseDataset's checkIds, within a kind and across kinds", () => {
    const across = synthetic()
    ;(across.quotes![0] as { id: string }).id = (across.operations![3] as { id: string }).id
    const within = synthetic()
    ;(within.actors![1] as { id: string }).id = (within.actors![0] as { id: string }).id
    const reserved = synthetic()
    ;(reserved.actors![0] as { id: string }).id = 'reporter'
    for (const records of [across, within, reserved]) {
      expect(fastPath(records, options)).toBeUndefined()
      expect(() => validateRecords(records, options)).toThrow(/duplicate id|reserved/)
    }
  })

  it('hands the index the id lookups it built, each id at its record', () => {
    const { dataset: valid, ids } = validateRecords(synthetic(), options)
    expect(ids).toBeDefined()
    valid.operations.forEach((op, i) => expect(ids!.operationById.get(op.id)).toBe(i))
    expect(ids!.actorById.size).toBe(valid.actors.length)
  })

  it('mirrors every rule parseDataset runs (extend the fast path when this list changes)', () => {
    const source = readFileSync(new URL('../../schemas/parse-dataset.ts', import.meta.url), 'utf8')
    const body = source.slice(source.indexOf('function validate('), source.indexOf('\n}\n', source.indexOf('function validate(')))
    const calls = [...body.matchAll(/\b(check[A-Za-z]+|findCleanRecords|readOptions)\(/g)].map((m) => m[1])
    expect(calls).toEqual(['readOptions', 'readOptions', 'checkIds', 'checkReferences', 'findCleanRecords', 'checkParentChains', 'checkRedirects', 'checkVerbatim', 'checkSourcesAndSpans', 'checkClaims', 'checkReadings'])
  })
})
