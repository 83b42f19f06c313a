/**
 * `query quotes|actors|locations` and the rules every query shares, on the built CLI: the
 * researcher's questions of the guides, each format, and the mistakes that must not pass
 * silently. Terminal tables are pinned by file snapshots.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { dataset } from '../../src/data/index.js'
import { filterOperations } from '../../src/query/filter-operations.js'

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' })
  return { stdout: result.stdout, stderr: result.stderr, status: result.status }
}

function ids(...args: string[]): string[] {
  const { stdout, status, stderr } = cli(...args, '--format', 'json')
  expect(stderr).toBe('')
  expect(status).toBe(0)
  return (JSON.parse(stdout) as { id: string }[]).map((r) => r.id)
}

describe('query quotes', () => {
  it('answers "what did Tom Barrack say", as a bilingual table', async () => {
    const { stdout, status } = cli('query', 'quotes', '--speaker', 'tom-barrack')
    expect(status).toBe(0)
    expect(stdout).toContain('Syria is back on our side.')
    expect(stdout).toContain('سورية عادت إلى صفّنا')
    await expect(stdout).toMatchFileSnapshot('__snapshots__/query-quotes-tom-barrack.txt')
  })

  it('finds quotes about an operation, and in a date range (undated quotes never match a date)', async () => {
    expect(ids('query', 'quotes', '--operation', '2025-10-muadamiyat-al-qalamoun-cell-dismantling')).toEqual([
      'interior-ministry-cell-dismantled-announcement',
      'interior-ministry-operation-results',
      'interior-ministry-proactive-approach',
    ])
    expect(ids('query', 'quotes', '--from', '2025-04', '--to', '2025-05')).toEqual(['isis-warning-to-al-sharaa', 'white-house-sanctions-conditions'])
    await expect(cli('query', 'quotes', '--from', '2025-10', '--to', '2025-10').stdout).toMatchFileSnapshot('__snapshots__/query-quotes-october.txt')
  })

  it('prints CSV with the columns of quotes.csv and NDJSON with one quote a line', () => {
    const rows = parse(cli('query', 'quotes', '--speaker', 'firas-allawi', '--format', 'csv').stdout, { columns: true }) as { id: string; speaker_id: string }[]
    expect(rows.map((r) => r.speaker_id)).toEqual(['firas-allawi', 'firas-allawi', 'firas-allawi'])
    const lines = cli('query', 'quotes', '--speaker', 'firas-allawi', '--format', 'ndjson').stdout.split('\n')
    expect(lines).toHaveLength(4)
    expect(lines.slice(0, 3).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(rows.map((r) => r.id))
  })
})

describe('query operations --grade', () => {
  it('keeps the operations of the grades given, as filterOperations does, and names a mistyped grade', () => {
    for (const grade of ['contested', 'acknowledged', 'corroborated', 'single-source'] as const) {
      expect(ids('query', 'operations', '--grade', grade)).toEqual(filterOperations({ grade: [grade] }).map((op) => op.id))
    }
    expect(ids('query', 'operations', '--grade', 'contested', '--grade', 'single-source')).toEqual(filterOperations({ grade: ['contested', 'single-source'] }).map((op) => op.id))
    const bad = cli('query', 'operations', '--grade', 'contestd')
    expect(bad.status).not.toBe(0)
    expect(bad.stderr).toMatch(/--grade must be one of contested, acknowledged, corroborated, single-source; got "contestd"/)
  })
})

describe('--category', () => {
  it('keeps the operation records of one category in query operations and timeline, and names a mistyped one', () => {
    for (const category of ['operation', 'development'] as const) {
      expect(ids('query', 'operations', '--category', category)).toEqual(filterOperations({ category }).map((op) => op.id))
    }
    const timeline = cli('timeline', '--category', 'development', '--format', 'json')
    expect(timeline.status).toBe(0)
    const kinds = (JSON.parse(timeline.stdout) as { entries: { kind: string; id: string }[] }[]).flatMap((g) => g.entries)
    // The operation entries left are exactly the developments (the quotes stay, as without --category).
    const developments = filterOperations({ category: 'development' }).map((op) => op.id)
    expect(developments.length).toBeGreaterThan(0)
    expect(kinds.filter((e) => e.kind === 'operation').map((e) => e.id).sort()).toEqual([...developments].sort())
    for (const args of [['query', 'operations'], ['timeline']]) {
      const bad = cli(...args, '--category', 'developments')
      expect(bad.status).toBe(2)
      expect(bad.stderr).toContain('--category must be one of operation, development; got "developments" (did you mean "development"?)')
    }
  })
})

describe('query actors and query locations', () => {
  it('searches names and aliases in Arabic and English', async () => {
    expect(ids('query', 'actors', 'براك')).toEqual(['tom-barrack'])
    expect(ids('query', 'actors', 'Barrack')).toEqual(['tom-barrack'])
    expect(ids('query', 'actors', 'daesh')).toEqual(['isis', 'global-coalition-alliance'])
    expect(ids('query', 'locations', 'اطمه')).toEqual(['atmeh'])
    expect(ids('query', 'locations', 'al bab')).toEqual(['al-bab'])
    await expect(cli('query', 'locations', 'harasta').stdout).toMatchFileSnapshot('__snapshots__/query-locations-harasta.txt')
  })

  it('lists every record without a search text, in a bilingual table', async () => {
    const { stdout } = cli('query', 'actors')
    expect(stdout).toMatch(/^id +kind +name \(en\) +name \(ar\)\n/)
    await expect(stdout).toMatchFileSnapshot('__snapshots__/query-actors.txt')
    expect(stdout).toContain(`\n${dataset.actors.length} actors\n`)
    const csv = parse(cli('query', 'locations', '--format', 'csv').stdout, { columns: true }) as { id: string }[]
    expect(csv.length).toBe(ids('query', 'locations').length)
  })
})

describe('mistakes every query refuses', () => {
  it.each([
    [['query', 'operations', '--role', 'lead'], '--role needs --actor (the role is the part those actors played)'],
    [['query', 'operations', '--format', 'csv', '--format', 'json'], '--format was given more than once; give it once'],
    [['query', 'operations', '--from', '2025-07', '--from', '2025-08'], '--from was given more than once; give it once'],
    [['query', 'quotes', '--speaker', 'tom-barack'], '--speaker: unknown id "tom-barack" (did you mean "tom-barrack"?)'],
    [['query', 'quotes', '--role', 'lead'], 'query quotes does not take --role'],
    [['query', 'quotes', '--format', 'xml'], '--format must be one of table, csv, json, ndjson; got "xml"'],
    [['query', 'actors', 'tom', 'barrack'], 'query actors takes one search TEXT (quote it if it has spaces); got 2'],
    [['query', 'locations', '--from', '2025'], 'query locations does not take --from'],
    [['query', 'quotes', 'extra'], 'query quotes takes no arguments; got "extra"'],
  ])('%j', (args, message) => {
    const { status, stdout, stderr } = cli(...args)
    expect(stdout).toBe('')
    expect(stderr).toBe(`syria-counter-isis: ${message}\nRun "syria-counter-isis --help" for usage.\n`)
    expect(status).toBe(2)
  })
})

describe('every command line of the guides', () => {
  const GUIDES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]
  const lines = GUIDES.flatMap((file) =>
    [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^(?:\$ )?npx syria-counter-isis (.+)$/gm)].map((m) => [file, (m[1] ?? '').trim()] as const),
  )

  it('finds them', () => {
    expect(lines.length).toBeGreaterThan(10)
  })

  // Each in a fresh folder holding a copy of the data folder (for `validate ./my-data`).
  it.each(lines)('%s: syria-counter-isis %s', (_file, args) => {
    const cwd = mkdtempSync(join(tmpdir(), 'sci-guide-'))
    cpSync(join(ROOT, 'data'), join(cwd, 'my-data'), { recursive: true })
    cpSync(join(ROOT, 'data'), join(cwd, 'data'), { recursive: true })
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'dist/cli.js')}" ${args}`], { cwd, encoding: 'utf8', timeout: 30_000 })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
