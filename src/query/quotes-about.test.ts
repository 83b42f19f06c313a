import { describe, expect, it } from 'vitest'
import { quotesAbout } from './quotes-about.js'

describe('quotesAbout', () => {
  it('lists the quotes whose about.operations name the operation', () => {
    expect(quotesAbout('2025-07-al-bab-airborne-landing').map((q) => q.id)).toEqual(['security-source-east-aleppo-operation'])
    expect(quotesAbout('2025-10-18-rif-dimashq-joint-operation').map((q) => q.id)).toEqual(['tom-barrack-syria-back-on-our-side'])
    expect(quotesAbout('2025-08-atmeh-airborne-landing')).toEqual([])
  })
})
