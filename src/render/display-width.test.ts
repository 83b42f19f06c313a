import { describe, expect, it } from 'vitest'
import { displayWidth } from './display-width.js'
import { fitWidth } from './fit-width.js'

describe('displayWidth and fitWidth', () => {
  it('does not count Arabic combining marks or format characters', () => {
    expect('برّاك'.length).toBe(5)
    expect(displayWidth('برّاك')).toBe(4)
    expect(displayWidth('مُحَمَّد')).toBe(4)
    expect(displayWidth('\u0670ا')).toBe(1)
    expect(displayWidth('a\u200fb')).toBe(2)
    expect(displayWidth('中文')).toBe(4)
  })

  it('pads and cuts by display width without splitting a letter from its marks', () => {
    expect(displayWidth(fitWidth('برّاك', 6))).toBe(6)
    expect(fitWidth('برّاك', 6)).toBe('برّاك  ')
    expect(fitWidth('مُحَمَّد علي', 3, false)).toBe('مُحَ…')
  })
})
