/**
 * The progress line of `validate` and `export`: on a terminal, steps rewritten in place on stderr
 * and a closing line with counts and time; in a pipe or CI, nothing beyond the usual output.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { exportCommand } from '../../src/cli/commands/export.js'
import { validateCommand } from '../../src/cli/commands/validate.js'
import { progressLine } from '../../src/cli/progress.js'
import { dataset } from '../../src/data/index.js'
import { readRecords, scratchData, writeRecords } from '../support/scratch-data.js'

const RECORDS = Object.values(dataset).reduce((n, records) => n + records.length, 0)

/** A stand-in stderr, and a clock that stands still (the time shown is then always 0.00 s). */
function terminal(isTTY: boolean, env: NodeJS.ProcessEnv = {}) {
  const writes: string[] = []
  const progress = progressLine({ isTTY, write: (text) => writes.push(text) }, env, () => 0)
  return { writes, progress }
}

describe('on a terminal', () => {
  it('validate shows its steps on one line, then the record count, the problems and the time', () => {
    const { writes, progress } = terminal(true)
    expect(validateCommand(join(ROOT, 'data'), undefined, progress).exitCode).toBe(0)
    expect(writes).toEqual([
      `\r\u001b[2Kreading ${join(ROOT, 'data')}…`,
      `\r\u001b[2Kvalidating ${RECORDS} records…`,
      `\r\u001b[2Kvalidated ${RECORDS} records: no problems in 0.00 s\n`,
    ])
  })

  it('validate counts the problems it found', () => {
    const dir = scratchData()
    writeRecords(dir, 'redirects.json', [...readRecords(dir, 'redirects.json'), { id: 'no-such-record', to: 'nowhere', date: '2026-11-30', reason: 'Typo.' }])
    const { writes, progress } = terminal(true)
    expect(validateCommand(dir, undefined, progress).exitCode).toBe(1)
    expect(writes.at(-1)).toMatch(new RegExp(`^\\r\\u001b\\[2Kvalidated ${RECORDS + 1} records: [1-9]\\d* problems? in 0\\.00 s\\n$`))
  })

  it('export shows its steps, then the files written, their size and the time', () => {
    const out = mkdtempSync(join(tmpdir(), 'sci-progress-'))
    const { writes, progress } = terminal(true)
    const result = exportCommand({ format: 'ndjson', out }, progress)
    const files = result.output.split('\n').filter((line) => line.startsWith('  ')).length
    expect(writes.slice(0, 2)).toEqual(['\r\u001b[2Kbuilding ndjson…', `\r\u001b[2Kwriting ${files} files to ${out}…`])
    expect(writes[2]).toMatch(new RegExp(`^\\r\\u001b\\[2Kexported ${files} files, \\d+\\.\\d MB in 0\\.00 s\\n$`))
  })
})

describe('in a pipe or CI', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const { writes, progress } = terminal(false)
    validateCommand(join(ROOT, 'data'), undefined, progress)
    expect(writes).toEqual([])
  })

  it('writes nothing in CI, even on a terminal', () => {
    const { writes, progress } = terminal(true, { CI: 'true' })
    exportCommand({ format: 'ndjson', out: mkdtempSync(join(tmpdir(), 'sci-progress-')) }, progress)
    expect(writes).toEqual([])
  })

  it('the CLI prints nothing extra on a piped stderr', () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '' } })
    const validate = cli('validate', 'data')
    expect(validate.stderr).toBe('')
    expect(validate.stdout).toMatch(/^✓ data: valid \(.*\)\n$/)
    const exported = cli('export', '--format', 'csv', '--out', mkdtempSync(join(tmpdir(), 'sci-progress-')))
    expect(exported.stderr).toBe('')
    expect(exported.stdout).toMatch(/^Wrote \d+ files \(csv\):\n/)
  })
})
