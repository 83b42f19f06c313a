/**
 * Run by `npm run version-packages` after `changeset version` has bumped package.json: stamps
 * `data/release.json` with the new version and today's date, writes the release's record
 * `data/releases/<version>.json` (its ids, chained to the previous release by SHA-256; never
 * edited afterwards: `validate` refuses a released id that is neither live nor redirected), and
 * freezes the README and guides of the release under `test/compat/releases/<version>/`, whose
 * examples every later release of the same major must keep running.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { format } from 'date-fns'
import { readReleaseHistory, releaseFileHash } from '../src/cli/release-history.js'
import { releasedIdsOf } from '../src/cli/released-ids.js'
import { loadCanonicalDataset } from './lib/generated-files.js'
import { DATA_DIR, ROOT } from './lib/paths.js'
import { COMPAT_DIR, publicDocs } from './lib/public-docs.js'

const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }
const record = join(DATA_DIR, 'releases', `${version}.json`)
if (existsSync(record)) {
  console.error(`${record} exists: ${version} is already released, and a release record is never rewritten. Bump the version first (npm run changeset).`)
  process.exit(1)
}
const date = format(new Date(), 'yyyy-MM-dd')
const dataset = loadCanonicalDataset()
const last = readReleaseHistory(DATA_DIR).releases.at(-1)
const previous = last ? { version: last.version, sha256: releaseFileHash(join(DATA_DIR, 'releases', `${last.version}.json`)) } : null
const { ids } = releasedIdsOf(version, dataset)
writeFileSync(`${DATA_DIR}release.json`, `${JSON.stringify({ version, date }, null, 2)}\n`)
mkdirSync(join(DATA_DIR, 'releases'), { recursive: true })
writeFileSync(record, `${JSON.stringify({ version, date, previous, ids }, null, 2)}\n`)
for (const file of publicDocs()) {
  const to = join(COMPAT_DIR, version, file)
  mkdirSync(join(to, '..'), { recursive: true })
  copyFileSync(join(ROOT, file), to)
}
console.log(`Stamped release ${version} of ${date}: ${record}, ${readdirSync(join(COMPAT_DIR, version)).length} frozen docs entries`)
