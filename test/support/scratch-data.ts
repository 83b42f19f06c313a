import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DATA_DIR } from '../../scripts/lib/paths.js'

/**
 * A scratch copy of the repository's data folder (records, release history, source texts) in a
 * temporary directory, for tests that edit data as a maintainer would. The real `data/` is
 * never touched.
 */
export function scratchData(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'sci-data-')), 'data')
  cpSync(DATA_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${join(DATA_DIR, 'schema')}`) })
  return dir
}

/** Reads the records of one data file of a scratch folder. */
export function readRecords<T = Record<string, unknown>>(dir: string, file: string): T[] {
  return (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { records: T[] }).records
}

/** Writes the records of one data file of a scratch folder, as the formatter lays them out. */
export function writeRecords(dir: string, file: string, records: readonly unknown[]): void {
  const schema = `./schema/${file.replace(/\.json$/, '')}.schema.json`
  writeFileSync(join(dir, file), `${JSON.stringify({ $schema: schema, records }, null, 2)}\n`)
}
