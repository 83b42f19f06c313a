import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fingerprintWords } from './fingerprint-words.js'
import { checkFingerprint, verifyEvidence } from './verify-evidence.js'

// Made-up page texts, only for these tests.
const PAGE = 'Officials said on Friday that three men were detained in the raid near the river.'
const WORDS = 'three men were detained'

describe('fingerprintWords', () => {
  it('hashes the UTF-8 of the NFC words and counts code points', () => {
    const decomposed = 'cafe\u0301 😀'
    const fp = fingerprintWords(decomposed)
    expect(fp).toEqual({ normalization: 'NFC', sha256: createHash('sha256').update('café 😀', 'utf8').digest('hex'), length: 6 })
    expect(fingerprintWords('café 😀')).toEqual(fp)
  })

  it('refuses words with a lone surrogate', () => {
    expect(() => fingerprintWords('a\uD800b')).toThrow(RangeError)
  })

  it('gives the same fingerprint as scripts/fingerprint.mjs, which strips one trailing newline', () => {
    const run = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/fingerprint.mjs')], { input: `${WORDS}\n`, encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(fingerprintWords(WORDS))
  })
})

describe('checkFingerprint and verifyEvidence with report texts', () => {
  const evidence = { type: 'fingerprint' as const, source: 'made-up-report', ...fingerprintWords(WORDS), quote: 'three' }

  it('finds the words at any position of the page, NFC-normalising it first', () => {
    expect(checkFingerprint(evidence, PAGE)).toBeUndefined()
    const accented = fingerprintWords('café détenu')
    expect(checkFingerprint({ ...evidence, ...accented, quote: 'café' }, 'Le cafe\u0301 détenu hier.')).toBeUndefined()
  })

  it('reports words the page does not hold, and a quote outside them', () => {
    expect(checkFingerprint(evidence, PAGE.replace('three', 'four'))).toBe(`no ${evidence.length} code points of the page text hash to ${evidence.sha256}`)
    expect(checkFingerprint({ ...evidence, quote: 'river' }, PAGE)).toBe('quote "river" is not inside the fingerprinted words')
  })

  it('checks a record against report texts, and never skips a report without its text', () => {
    const record = { evidence: [evidence, { type: 'reference', source: 'a-gazetteer', quote: 'SY03' }] }
    expect(verifyEvidence(record, { reportTexts: { 'made-up-report': PAGE } })).toEqual([])
    expect(verifyEvidence(record, { sourceTexts: {} }).map((m) => m.message)).toEqual(['no page text given for report "made-up-report"'])
  })
})
