/**
 * The last step of `npm run generate`, in its own process so the examples import the data
 * modules just written (not copies an earlier import cached): rewrites stale `//=>` results.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ROOT } from './lib/paths.js'
import { refreshedExampleFiles } from './lib/refresh-examples.js'

const { files, problems } = await refreshedExampleFiles()
for (const [path, content] of files) {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true })
  writeFileSync(join(ROOT, path), content)
}
if (files.size > 0) console.log(`Updated example results in ${files.size} file(s):\n${[...files.keys()].map((p) => `  ${p}`).join('\n')}`)
if (problems.length > 0) {
  console.error(`${problems.length} example result(s) need a hand edit:\n${problems.map((p) => `  ${p}`).join('\n')}`)
  process.exitCode = 1
}
