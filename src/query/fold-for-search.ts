// Marks Arabic readers ignore when matching names: tanwin, harakat, shadda, sukun (U+064B-U+0652),
// dagger alef (U+0670) and tatweel (U+0640); plus Latin combining accents left by NFKD.
const IGNORED_MARKS = /[\u064B-\u0652\u0670\u0640\u0300-\u036F]/g
// After NFKD, hamza and madda on alef are separate marks (U+0653-U+0655): drop them so أ إ آ read as ا.
const ALEF_WITH_MARK = /\u0627[\u0653-\u0655]+/g
// A Latin article joined to the next word: "al-Bab", "Al Bab", "el-Bab", and sun-letter forms
// written with a hyphen ("at-Tanf", "ash-Sharaa"). Matched only before another word, so a lone
// "al" is kept and "Aleppo" is untouched.
const LATIN_ARTICLE = /(^|[^\p{L}\p{N}])(?:[ae]l[\s\-\u2010\u2011'\u2019\u02BC]+|a(?:[dtrsznl]|sh|th|dh)[\-\u2010\u2011])(?=[\p{L}\p{N}])/gu
const SEPARATORS = /[^\p{L}\p{N}]+/gu

/**
 * Folds a name for search, so that spellings a reader treats as the same compare equal.
 * Arabic: drops diacritics and shadda (U+064B-U+0652, U+0670) and tatweel (U+0640), reads the
 * alef forms أ إ آ ٱ as ا, ta marbuta ة as ه and alef maqsura ى as ي. Latin: lower-cases, drops
 * accents, drops a Latin article joined to the next word (`al-`, `el-`, `Al `, and hyphenated
 * sun-letter forms such as `at-`, `ash-`). Both: removes spaces, hyphens, apostrophes and other
 * punctuation, so `al-Bab`, `Al Bab` and `bab` all fold to `bab`.
 *
 * @param text - a name, alias or search text in any script
 * @returns the folded text (empty when `text` has no letters or digits)
 *
 * @example
 * ```ts
 * import { foldForSearch } from 'syria-counter-isis'
 * foldForSearch('توم برّاك')  //=> 'تومبراك'
 * foldForSearch('Al-Dumayr')  //=> 'dumayr'
 * foldForSearch('al bab')     //=> 'bab'
 * foldForSearch('أطمة')       //=> 'اطمه'
 * ```
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(ALEF_WITH_MARK, '\u0627')
    .replace(IGNORED_MARKS, '')
    .replace(/\u0671/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064A')
    .normalize('NFC')
    .toLowerCase()
    .replace(LATIN_ARTICLE, '$1 ')
    .replace(SEPARATORS, '')
}
