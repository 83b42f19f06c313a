/**
 * Run by `npm run version-packages` after `changeset version` has bumped package.json: stamps
 * `data/release.json` with the new version and today's date, writes the release's record
 * `data/releases/<version>.json` (its ids, chained to the previous release by SHA-256; never
 * edited afterwards: `validate` refuses a released id that is neither live nor redirected), and
 * freezes the README and guides of the release under `test/compat/releases/<version>/`, whose
 * examples every later release of the same major must keep running.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { format } from 'date-fns/format'
import { releasedIdsOf } from '../src/cli/released-ids.js'
import { loadCanonicalDataset } from './lib/generated-files.js'
import { DATA_DIR, ROOT } from './lib/paths.js'
import { COMPAT_DIR, publicDocs } from './lib/public-docs.js'
import { writeReleaseRecord } from './lib/release-record.js'

const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }
const date = format(new Date(), 'yyyy-MM-dd')
try {
  const record = writeReleaseRecord(DATA_DIR, version, date, releasedIdsOf(version, loadCanonicalDataset()).ids)
  const docs = publicDocs()
  for (const file of docs) {
    const to = join(COMPAT_DIR, version, file)
    mkdirSync(dirname(to), { recursive: true })
    copyFileSync(join(ROOT, file), to)
  }
  console.log(`Stamped release ${version} of ${date}: ${record}; froze ${docs.length} docs in ${join(COMPAT_DIR, version)}`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
