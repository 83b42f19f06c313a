import { describe, expect, it } from 'vitest'
import { Quote } from './quote.js'

const evidence = [{ type: 'reference', source: 'example-reference', quote: 'example' }] as const
const base = { id: 'q', speaker: 'someone', mode: 'direct', channel: 'official-statement', assertedBy: 'reporter', certainty: 'reported', evidence } as const
const messages = (input: unknown): string[][] => Quote.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? []

describe('Quote language', () => {
  it('reads a 0.2.0 quote (no language) as Arabic with the editors translation', () => {
    const q = Quote.parse({ ...base, text: { ar: 'نص', en: 'text' }, translation: { from: 'ar', to: 'en', by: 'dataset-editors' } })
    expect(q.language).toBe('ar')
  })

  it('keeps original English verbatim without a translation', () => {
    const q = Quote.parse({ ...base, language: 'en', text: { en: 'a notable achievement' } })
    expect(q.translation).toBeUndefined()
    expect(q.text.ar).toBeUndefined()
  })

  it("marks English a publication printed for Arabic speech as the publication's translation", () => {
    const q = Quote.parse({ ...base, language: 'en', text: { en: 'words' }, translation: { from: 'ar', to: 'en', by: 'the-publication', note: 'English as the outlet prints it.' } })
    expect(q.translation?.by).toBe('the-publication')
  })

  it('refuses Arabic without its words or its translation, and English with Arabic words', () => {
    expect(messages({ ...base, text: { en: 'text' } })).toEqual([
      ['text.ar', 'a quote printed in Arabic keeps its Arabic words in text.ar'],
      ['translation', 'the English of a quote printed in Arabic is a translation: say so in translation'],
    ])
    expect(messages({ ...base, language: 'en', text: { ar: 'نص', en: 'text' } })).toEqual([['text.ar', 'a quote printed in English has no Arabic words in any cited source: text.ar must be absent']])
    expect(messages({ ...base, language: 'en', text: { en: 'text' }, translation: { from: 'ar', to: 'en', by: 'dataset-editors' } })[0]?.[0]).toBe('translation')
    expect(messages({ ...base, language: 'fr', text: { en: 'text' }, translation: { from: 'fr', to: 'en', by: 'dataset-editors' } })[0]?.[0]).toBe('language')
  })
})
