import { requireSha256 } from './sha256.js'

/** The fingerprint of some words: what a `fingerprint` evidence stores instead of the words. */
export interface WordsFingerprint {
  /** The normalisation form the words were hashed in. */
  readonly normalization: 'NFC'
  /** SHA-256, lower-case hex, of the UTF-8 bytes of the NFC words. */
  readonly sha256: string
  /** Length of the NFC words in Unicode code points. */
  readonly length: number
}

/**
 * Fingerprints the exact supporting words of a report, so a claim can cite them without storing
 * them: the words are NFC-normalised, then hashed (SHA-256 of their UTF-8) and counted in code
 * points. Anyone holding the page finds them again with `verifyEvidence`. Needs Node
 * (`node:crypto`); `scripts/fingerprint.mjs` runs the same algorithm on standard input.
 *
 * @example
 * ```ts
 * import { fingerprintWords } from 'syria-counter-isis'
 * fingerprintWords('Three men were detained.')
 * //=> { normalization: 'NFC', sha256: '2e016db8869ac5987641fd67330e9f4724b5b7d7c9ca119acf625bd500b54fed', length: 24 }
 * ```
 */
export function fingerprintWords(text: string): WordsFingerprint {
  if (typeof text !== 'string') throw new TypeError(`fingerprintWords takes a string, got ${text === null ? 'null' : typeof text}`)
  if (/\p{Cs}/u.test(text)) throw new RangeError('the words hold a lone surrogate (half of a character): copy them again from the page')
  const words = text.normalize('NFC')
  let length = 0
  for (const _ of words) length++
  return { normalization: 'NFC', sha256: requireSha256()(words), length }
}
