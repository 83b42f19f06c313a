import { describe, expect, it } from 'vitest'
import { defaultDataset } from './default-dataset.js'
import { quotesBy } from './quotes-by.js'

describe('quotesBy', () => {
  it('lists what an actor said, dated or not, in dataset order', () => {
    expect(quotesBy('tom-barrack').map((q) => q.id)).toEqual(['tom-barrack-syria-back-on-our-side'])
    expect(quotesBy('tom-barrack')[0]?.text.ar).toBe('سورية عادت إلى صفّنا')
    expect(quotesBy('wael-alwan').map((q) => q.id)).toEqual(['wael-alwan-greater-cooperation', 'wael-alwan-high-security-coordination'])
    expect(quotesBy('isis').map((q) => q.id)).toEqual(['isis-warning-to-al-sharaa'])
    expect(quotesBy('atmeh', defaultDataset())).toEqual([])
    expect(quotesBy('nobody', defaultDataset())).toEqual([])
  })
})
