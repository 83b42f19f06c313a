/**
 * `export` on the built CLI: several formats in one run, into the layout the guides describe
 * (that of the package's `dist/data/`), spreadsheet options, and safety wherever it is
 * pointed: no writing through symbolic links, no overwriting without --force, no hanging.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { exportFiles } from '../../src/export/export-files.js'

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 })
  return { stdout: result.stdout, stderr: result.stderr, status: result.status }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
}

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `sci-${name}-`))

describe('export: several formats, one run, the documented layout', () => {
  it('writes csv, ndjson and geojson from one comma-separated --format', () => {
    const out = fresh('multi')
    const { status, stdout, stderr } = cli('export', '--format', 'csv,ndjson,geojson', '--out', out)
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const expected = [...exportFiles(undefined, { formats: ['csv', 'datapackage', 'ndjson', 'geojson'] }).keys()].sort()
    expect(stdout.split('\n')[0]).toBe(`Wrote ${expected.length} files (csv, ndjson, geojson):`)
    expect(filesUnder(out)).toEqual(expected)
  })

  it('writes with --all exactly the files the package ships in dist/data/, byte for byte', () => {
    const out = fresh('all')
    expect(cli('export', '--all', '--out', out).status).toBe(0)
    const shipped = join(ROOT, 'dist', 'data')
    expect(filesUnder(out)).toEqual(filesUnder(shipped).filter((f) => !f.endsWith('.parquet')))
    for (const file of filesUnder(out)) {
      if (file === 'datapackage.json') continue
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(shipped, file), 'utf8'))
    }
    // The Parquet twins are built with DuckDB at build time and shipped, not written by the CLI:
    // its data package describes exactly the files it wrote.
    const pkg = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { resources: { format?: string }[] }
    const shippedPackage = pkg(join(shipped, 'datapackage.json'))
    expect(pkg(join(out, 'datapackage.json'))).toEqual({ ...shippedPackage, resources: shippedPackage.resources.filter((r) => r.format !== 'parquet') })
  })

  it('adds a byte order mark with --bom, described by datapackage.json', () => {
    const out = fresh('bom')
    expect(cli('export', '--format', 'csv', '--bom', '--out', out).status).toBe(0)
    const bytes = readFileSync(join(out, 'csv', 'actors.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { resources: { name: string; bytes: number }[] }
    expect(pkg.resources.find((r) => r.name === 'actors')?.bytes).toBe(bytes.byteLength)
    expect(readFileSync(join(out, 'csv', 'operations.csv'), 'utf8').startsWith('\uFEFFid,')).toBe(true)
  })

  it('defuses formula-like cells with --escape-formulas, and dropping the leading quote undoes it', () => {
    const plain = fresh('plain')
    const escaped = fresh('escaped')
    expect(cli('export', '--format', 'csv', '--out', plain).status).toBe(0)
    expect(cli('export', '--format', 'csv', '--escape-formulas', '--out', escaped).status).toBe(0)
    let changed = 0
    let formulaLike = 0
    for (const file of filesUnder(join(plain, 'csv'))) {
      const before = parse(readFileSync(join(plain, 'csv', file)), { relax_column_count: false }) as string[][]
      const after = parse(readFileSync(join(escaped, 'csv', file)), { relax_column_count: false }) as string[][]
      for (const [r, row] of after.entries())
        for (const [c, cell] of row.entries()) {
          expect(cell).not.toMatch(/^[=+\-@\t\r]/)
          if (cell !== before[r]?.[c]) changed++
          // A leading quote is escaped too, so that dropping one undoes the escaping exactly.
          if (/^[=+\-@\t\r']/.test(before[r]?.[c] ?? '')) formulaLike++
          expect(cell.startsWith("'") ? cell.slice(1) : cell).toBe(before[r]?.[c])
        }
    }
    // Exactly the cells that start that way change (such as an evidence quote that opens with a
    // quote mark); src/export/format-csv.test.ts proves the escaping round-trips on every kind of cell.
    expect(changed).toBe(formulaLike)
  })

  it('refuses --bom and --escape-formulas without csv, and --format with --all', () => {
    expect(cli('export', '--format', 'ndjson', '--bom', '--out', fresh('x')).stderr).toContain('--bom applies to CSV files; add csv to --format')
    expect(cli('export', '--format', 'geojson', '--escape-formulas', '--out', fresh('x')).stderr).toContain('--escape-formulas applies to CSV files')
    expect(cli('export', '--all', '--format', 'csv', '--out', fresh('x')).stderr).toContain('give either --format or --all, not both')
  })
})

describe('export is safe to point anywhere', () => {
  function refused(args: string[], message: string) {
    const { status, stdout, stderr } = cli('export', ...args)
    expect(stdout).toBe('')
    expect(stderr).toBe(`syria-counter-isis: ${message}\nRun "syria-counter-isis --help" for usage.\n`)
    expect(status).toBe(2)
  }

  it('refuses to overwrite existing files unless --force, and leaves them as they were', () => {
    const out = fresh('force')
    expect(cli('export', '--format', 'ndjson', '--out', out).status).toBe(0)
    writeFileSync(join(out, 'ndjson', 'actors.ndjson'), 'mine\n')
    refused(['--format', 'ndjson', '--out', out], `${join(out, 'ndjson', 'sources.ndjson')} already exists; add --force to overwrite the export files`)
    expect(readFileSync(join(out, 'ndjson', 'actors.ndjson'), 'utf8')).toBe('mine\n')
    expect(cli('export', '--format', 'ndjson', '--force', '--out', out).status).toBe(0)
    expect(readFileSync(join(out, 'ndjson', 'actors.ndjson'), 'utf8')).not.toBe('mine\n')
  })

  it('never writes through a symbolic link inside --out, even with --force', () => {
    const outside = fresh('outside')
    const out = fresh('links')
    symlinkSync(outside, join(out, 'csv'))
    refused(['--format', 'csv', '--force', '--out', out], `refusing to write through the symbolic link ${join(out, 'csv')}`)
    const out2 = fresh('links2')
    mkdirSync(join(out2, 'ndjson'))
    symlinkSync(join(outside, 'victim.txt'), join(out2, 'ndjson', 'actors.ndjson'))
    refused(['--format', 'ndjson', '--force', '--out', out2], `refusing to write through the symbolic link ${join(out2, 'ndjson', 'actors.ndjson')}`)
    expect(readdirSync(outside)).toEqual([])
    expect(existsSync(join(out2, 'ndjson', 'sources.ndjson'))).toBe(false)
  })

  it('refuses an empty --out, a file as --out, and a path it cannot create, without hanging', () => {
    refused(['--format', 'csv', '--out', ''], '--out must name a folder; got an empty path')
    const file = join(fresh('file'), 'a-file')
    writeFileSync(file, 'x')
    refused(['--format', 'csv', '--out', file], `--out ${file} is not a folder`)
    refused(['--format', 'csv', '--out', join(file, 'below')], `cannot write ${join(file, 'below')} (ENOTDIR)`)
    // Node's recursive mkdir retries forever where every try answers ENOENT (/proc): folders are made one by one.
    if (existsSync('/proc/self')) refused(['--format', 'csv', '--out', '/proc/no-such-folder/x'], 'cannot write /proc/no-such-folder/x (ENOENT)')
  })

  it('refuses a FIFO where a file goes instead of blocking on it', () => {
    const out = fresh('fifo')
    mkdirSync(join(out, 'geojson'))
    const fifo = join(out, 'geojson', 'locations.geojson')
    if (spawnSync('mkfifo', [fifo]).status !== 0) return // no mkfifo on this system: nothing to test
    expect(lstatSync(fifo).isFIFO()).toBe(true)
    refused(['--format', 'geojson', '--force', '--out', out], `cannot write ${fifo}: something other than a file is there`)
  })
})
