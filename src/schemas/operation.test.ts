import { describe, expect, it } from 'vitest'
import { Figure } from './figure.js'
import { Operation, Outcome } from './operation.js'
import { operationCategory } from './operation-category.js'
import { OPERATION_TYPE_CATEGORY, OPERATION_TYPES } from './vocabulary-values.js'

const evidence = [{ type: 'reference', source: 'example-reference', quote: 'example' }] as const
const claim = { assertedBy: 'reporter', certainty: 'reported', evidence } as const
const base = { id: 'x', title: { en: 'X' }, date: '2026-02-12', dateBasis: 'explicit', location: 'al-tanf-base', ...claim }

describe('Operation categories', () => {
  it('gives every operation type a category', () => {
    for (const type of OPERATION_TYPES) expect(['operation', 'development']).toContain(OPERATION_TYPE_CATEGORY[type])
  })

  it('reads a record category off its types', () => {
    expect(operationCategory(Operation.parse({ ...base, types: ['facility-handover'] }))).toBe('development')
    expect(operationCategory(Operation.parse({ ...base, types: ['ambush'] }))).toBe('operation')
  })

  it('refuses a record whose types mix an operation with a development', () => {
    const result = Operation.safeParse({ ...base, types: ['arrest', 'detainee-transfer'] })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['types', 'types mix an operation with a development (arrest, detainee-transfer): record them as two linked records']])
  })

  it('keeps a destination and figures, which default to none', () => {
    const op = Operation.parse({ ...base, types: ['withdrawal'], destination: 'jordan' })
    expect(op.destination).toBe('jordan')
    expect(op.figures).toEqual([])
  })
})

describe('Outcome "destroyed"', () => {
  it('needs the items destroyed, and a count only where stated', () => {
    expect(Outcome.safeParse({ kind: 'destroyed', ...claim }).error?.issues[0]?.message).toBe('a "destroyed" outcome needs the items destroyed')
    expect(Outcome.parse({ kind: 'destroyed', items: { en: 'mortar rounds' }, ...claim }).count).toBeUndefined()
  })
})

describe('Figure', () => {
  it('keeps "more than N" as an open count with the words in countNote', () => {
    const f = Figure.parse({ measure: 'weapons-sites', count: { min: 16, max: null }, countNote: '"more than 15"', ...claim })
    expect(f).toMatchObject({ measure: 'weapons-sites', count: { min: 16, max: null } })
  })

  it('refuses a measure outside the vocabulary', () => {
    expect(Figure.safeParse({ measure: 'casualties', count: { min: 1, max: 1 }, ...claim }).success).toBe(false)
  })
})
