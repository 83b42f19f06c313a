import { describe, expect, it } from 'vitest'
import { FindSpanError, type FindSpanErrorReason } from './find-span-error.js'
import { findSpan } from './find-span.js'

const TEXT = 'قال المصدر إن العملية تمت، والعملية الثانية 😀 أيضاً'

function reasonOf(run: () => unknown): FindSpanErrorReason | undefined {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(FindSpanError)
    expect((error as Error).name).toBe('FindSpanError')
    return (error as FindSpanError).reason
  }
  return undefined
}

describe('findSpan refuses to guess, with a FindSpanError', () => {
  it.each<[string, () => unknown, FindSpanErrorReason]>([
    // Used to loop forever: '' "occurs" at every position.
    ['an empty phrase', () => findSpan('s', TEXT, ''), 'empty-phrase'],
    ['a lone high surrogate', () => findSpan('s', TEXT, '\uD83D'), 'ill-formed-phrase'],
    ['a lone low surrogate after well-formed text', () => findSpan('s', TEXT, 'الثانية \uDE00'), 'ill-formed-phrase'],
    ['a phrase that is not a string', () => findSpan('s', TEXT, 42 as unknown as string), 'ill-formed-phrase'],
    ['a negative occurrence', () => findSpan('s', TEXT, 'العملية', { occurrence: -1 }), 'invalid-option'],
    ['a fractional occurrence', () => findSpan('s', TEXT, 'العملية', { occurrence: 0.5 }), 'invalid-option'],
    ['a missing phrase', () => findSpan('s', TEXT, 'غير موجود'), 'not-found'],
    ['an ambiguous phrase', () => findSpan('s', TEXT, 'العملية'), 'ambiguous'],
    ['an occurrence past the last', () => findSpan('s', TEXT, 'العملية', { occurrence: 5 }), 'no-such-occurrence'],
  ])('%s', (_, run, reason) => {
    expect(reasonOf(run)).toBe(reason)
  })

  it('still finds a phrase next to an astral character, on code-point boundaries', () => {
    const span = findSpan('s', TEXT, '😀 أيضاً')
    expect([...TEXT].slice(span.start, span.end).join('')).toBe('😀 أيضاً')
    expect(TEXT.slice(span.utf16.start, span.utf16.end)).toBe('😀 أيضاً')
  })
})
