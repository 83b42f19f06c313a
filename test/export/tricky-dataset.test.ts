import { describe, expect, it } from 'vitest'
import { parseDataset } from '../../src/schemas/parse-dataset.js'
import { issue13Dataset, TRICKY, trickyDataset } from './tricky-dataset.js'

describe('the tricky dataset', () => {
  it('adds records of the issue 13 model that parseDataset accepts as they are, every default filled in', () => {
    const data = issue13Dataset()
    expect(parseDataset(structuredClone(data))).toStrictEqual(structuredClone(data))
  })

  it('holds them next to the cells that need quoting', () => {
    const data = trickyDataset()
    expect(data.operations.map((o) => o.id)).toEqual(expect.arrayContaining([TRICKY.development, TRICKY.unplacedDevelopment]))
    expect(data.sources.find((s) => s.id === TRICKY.undatedSource)).not.toHaveProperty('published')
    expect(data.quotes.find((q) => q.id === TRICKY.englishQuote)).toMatchObject({ language: 'en', text: { en: expect.any(String) } })
  })
})
