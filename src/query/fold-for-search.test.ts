import { describe, expect, it } from 'vitest'
import { foldForSearch } from './fold-for-search.js'

describe('foldForSearch', () => {
  it('folds Arabic diacritics, shadda, tatweel, alef forms, ta marbuta and alef maqsura', () => {
    expect(foldForSearch('برّاك')).toBe('براك')
    expect(foldForSearch('مُحَمَّدٌ')).toBe('محمد')
    expect(foldForSearch('الـــباب')).toBe('الباب')
    expect(['أحمد', 'إحمد', 'آحمد', 'ٱحمد', 'احمد'].map(foldForSearch)).toEqual(Array(5).fill('احمد'))
    expect(foldForSearch('أطمة')).toBe(foldForSearch('اطمه'))
    expect(foldForSearch('مستشفى')).toBe('مستشفي')
    expect(foldForSearch('عبد الله')).toBe(foldForSearch('عبدالله'))
  })

  it('keeps hamza on waw and yeh, which the brief does not fold', () => {
    expect(foldForSearch('مسؤول')).toBe('مسؤول')
  })

  it('folds Latin case, accents, punctuation and a joined article', () => {
    expect(foldForSearch('Al-Dumayr')).toBe('dumayr')
    expect(foldForSearch('al bab')).toBe(foldForSearch('al-Bab'))
    expect(foldForSearch('El Bab')).toBe('bab')
    expect(foldForSearch('At-Tanf')).toBe('tanf')
    expect(foldForSearch("Mu'addamiyat al-Qalamun")).toBe('muaddamiyatqalamun')
    expect(foldForSearch('Türkiye')).toBe('turkiye')
    expect(foldForSearch('Aleppo')).toBe('aleppo')
    expect(foldForSearch('al')).toBe('al')
    expect(foldForSearch(' - ')).toBe('')
  })
})
