import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readReleaseHistory, releaseFileHash } from '../../src/cli/release-history.js'
import type { ReleasedIds } from '../../src/cli/released-ids.js'

/**
 * Stamps a data folder with a new release: `release.json` (version, date) and the append-only
 * `releases/<version>.json` (its ids, chained to the previous release by SHA-256). Refuses to
 * rewrite a release that is on record.
 */
export function writeReleaseRecord(dataDir: string, version: string, date: string, ids: ReleasedIds['ids']): string {
  const record = join(dataDir, 'releases', `${version}.json`)
  if (existsSync(record)) throw new Error(`${record} exists: ${version} is already released, and a release record is never rewritten. Bump the version first (npm run changeset).`)
  const last = readReleaseHistory(dataDir).releases.at(-1)
  const previous = last ? { version: last.version, sha256: releaseFileHash(join(dataDir, 'releases', `${last.version}.json`)) } : null
  writeFileSync(join(dataDir, 'release.json'), `${JSON.stringify({ version, date }, null, 2)}\n`)
  mkdirSync(join(dataDir, 'releases'), { recursive: true })
  writeFileSync(record, `${JSON.stringify({ version, date, previous, ids }, null, 2)}\n`)
  return record
}
