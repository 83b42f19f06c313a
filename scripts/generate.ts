/**
 * Regenerates everything derived from `data/` (`npm run generate`): the typed, frozen data
 * modules in `src/data/generated/`, the JSON Schemas in `data/schema/`, and the generated docs.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { generatedFiles } from './lib/generated-files.js'
import { ROOT } from './lib/paths.js'

const files = generatedFiles()
for (const [path, content] of files) {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true })
  writeFileSync(join(ROOT, path), content)
}
console.log(`Generated ${files.size} files`)
