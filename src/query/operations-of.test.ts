import { describe, expect, it } from 'vitest'
import { operationsOf } from './operations-of.js'

describe('operationsOf', () => {
  it('lists operations by participation or outcome, optionally by role', () => {
    expect(operationsOf('interior-ministry').map((o) => o.id)).toEqual(['2025-07-al-bab-airborne-landing', '2025-10-muadamiyat-al-qalamoun-cell-dismantling'])
    expect(operationsOf('isis', { role: 'target' })).toHaveLength(2)
    expect(operationsOf('dhiya-al-hardani').map((o) => o.id)).toEqual(['2025-07-al-bab-airborne-landing'])
    expect(operationsOf('dhiya-al-hardani', { role: ['lead', 'target'] })).toEqual([])
  })
})
