import { describe, expect, it } from 'vitest'
import { defaultDataset } from './default-dataset.js'
import { quotesBy } from './quotes-by.js'

describe('quotesBy', () => {
  it('lists what an actor said, dated or not, in dataset order', () => {
    // One printed in Arabic, one in the original English (no text.ar): both are his.
    expect(quotesBy('tom-barrack').map((q) => q.id)).toEqual(['tom-barrack-sdf-role-largely-expired', 'tom-barrack-syria-back-on-our-side'])
    expect(quotesBy('tom-barrack').map((q) => q.id)).toEqual(defaultDataset().dataset.quotes.filter((q) => q.speaker === 'tom-barrack').map((q) => q.id))
    expect(quotesBy('tom-barrack').find((q) => q.language === 'ar')?.text.ar).toBe('سورية عادت إلى صفّنا')
    expect(quotesBy('tom-barrack').find((q) => q.language === 'en')?.text.ar).toBeUndefined()
    expect(quotesBy('wael-alwan').map((q) => q.id)).toEqual(['wael-alwan-greater-cooperation', 'wael-alwan-high-security-coordination'])
    expect(quotesBy('isis').map((q) => q.id)).toEqual(['isis-warning-to-al-sharaa'])
    expect(quotesBy('atmeh', defaultDataset())).toEqual([])
    expect(quotesBy('nobody', defaultDataset())).toEqual([])
  })
})
