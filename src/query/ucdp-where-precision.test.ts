import { describe, expect, it } from 'vitest'
import { ucdpWherePrecision } from './ucdp-where-precision.js'

describe('ucdpWherePrecision', () => {
  it('maps each location kind to its code', () => {
    const code = (kind: Parameters<typeof ucdpWherePrecision>[0]['kind'], own = true): number => ucdpWherePrecision({ kind }, { own })
    expect(['city', 'town', 'village', 'facility'].map((k) => code(k as 'town'))).toEqual([1, 1, 1, 1])
    expect(['city', 'town', 'village', 'facility'].map((k) => code(k as 'town', false))).toEqual([2, 2, 2, 2])
    expect([code('district'), code('subdistrict'), code('governorate'), code('region'), code('border'), code('country')]).toEqual([3, 3, 4, 5, 5, 6])
    expect(code('governorate', false)).toBe(4)
  })
})
