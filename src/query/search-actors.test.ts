import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import { createDataset } from './create-dataset.js'
import { searchActors } from './search-actors.js'

const ids = (text: string): string[] => searchActors(text).map((a) => a.id)

describe('searchActors', () => {
  it('finds Tom Barrack from the Arabic without shadda, and from Latin spellings', () => {
    expect(ids('براك')).toEqual(['tom-barrack'])
    expect(ids('توم باراك')).toEqual(['tom-barrack'])
    expect(ids('TOM BARRACK')).toEqual(['tom-barrack'])
  })

  it('ranks exact before prefix before substring, then by id', () => {
    // Exact alias "ISIS" first; then "ISIS's military commander ..." starts with it (prefix);
    // "an ISIS leader killed in Atmeh"... and the coalition alliance's "Global Coalition to Defeat
    // ISIS/Daesh" contain it (substring), ordered by id.
    expect(ids('isis')).toEqual(['isis', 'isis-wilayat-al-sham-military-commander', 'atmeh-isis-leader', 'atmeh-isis-leader-child', 'atmeh-isis-leader-mother', 'atmeh-isis-leader-wife', 'global-coalition-alliance'])
    // Prefix beats substring: "Syrian ..." names start with it, "Islamic State (ISIS)" does not.
    expect(ids('syrian g')).toEqual(['syrian-government'])
    expect(ids('الداخلية')).toEqual(['interior-ministry'])
    expect(ids('al-hardani')).toEqual(['abd-al-rahman-al-hardani', 'abdullah-al-hardani', 'dhiya-al-hardani'])
  })

  it('finds nothing for empty text and works on a passed dataset', () => {
    expect(ids('')).toEqual([])
    expect(ids('--')).toEqual([])
    const small = createDataset({ ...dataset, quotes: [], operations: [], redirects: [] })
    expect(searchActors('Barrack', small).map((a) => a.id)).toEqual(['tom-barrack'])
  })
})
