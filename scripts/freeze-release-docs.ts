/**
 * The last step of `npm run version-packages`, after `npm run generate`: freezes the README and
 * guides of the release, as the release commit has them, under `test/compat/releases/<version>/`,
 * whose examples every later release of the same major must keep running.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ROOT } from './lib/paths.js'
import { COMPAT_DIR, publicDocs } from './lib/public-docs.js'

const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }
const docs = publicDocs()
for (const file of docs) {
  const to = join(COMPAT_DIR, version, file)
  mkdirSync(dirname(to), { recursive: true })
  copyFileSync(join(ROOT, file), to)
}
console.log(`Froze ${docs.length} docs of ${version} in ${join(COMPAT_DIR, version)}`)
