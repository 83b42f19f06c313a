import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ResolveEvidenceError, type ResolveEvidenceErrorReason } from './resolve-evidence-error.js'
import { resolveEvidence, resolveRecordEvidence, type ResolvableEvidence, type ResolvableSpan } from './resolve-evidence.js'
import { indexSourceText } from './source-text.js'

// Made-up text: an astral character before the span, so code points and UTF-16 differ.
const TEXT = 'قال 😀 مصدر أمني إن العملية تمت'
const sha = (words: string) => createHash('sha256').update(words, 'utf8').digest('hex')

/** A span over `words` in TEXT, pinned by its hash only, as the shipped long spans are. */
function span(words: string, source = 's'): ResolvableSpan {
  const from = TEXT.indexOf(words)
  const start = [...TEXT.slice(0, from)].length
  return { type: 'span', source, start, end: start + [...words].length, utf16: { start: from, end: from + words.length }, sha256: sha(words) }
}

function reasonOf(run: () => unknown): ResolveEvidenceErrorReason | undefined {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ResolveEvidenceError)
    return (error as ResolveEvidenceError).reason
  }
  return undefined
}

describe('resolveEvidence', () => {
  it('gives the words of a span pinned by sha256 alone, from a text or its index', () => {
    expect(resolveEvidence(span('مصدر أمني'), TEXT)).toBe('مصدر أمني')
    expect(resolveEvidence(span('العملية تمت'), indexSourceText(TEXT))).toBe('العملية تمت')
  })

  it('checks exact and utf16 when present, and needs neither', () => {
    const { sha256: _sha, ...unpinned } = span('أمني')
    expect(resolveEvidence({ ...unpinned, exact: 'أمني' }, TEXT)).toBe('أمني')
    expect(resolveEvidence({ source: 's', start: 0, end: 3 }, TEXT)).toBe('قال')
  })

  it.each<[string, ResolvableEvidence, string, ResolveEvidenceErrorReason]>([
    ['another text under the same offsets', span('مصدر أمني'), TEXT.replace('أمني', 'آخرٌ'), 'hash-mismatch'],
    ['the same words at other UTF-16 offsets', span('مصدر أمني'), TEXT.replace('😀', '☺'), 'utf16-mismatch'],
    ['a span past the end of the text', span('العملية تمت'), TEXT.slice(0, 10), 'out-of-range'],
    ['reversed offsets', { source: 's', start: 5, end: 2 }, TEXT, 'out-of-range'],
    ['an exact that is not there', { source: 's', start: 0, end: 3, exact: 'قيل' }, TEXT, 'exact-mismatch'],
    ['a fingerprint of a report', { type: 'fingerprint', source: 'r', normalization: 'NFC', sha256: sha('x'), length: 1 }, TEXT, 'not-a-span'],
    ['a value read in a reference', { type: 'reference', source: 'gazetteer', quote: 'SY03' }, TEXT, 'not-a-span'],
  ])('refuses %s with a clear error', (_what, evidence, text, reason) => {
    expect(reasonOf(() => resolveEvidence(evidence, text))).toBe(reason)
  })

  it('names the source and offsets, and quotes no words, in the message', () => {
    expect(() => resolveEvidence(span('مصدر أمني'), TEXT.replace('أمني', 'آخرٌ'))).toThrow(/^span 6-15 of source "s": the words in the text given have SHA-256 [0-9a-f]{64}, not [0-9a-f]{64}: another copy of the source$/)
  })
})

describe('resolveRecordEvidence', () => {
  const record = {
    id: 'x',
    evidence: [span('مصدر أمني')],
    claims: [{ evidence: [{ type: 'reference', source: 'gazetteer', quote: 'SY03' }, span('العملية تمت')] }],
  }

  it('gives every span of the record with its path, leaving out evidence that is not a span', () => {
    expect(resolveRecordEvidence(record, { sourceTexts: { s: TEXT } })).toEqual([
      { path: ['evidence', 0], source: 's', words: 'مصدر أمني' },
      { path: ['claims', 0, 'evidence', 1], source: 's', words: 'العملية تمت' },
    ])
  })

  it('takes one text for a dataset of one full-text source', () => {
    expect(resolveRecordEvidence(record, { sourceTexts: TEXT }).map((r) => r.words)).toEqual(['مصدر أمني', 'العملية تمت'])
  })

  it('refuses a span whose source has no text given, naming its path', () => {
    expect(() => resolveRecordEvidence({ evidence: [span('أمني', 'other')] }, { sourceTexts: { s: TEXT, constructor: TEXT } })).toThrow('evidence.0: no text given for source "other"')
    expect(reasonOf(() => resolveRecordEvidence({ evidence: [span('أمني', 'constructor')] }, { sourceTexts: { s: TEXT } }))).toBe('no-text')
  })
})
