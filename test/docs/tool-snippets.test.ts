/**
 * The R, pandas, DuckDB and GDAL/QGIS snippets of the exports guide, run as they are printed
 * (extracted from docs/exports-and-cli.md, not copied) in a folder laid out as `export --all`
 * writes it. Each must read every byte as written: the text cells it reads back equal the CSV
 * cells exactly (the spaces at the edges of evidence words included), its answers equal the
 * query helpers', and the types it infers match the data package's. R and pandas come from the
 * system (Debian: r-cran-readr, python3-pandas; GDAL: gdal-bin); where one is missing its tests
 * are skipped with a notice saying so, never passed silently.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { beforeAll, describe, expect, it } from 'vitest'
import { dataset } from '../../src/data/index.js'
import { CSV_TABLES, type CsvFieldType } from '../../src/export/csv-tables.js'
import { exportFiles } from '../../src/export/export-files.js'
import { toTables } from '../../src/export/to-tables.js'
import { filterOperations } from '../../src/query/filter-operations.js'
import { quotesBy } from '../../src/query/quotes-by.js'
import { operationCategory } from '../../src/schemas/operation-category.js'
import { readRepoFile } from './run-examples.js'

const GUIDE = readRepoFile('docs/exports-and-cli.md')
// The section ends at the next heading of its level (Parquet has its own section and snippets).
const SECTION = GUIDE.slice(GUIDE.indexOf('## In R, pandas, DuckDB and QGIS'), GUIDE.indexOf('\n## ', GUIDE.indexOf('## In R, pandas, DuckDB and QGIS') + 5))

function snippet(language: string): string {
  const blocks = [...SECTION.matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter((m) => m[1] === language).map((m) => m[2] ?? '')
  expect(blocks, `one ${language} block in the guide`).toHaveLength(1)
  return blocks[0] ?? ''
}

function works(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  return result.status === 0
}

const RSCRIPT = works('Rscript', ['-e', 'library(readr)']) ? 'Rscript' : undefined
const PYTHON = ['python3', '/usr/bin/python3'].find((python) => works(python, ['-c', 'import pandas']))
const GDAL = works('ogrinfo', ['--version'])
for (const [tool, found, install] of [
  ['R with readr', RSCRIPT, 'apt-get install r-base-core r-cran-readr'],
  ['pandas', PYTHON, 'apt-get install python3-pandas'],
  ['GDAL', GDAL || undefined, 'apt-get install gdal-bin'],
] as const) {
  if (found === undefined) console.warn(`NOTICE: ${tool} is not installed here, so its snippet test is SKIPPED (${install} to run it).`)
}

let folder = ''
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sci-snippets-'))
  const files = exportFiles(dataset, { sha256: (bytes) => createHash('sha256').update(bytes).digest('hex') })
  for (const [path, text] of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true })
    writeFileSync(join(folder, path), text)
  }
})

// The CSV cells the snippets must read back unchanged, and their stand-in for a missing value.
const MISSING = '\u241f'
const SEPARATOR = '\u001e'
const tables = toTables(dataset)
const TEXT_COLUMNS = [
  ['evidence', 'quote'],
  ['evidence', 'locator'],
  ['evidence', 'exact'],
  ['operations', 'title_ar'],
  ['operations', 'date'],
] as const
const expectedText = (table: 'evidence' | 'operations', column: string) =>
  (tables[table] as readonly Readonly<Record<string, unknown>>[]).map((row) => (row[column] === null ? MISSING : String(row[column])))
const coalitionLed = filterOperations({ actors: ['global-coalition'], role: 'lead' }).map((o) => o.id).sort()
// What the category filter of the snippets keeps, read off the records' types.
const ofCategory = (category: 'operation' | 'development') => dataset.operations.filter((o) => operationCategory(o) === category).map((o) => o.id).sort()
// Read back from a file of one id per line; an empty file is no ids.
const idsIn = (file: string) => readFileSync(join(folder, file), 'utf8').split('\n').filter((line) => line !== '')

// What each tool should infer for a column of the data package's type (for columns with a value).
function readBack(name: string): string[] {
  return readFileSync(join(folder, name), 'utf8').split(SEPARATOR)
}

function typesOf(file: string): Map<string, string> {
  return new Map(readFileSync(join(folder, file), 'utf8').trim().split('\n').map((line) => line.split('\t') as [string, string]))
}

function expectTypes(inferred: Map<string, string>, expected: Readonly<Record<CsvFieldType, readonly string[]>>): void {
  for (const column of CSV_TABLES.operations.columns) {
    if (tables.operations.every((row) => (row as Readonly<Record<string, unknown>>)[column.name] === null)) continue // nothing to infer from
    expect(expected[column.type], `${column.name} (${column.type}) read as ${inferred.get(column.name)}`).toContain(inferred.get(column.name))
  }
}

describe.skipIf(RSCRIPT === undefined)('the R (readr) snippet', () => {
  it('reads every byte as written, answers as the query helpers do, with the types of the data package', () => {
    const dump = TEXT_COLUMNS.map(
      ([table, column]) => `cat(paste(ifelse(is.na(${table}$${column}), "${MISSING}", ${table}$${column}), collapse = "${SEPARATOR}"), file = "r-${table}-${column}.txt")`,
    )
    const checks = [
      ...dump,
      'writeLines(sort(coalition_led$id), "r-coalition-led.txt")',
      'writeLines(sort(operations_only$id), "r-operations-only.txt")',
      'writeLines(sort(developments$id), "r-developments.txt")',
      'writeLines(paste(names(operations), sapply(operations, function(x) class(x)[1]), sep = "\\t"), "r-types.txt")',
    ]
    const script = join(folder, 'snippet.R')
    writeFileSync(script, `${snippet('r')}\n${checks.join('\n')}\n`)
    const result = spawnSync(RSCRIPT ?? 'Rscript', [script], { cwd: folder, encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    for (const [table, column] of TEXT_COLUMNS) expect(readBack(`r-${table}-${column}.txt`), `${table}.${column}`).toEqual(expectedText(table, column))
    expect(readFileSync(join(folder, 'r-coalition-led.txt'), 'utf8').trim().split('\n')).toEqual(coalitionLed)
    expect([idsIn('r-operations-only.txt'), idsIn('r-developments.txt')]).toEqual([ofCategory('operation'), ofCategory('development')])
    expectTypes(typesOf('r-types.txt'), { string: ['character'], integer: ['numeric'], number: ['numeric'], boolean: ['logical'], date: ['Date'] })
  })
})

describe.skipIf(PYTHON === undefined)('the pandas snippet', () => {
  it('reads every byte as written, answers as the query helpers do, with the types of the data package', () => {
    const dump = TEXT_COLUMNS.map(
      ([table, column]) =>
        `open("py-${table}-${column}.txt", "w", encoding="utf-8").write("${SEPARATOR}".join("${MISSING}" if pd.isna(v) else str(v) for v in ${table}["${column}"]))`,
    )
    const checks = [
      ...dump,
      'open("py-coalition-led.txt", "w", encoding="utf-8").write("\\n".join(sorted(coalition_led.id)))',
      'open("py-operations-only.txt", "w", encoding="utf-8").write("\\n".join(sorted(operations_only.id)))',
      'open("py-developments.txt", "w", encoding="utf-8").write("\\n".join(sorted(developments.id)))',
      'open("py-types.txt", "w", encoding="utf-8").write("\\n".join(f"{c}\\t{t}" for c, t in operations.dtypes.astype(str).items()))',
      'open("py-barrack.txt", "w", encoding="utf-8").write("\\n".join(f"{i}\\t{t.get(\'ar\', \'\')}" for i, t in zip(barrack.id, barrack.text)))',
    ]
    const script = join(folder, 'snippet.py')
    writeFileSync(script, `${snippet('python')}\n${checks.join('\n')}\n`)
    const result = spawnSync(PYTHON ?? 'python3', [script], { cwd: folder, encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    for (const [table, column] of TEXT_COLUMNS) expect(readBack(`py-${table}-${column}.txt`), `${table}.${column}`).toEqual(expectedText(table, column))
    expect(readFileSync(join(folder, 'py-coalition-led.txt'), 'utf8').split('\n')).toEqual(coalitionLed)
    expect([idsIn('py-operations-only.txt'), idsIn('py-developments.txt')]).toEqual([ofCategory('operation'), ofCategory('development')])
    expect(readFileSync(join(folder, 'py-barrack.txt'), 'utf8')).toBe(quotesBy('tom-barrack').map((q) => `${q.id}\t${q.text.ar ?? ''}`).join('\n'))
    // Text is `object`; an integer column with missing values becomes float64 in pandas.
    expectTypes(typesOf('py-types.txt'), { string: ['object'], integer: ['int64', 'float64'], number: ['float64'], boolean: ['bool'], date: ['object'] })
  })
})

describe('the DuckDB snippet', () => {
  it('answers its three questions as the query helpers and the records do', async () => {
    const instance = await DuckDBInstance.create(':memory:')
    const db = await instance.connect()
    try {
      await db.run(`SET file_search_path = '${folder.replaceAll("'", "''")}'`)
      const statements = snippet('sql').split(/;\s*\n/).map((s) => s.trim()).filter((s) => s.replace(/--.*$/gm, '').trim() !== '')
      expect(statements).toHaveLength(3)
      const [killed, barrack, byCategory] = await Promise.all(statements.map(async (sql) => (await db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[]))
      const expected = filterOperations({ actors: ['global-coalition'], role: 'lead', minKilled: 1 }).map((o) => o.id)
      expect(killed?.map((r) => r.id)).toEqual(expected)
      expect(barrack).toEqual(quotesBy('tom-barrack').map((q) => ({ id: q.id, language: q.language, english: q.text.en, arabic: q.text.ar ?? null })))
      const counted = (['development', 'operation'] as const)
        .map((category) => {
          const of = dataset.operations.filter((o) => operationCategory(o) === category)
          return { category, records: BigInt(of.length), with_destination: BigInt(of.filter((o) => o.destination !== undefined).length) }
        })
        .filter((row) => row.records > 0n)
      expect(byCategory).toEqual(counted)
    } finally {
      db.closeSync()
      instance.closeSync()
    }
  })
})

describe.skipIf(!GDAL)('the GDAL (QGIS) snippet', () => {
  it('sees every operations.csv column and every placed operation, and converts to a GeoPackage', () => {
    const lines = snippet('sh').trim().split('\n')
    const [info, ...rest] = lines.map((line) => spawnSync('sh', ['-c', line], { cwd: folder, encoding: 'utf8' }))
    for (const result of [info, ...rest]) expect(result?.status, result?.stderr).toBe(0)
    const fields = new Map([...(info?.stdout ?? '').matchAll(/^(\w+): (\w+)/gm)].map((m) => [m[1] ?? '', m[2] ?? '']))
    const placed = tables.operations.filter((row) => row.lat !== null).length
    expect(info?.stdout).toContain(`Feature Count: ${placed}`)
    for (const column of CSV_TABLES.operations.columns) expect(fields.has(column.name), column.name).toBe(true)
    expect(fields.get('fatalities_max')).toBe('Integer')
    expect(fields.get('date_uncertain')).toBe('Integer') // GDAL reads JSON booleans as Integer (subtype Boolean)
    expect(existsSync(join(folder, 'syria.gpkg'))).toBe(true)
  })
})
