/**
 * Run by `npm run version-packages` after `changeset version` has bumped package.json: stamps
 * `data/release.json` with the new version and today's date, writes the release's record
 * `data/releases/<version>.json` (its ids, chained to the previous release by SHA-256; never
 * edited afterwards: `validate` refuses a released id that is neither live nor redirected).
 * The docs are frozen afterwards, by freeze-release-docs.ts, once `npm run generate` has put the
 * new version into them.
 */
import { readFileSync } from 'node:fs'
import { format } from 'date-fns/format'
import { releasedIdsOf } from '../src/cli/released-ids.js'
import { loadCanonicalDataset } from './lib/generated-files.js'
import { DATA_DIR, ROOT } from './lib/paths.js'
import { writeReleaseRecord } from './lib/release-record.js'

const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }
const date = format(new Date(), 'yyyy-MM-dd')
try {
  const record = writeReleaseRecord(DATA_DIR, version, date, releasedIdsOf(version, loadCanonicalDataset()).ids)
  console.log(`Stamped release ${version} of ${date}: ${record}`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
