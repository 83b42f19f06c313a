/**
 * `--source-text FILE` (alias `--article`) on `timeline` and every `query`, on the built CLI: the
 * package ships evidence offsets, and a user holding the article gets every span's words back.
 * Refused files are rows of the hostile-input suite (test/hostile/cli.test.ts).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { operations, quotes } from '../../src/data/index.js'
import { evidenceOf, isSpan } from '../../src/evidence/verify-evidence.js'
import { resolveRecordEvidence } from '../../src/evidence/resolve-evidence.js'
import { Operation } from '../../src/schemas/operation.js'

const ARTICLE_FILE = 'data/sources/000_4325f0170ff2d2c8.txt'
const ARTICLE = readFileSync(join(ROOT, ARTICLE_FILE), 'utf8')

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' })
  return { stdout: result.stdout, stderr: result.stderr, status: result.status }
}

const dotted = (path: readonly PropertyKey[]) => path.map(String).join('.')

describe('--source-text', () => {
  it('fills in the words of every span of the JSON records, as exact, and they are valid records', () => {
    const { stdout, stderr, status } = cli('query', 'operations', '--format', 'json', '--source-text', ARTICLE_FILE)
    expect({ stderr, status }).toEqual({ stderr: '', status: 0 })
    const printed = JSON.parse(stdout) as { id: string }[]
    expect(printed.map((r) => r.id)).toEqual(operations.map((o) => o.id))
    printed.forEach((record, i) => {
      const words = resolveRecordEvidence(operations[i], { sourceTexts: ARTICLE }).map((r) => r.words)
      expect(evidenceOf(record).flatMap((e) => (isSpan(e.evidence) ? [e.evidence.exact] : []))).toEqual(words)
      expect(Operation.safeParse(record).success).toBe(true)
    })
  })

  it('gives the same NDJSON records under its alias --article', () => {
    const lines = cli('query', 'quotes', '--format', 'ndjson', '--article', ARTICLE_FILE).stdout.trim().split('\n')
    const json = JSON.parse(cli('query', 'quotes', '--format', 'json', '--source-text', ARTICLE_FILE).stdout) as unknown[]
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(json)
  })

  it("ends the timeline with each record's spans, by path, in text and Markdown", () => {
    const text = cli('timeline', '--from', '2025-08', '--to', '2025-08', '--source-text', ARTICLE_FILE).stdout
    const atmeh = operations.find((o) => o.id === '2025-08-atmeh-airborne-landing')!
    const spans = resolveRecordEvidence(atmeh, { sourceTexts: ARTICLE })
    expect(text).toContain(`\nEvidence words (from ${ARTICLE_FILE}, source alaraby-2025-10-24)\n\n`)
    expect(text).toContain('\n\n2025-08-atmeh-airborne-landing\n')
    for (const span of spans) expect(text).toContain(`\n  ${dotted(span.path)}  ${span.words}\n`)
    const md = cli('timeline', '--from', '2025-08', '--to', '2025-08', '--format', 'md', '--source-text', ARTICLE_FILE).stdout
    expect(md).toContain('## Evidence words\n')
    for (const span of spans) expect(md).toContain(`- \`${dotted(span.path)}\`: ${span.words}\n`)
  })

  it('gives each timeline JSON entry its evidence words', () => {
    const groups = JSON.parse(cli('timeline', '--format', 'json', '--source-text', ARTICLE_FILE).stdout) as { entries: { kind: string; id: string; evidence: { path: string; source: string; words: string }[] }[] }[]
    const entries = groups.flatMap((g) => g.entries)
    expect(entries.length).toBeGreaterThan(10)
    // Each entry carries the words of exactly its record's spans on this article; records read
    // only on other report pages (fingerprints, no spans here) carry none.
    const records = new Map<string, unknown>([...operations.map((o) => [`operation:${o.id}`, o] as const), ...quotes.map((q) => [`quote:${q.id}`, q] as const)])
    let withWords = 0
    for (const entry of entries) {
      const record = records.get(`${entry.kind}:${entry.id}`)
      expect(record, entry.id).toBeDefined()
      const expected = resolveRecordEvidence(record, { sourceTexts: ARTICLE }).map((r) => r.words)
      expect(entry.evidence.map((e) => e.words), entry.id).toEqual(expected)
      for (const e of entry.evidence) expect(ARTICLE).toContain(e.words)
      if (entry.evidence.length > 0) withWords++
    }
    expect(withWords).toBeGreaterThan(10)
  })

  it('takes a copy saved with a byte-order mark or in NFD: the offsets count NFC code points', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sci-article-'))
    writeFileSync(join(dir, 'bom.txt'), `\uFEFF${ARTICLE.normalize('NFD')}`)
    const plain = cli('query', 'actors', 'barrack', '--source-text', ARTICLE_FILE).stdout
    const { stdout, status } = cli('query', 'actors', 'barrack', '--source-text', join(dir, 'bom.txt'))
    expect(status).toBe(0)
    expect(stdout).toBe(plain.replace(ARTICLE_FILE, join(dir, 'bom.txt')))
  })

  it('leaves the output without it as it was', () => {
    expect(cli('timeline').stdout).not.toContain('Evidence words')
  })
})
