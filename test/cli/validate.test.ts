/**
 * `validate` on scratch copies of the data folder, edited the way a maintainer (or a careless
 * `sed`) would: every problem in one run, each naming file, record and field; released ids
 * guarded by the append-only release history; corrections a release could really carry.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateCommand } from '../../src/cli/commands/validate.js'
import { releaseFileHash } from '../../src/cli/release-history.js'
import type { UsageError } from '../../src/cli/usage-error.js'
import { readRecords, scratchData, writeRecords } from '../support/scratch-data.js'

type Rec = Record<string, any>

// The tests follow the release history as it grows: the latest release and the patch after it.
const RELEASES = readdirSync(join(import.meta.dirname, '..', '..', 'data', 'releases'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort((a, b) => {
    const x = a.split('.').map(Number)
    const y = b.split('.').map(Number)
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!
  })
const LATEST = RELEASES.at(-1)!
const [MAJOR, MINOR, PATCH] = LATEST.split('.').map(Number) as [number, number, number]
const NEXT_PATCH = `${MAJOR}.${MINOR}.${PATCH + 1}`
const NEXT_VERSIONS = `${NEXT_PATCH}, ${MAJOR}.${MINOR + 1}.0, ${MAJOR + 1}.0.0`

function problemsOf(dir: string): { exitCode: number; lines: string[] } {
  const { output, exitCode } = validateCommand(dir, undefined)
  return { exitCode, lines: output.split('\n').slice(1).filter((l) => l !== '').map((l) => l.replace(/^ {2}- /, '')) }
}

describe('the released-id guard', () => {
  it('fails a sed rename across data/*.json: the release history is not in data/*.json', () => {
    const dir = scratchData()
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f))
    const sed = spawnSync('sed', ['-i', 's/"tom-barrack"/"thomas-barrack"/g', ...files])
    expect(sed.status).toBe(0)
    expect(readFileSync(join(dir, 'actors.json'), 'utf8')).toContain('"thomas-barrack"')
    expect(problemsOf(dir)).toEqual({ exitCode: 1, lines: ['released id "tom-barrack" (actors, since 0.1.0) has no redirect: keep the record or add a redirect to redirects.json'] })
    // The documented fix: a redirect from the released id.
    writeRecords(dir, 'redirects.json', [...readRecords(dir, 'redirects.json'), { id: 'tom-barrack', to: 'thomas-barrack', date: '2026-11-30', reason: 'Renamed to the full first name.' }])
    expect(problemsOf(dir)).toEqual({ exitCode: 0, lines: [] })
  })

  it('detects an edit to a release record through the hash chain of the next release', () => {
    const dir = scratchData()
    const first = join(dir, 'releases', `${LATEST}.json`)
    const record = JSON.parse(readFileSync(first, 'utf8')) as Rec
    writeFileSync(join(dir, 'releases', `${NEXT_PATCH}.json`), `${JSON.stringify({ ...record, version: NEXT_PATCH, date: new Date().toISOString().slice(0, 10), previous: { version: LATEST, sha256: releaseFileHash(first) } }, null, 2)}\n`)
    expect(problemsOf(dir).exitCode).toBe(0)
    record.ids.actors = record.ids.actors.filter((id: string) => id !== 'tom-barrack')
    writeFileSync(first, `${JSON.stringify(record, null, 2)}\n`)
    expect(problemsOf(dir).lines).toEqual([expect.stringMatching(new RegExp(`^.*releases/${NEXT_PATCH.replaceAll('.', '\\.')}\\.json: "previous" does not match .*releases/${LATEST.replaceAll('.', '\\.')}\\.json .*: a release file was edited after release; restore it from git$`))])
  })
})

describe('one validate, every problem', () => {
  it('refuses a data folder with a file it cannot read, naming it with line and column (a usage error, exit 2)', () => {
    const dir = scratchData()
    writeFileSync(join(dir, 'redirects.json'), '{ "records": [ }')
    // Validating the rest would only report the records that point into the unread file.
    expect(() => validateCommand(dir, undefined)).toThrow(`${join(dir, 'redirects.json')}: not valid JSON (line 1, column 16: expected a value (object, array, string, number, true, false or null))`)
  })

  it('names every file it cannot read, one line each', () => {
    const dir = scratchData()
    writeFileSync(join(dir, 'redirects.json'), '{ "records": [ }')
    writeFileSync(join(dir, 'actors.json'), '\uFEFF{ "records": [] }')
    const error = (() => {
      try {
        validateCommand(dir, undefined)
      } catch (caught) {
        return caught as UsageError
      }
    })()
    expect(error?.lines.map((line) => line.slice(dir.length + 1).split(':')[0])).toEqual(['actors.json', 'redirects.json'])
  })

  it('reports an unformatted span, a mistyped id and fabricated Arabic in one run', () => {
    const dir = scratchData()
    const operations = readRecords<Rec>(dir, 'operations.json')
    const { source } = operations[0]!.evidence[0]
    operations[0]!.evidence[0] = { source, exact: 'مدينة الباب' } // as a maintainer writes a new span
    operations[1]!.title.ar = 'عملية لم يذكرها المقال'
    writeRecords(dir, 'operations.json', operations)
    const quotes = readRecords<Rec>(dir, 'quotes.json')
    quotes[0]!.speaker = 'abdullah-al-asad'
    writeRecords(dir, 'quotes.json', quotes)
    const { exitCode, lines } = problemsOf(dir)
    expect(exitCode).toBe(1)
    const ops = join(dir, 'operations.json')
    expect(lines).toEqual(
      expect.arrayContaining([
        `${ops}: operations[0] "2025-07-al-bab-airborne-landing" › evidence[0].type: Invalid discriminator value. Expected 'span' | 'fingerprint' | 'reference'`,
        `${ops}: operations[1] "2025-08-atmeh-airborne-landing" › title.ar: "عملية لم يذكرها المقال" is not verbatim: it occurs in none of the record's evidence words`,
        `${join(dir, 'quotes.json')}: quotes[0] "abdullah-al-asaad-intelligence-based-coordination" › speaker: unknown actor id "abdullah-al-asad" (did you mean "abdullah-al-asaad"?)`,
        'hint: spans written as { "source", "exact" } get their offsets from `npm run data:format` (in a checkout of the repository); run it, then validate again',
      ]),
    )
  })
})

describe('corrections a release can carry', () => {
  const correction = { id: 'fix-x', date: new Date().toISOString().slice(0, 10), version: NEXT_PATCH, affects: ['tom-barrack'], change: 'Corrected the English name.', reason: 'Transliteration.', evidence: [{ type: 'reference', source: 'wikipedia-en-the-new-arab', quote: 'x' }] }

  it('accepts one for the next version, dated today or before', () => {
    const dir = scratchData()
    // Released corrections are records too: a new one is added to them.
    writeRecords(dir, 'corrections.json', [...readRecords(dir, 'corrections.json'), correction])
    expect(problemsOf(dir)).toEqual({ exitCode: 0, lines: [] })
  })

  it('refuses one dated in 2030 for version 9.9.9, and one that names no record', () => {
    const dir = scratchData()
    const released = readRecords(dir, 'corrections.json')
    writeRecords(dir, 'corrections.json', [
      ...released,
      { ...correction, id: 'fix-future', date: '2030-01-01', version: NEXT_PATCH },
      { ...correction, id: 'fix-far', version: '9.9.9' },
      { ...correction, id: 'fix-old', date: '2026-11-30', version: '0.1.0' }, // 0.1.0 was released on 2026-11-29
      { ...correction, id: 'fix-nothing', affects: ['tom-barak'] },
    ])
    const file = join(dir, 'corrections.json')
    expect(problemsOf(dir).lines.sort()).toEqual(
      [
        `${file}: corrections[${released.length}] "fix-future" › date: 2030-01-01 is in the future (today is ${new Date().toISOString().slice(0, 10)})`,
        `${file}: corrections[${released.length + 1}] "fix-far" › version: "9.9.9" is neither a released version nor the next one after ${LATEST} (${NEXT_VERSIONS})`,
        `${file}: corrections[${released.length + 2}] "fix-old" › date: 2026-11-30 is after 2026-11-29, when 0.1.0 was released`,
        `${file}: corrections[${released.length + 3}] "fix-nothing" › affects[0]: correction affects "tom-barak", which this dataset does not hold (did you mean "tom-barrack"?)`,
      ].sort(),
    )
  })
})
