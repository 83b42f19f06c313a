/**
 * The command-line tool as users run it: the built `dist/cli.js` in a subprocess (npm test
 * builds first). Output that users read in a terminal is pinned by file snapshots.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_SNAPSHOTS } from '../../scripts/lib/cli-snapshots.js'
import { ROOT } from '../../scripts/lib/paths.js'
import { OPERATION_TYPES } from '../../src/schemas/vocabulary-values.js'

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' })
  return { stdout: result.stdout, stderr: result.stderr, status: result.status }
}

describe('output for the terminal', () => {
  // The snapshot files are written by `npm run generate` (scripts/lib/cli-snapshots.ts), never by hand.
  it.each(CLI_SNAPSHOTS)('$file holds the output of syria-counter-isis $args', ({ file, args }) => {
    const { stdout, status } = cli(...args)
    expect(status).toBe(0)
    expect(stdout, `${file} is stale: run \`npm run generate\` and review the diff`).toBe(readFileSync(join(ROOT, file), 'utf8'))
  })

  it('prints a query as an aligned table, Arabic last on each line', () => {
    const { stdout, status } = cli('query', 'operations', '--location', 'rif-dimashq')
    expect(status).toBe(0)
    const lines = stdout.split('\n').filter((l) => /^(2025|\.\.\/)/.test(l))
    expect(lines).toHaveLength(3)
    // Every row's "title (ar)" column starts at the same cell as the header's.
    const header = stdout.split('\n')[0]!
    for (const line of lines) expect(line.search(/[\u0600-\u06FF]/)).toBe(header.indexOf('title (ar)'))
  })

  it('renders the timeline as JSON', () => {
    const json = JSON.parse(cli('timeline', '--by', 'year', '--format', 'json').stdout) as { key: string; entries: unknown[] }[]
    // Muadamiyat al-Qalamoun (../2025-10-18, start unknown) is not inside 2025: a group of its own.
    expect(json.map((g) => g.key)).toEqual(['../2025', '2025'])
    expect(json.map((g) => g.entries.length)).toEqual([1, 12]) // 6 operations and the 7 dated quotes
  })
})

describe('query operations', () => {
  it('filters by actor and role, minimum killed, in every format', () => {
    const args = ['query', 'operations', '--actor', 'global-coalition', '--role', 'lead', '--min-killed', '1']
    const ids = ['2025-08-atmeh-airborne-landing', '2025-09-al-jurayjisa-airborne-landing', '2025-10-18-al-dumayr-ground-incursion']
    expect((JSON.parse(cli(...args, '--format', 'json').stdout) as { id: string }[]).map((o) => o.id)).toEqual(ids)
    expect(cli(...args, '--format', 'ndjson').stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(ids)
    const csv = cli(...args, '--format', 'csv').stdout.split('\r\n')
    expect(csv[0]?.startsWith('id,title_en,title_ar,date,')).toBe(true)
    expect(csv.filter((l) => l !== '').length).toBe(4)
  })
})

describe('export', () => {
  it.each([
    ['csv', 'csv/operations.csv'],
    ['ndjson', 'ndjson/operations.ndjson'],
    ['geojson', 'geojson/operations.geojson'],
  ])('writes %s files into --out', (format, file) => {
    const out = mkdtempSync(join(tmpdir(), 'sci-export-'))
    const { status, stdout } = cli('export', '--format', format, '--out', out)
    expect(status).toBe(0)
    expect(stdout).toContain(join(out, file))
    expect(readFileSync(join(out, file), 'utf8').length).toBeGreaterThan(100)
    if (format === 'csv') expect(readdirSync(out)).toContain('datapackage.json')
  })
})

describe('validate', () => {
  it('accepts the repository data folder, spans checked against the source text', () => {
    const { status, stdout } = cli('validate', 'data')
    const releases = readdirSync(join(ROOT, 'data', 'releases')).filter((f) => f.endsWith('.json')).length
    expect(stdout).toBe(`✓ data: valid (data folder, 1 source text(s) found, ${releases} release(s) on record)\n`)
    expect(status).toBe(0)
  })

  it("lists every problem of a user's records with file, record id and field, and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sci-validate-'))
    const file = join(dir, 'operations.json')
    const shipped = JSON.parse(readFileSync(join(ROOT, 'data/operations.json'), 'utf8')) as { records: unknown[] }
    const bad = { id: 'my-op', title: { en: 'x' }, date: '2025-13', dateBasis: 'explicit', location: 'al-bab', types: ['raid'], assertedBy: 'reporter', certainty: 'reported', evidence: [] }
    writeFileSync(file, JSON.stringify({ records: [...shipped.records, bad] }))
    const { status, stdout, stderr } = cli('validate', file)
    expect(status).toBe(1)
    expect(stderr).toBe('')
    const at = `operations[${shipped.records.length}] "my-op"`
    expect(stdout.split('\n').slice(1, 4)).toEqual([
      `  - ${file}: ${at} › date: invalid EDTF date: "2025-13": month 13 does not exist`,
      `  - ${file}: ${at} › types[0]: Invalid option: expected one of ${OPERATION_TYPES.map((t) => `"${t}"`).join('|')}`,
      `  - ${file}: ${at} › evidence: Too small: expected array to have >=1 items`,
    ])
  })

  it('checks an unmodified copy of one shipped file as replacing that kind, and says so', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sci-validate-')), 'operations.json')
    writeFileSync(file, readFileSync(join(ROOT, 'data/operations.json')))
    const { status, stdout } = cli('validate', file)
    expect(stdout).toBe(`✓ ${file}: valid (6 operations replacing the shipped operations; other kinds from the shipped data; spans checked for consistency only)\n`)
    expect(status).toBe(0)
  })
})

describe('user mistakes: one clear line on stderr, exit 2, no stack trace', () => {
  it.each([
    [['query', 'operations', '--actor', 'tom-barack'], '--actor: unknown id "tom-barack" (did you mean "tom-barrack"?)'],
    [['query', 'operations', '--frm', '2025'], 'unknown option --frm'],
    [['query', 'operations', '--from', 'last week'], '--from must be an EDTF date such as 2025, 2025-08 or 2025-10-18; got "last week"'],
    [['query', 'operations', '--min-killed', 'many'], '--min-killed must be a whole number (0, 1, 2, ...); got "many"'],
    [['query', 'people'], 'expected "query operations|quotes|actors|locations"; got "query people"'],
    [['timeline', '--by', 'week'], '--by must be one of day, month, year; got "week"'],
    [['timeline', '--out', 'x'], 'timeline does not take --out'],
    [['export', '--format', 'xlsx', '--out', 'x'], '--format must be one of csv, ndjson, geojson, json-schema; got "xlsx"'],
    [['export', '--format', 'csv'], 'export needs --out DIR (the folder to write into)'],
    [['validate', 'no/such/file.json'], 'no/such/file.json: no such file or folder'],
    [['frobnicate'], 'unknown command "frobnicate" (commands: timeline, query operations|quotes|actors|locations, export, validate)'],
  ])('%j', (args, message) => {
    const { status, stdout, stderr } = cli(...args)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`syria-counter-isis: ${message}\nRun "syria-counter-isis --help" for usage.\n`)
  })

  it('reports a file that is not JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sci-bad-')), 'operations.json')
    writeFileSync(file, '{ not json')
    const { status, stderr } = cli('validate', file)
    expect(status).toBe(2)
    expect(stderr.split('\n')[0]).toMatch(new RegExp(`^syria-counter-isis: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON \\(`))
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})

describe('--help and --version', () => {
  it('prints usage and the version', () => {
    expect(cli('--help').stdout).toContain('Usage: syria-counter-isis <command> [options]')
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(cli('--version').stdout).toMatch(new RegExp(`^syria-counter-isis ${pkg.version.replace(/\./g, '\\.')} \\(dataset released \\d{4}-\\d{2}-\\d{2}\\)\\n$`))
  })
})
