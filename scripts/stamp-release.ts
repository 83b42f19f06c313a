/**
 * Run by `npm run version-packages` after `changeset version` has bumped package.json: stamps
 * `data/release.json` with the new version and today's date, and records the release's ids in
 * `data/release-ids.json`, against which `validate` later refuses deletions without redirects.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { format } from 'date-fns/format'
import { releasedIdsOf } from '../src/cli/released-ids.js'
import { loadCanonicalDataset } from './lib/generated-files.js'
import { DATA_DIR, ROOT } from './lib/paths.js'

const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }
const date = format(new Date(), 'yyyy-MM-dd')
const dataset = loadCanonicalDataset()
writeFileSync(`${DATA_DIR}release.json`, `${JSON.stringify({ version, date }, null, 2)}\n`)
writeFileSync(`${DATA_DIR}release-ids.json`, `${JSON.stringify(releasedIdsOf(version, dataset), null, 2)}\n`)
console.log(`Stamped release ${version} of ${date}`)
