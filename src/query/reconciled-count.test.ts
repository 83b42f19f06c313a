import { describe, expect, it } from 'vitest'
import { reconciledCount } from './reconciled-count.js'

describe('reconciledCount', () => {
  it('spans every reading: smallest min, largest max, open when any is open', () => {
    expect(reconciledCount([{ kind: 'killed', count: { min: 2, max: 3 } }, { kind: 'killed', count: { min: 1, max: 5 } }])).toEqual({ min: 1, max: 5 })
    expect(reconciledCount([{ kind: 'killed', count: { min: 2, max: null } }, { kind: 'killed', count: { min: 1, max: 1 } }])).toEqual({ min: 1, max: null })
    expect(reconciledCount([{ kind: 'killed', count: { min: 1, max: 1 } }, { kind: 'killed', count: { min: 4, max: null } }])).toEqual({ min: 1, max: null })
  })

  it('skips outcomes without a count and gives undefined when none has one', () => {
    expect(reconciledCount([{ kind: 'seized', count: undefined }])).toBeUndefined()
    expect(reconciledCount([{ kind: 'seized', count: undefined }, { kind: 'seized', count: { min: 1, max: 1 } }])).toEqual({ min: 1, max: 1 })
  })

  it('refuses outcomes of different kinds', () => {
    expect(() => reconciledCount([{ kind: 'killed', count: { min: 1, max: 1 } }, { kind: 'detained', count: { min: 2, max: 2 } }])).toThrow(/one kind or figures of one measure and label; got killed, detained/)
  })
})

describe('reconciledCount by the one count rule', () => {
  const evidence = (source: string) => [{ type: 'reference' as const, source, quote: 'example' }]
  it('adds the groups one kind names and spans the readings of each group', () => {
    const killed = [
      { kind: 'killed' as const, actors: ['soldier-a', 'soldier-b', 'interpreter'], count: { min: 3, max: 3 }, assertedBy: 'centcom', evidence: evidence('centcom-statement') },
      { kind: 'killed' as const, actors: ['attacker'], count: { min: 1, max: 1 }, assertedBy: 'sana', evidence: evidence('sana-report') },
      { kind: 'killed' as const, actors: ['soldier-a', 'soldier-b', 'interpreter'], count: { min: 3, max: 3 }, assertedBy: 'reporter', evidence: evidence('wire') },
    ]
    expect(reconciledCount(killed)).toEqual({ min: 4, max: 4 })
  })

  it('adds the parts one account gives of one group', () => {
    expect(reconciledCount([{ kind: 'killed', count: { min: 1, max: 1 }, assertedBy: 'ministry', evidence: evidence('paper') }, { kind: 'killed', count: { min: 2, max: 2 }, assertedBy: 'ministry', evidence: evidence('paper') }])).toEqual({ min: 3, max: 3 })
  })

  it('spans figures of one measure and label, and refuses different labels or a mix with outcomes', () => {
    expect(reconciledCount([{ measure: 'people', count: { min: 24000, max: 24000 } }, { measure: 'people', count: { min: 26500, max: 26500 } }])).toEqual({ min: 24000, max: 26500 })
    expect(() => reconciledCount([{ measure: 'detainees-transferred', count: { min: 150, max: 150 }, label: { en: 'first flight' } }, { measure: 'detainees-transferred', count: { min: 5704, max: 5704 } }])).toThrow(/one measure and label; got figure detainees-transferred "first flight", figure detainees-transferred/)
    expect(() => reconciledCount([{ measure: 'killed', count: { min: 1, max: 1 } }, { kind: 'killed', count: { min: 1, max: 1 } }])).toThrow(RangeError)
  })
})
