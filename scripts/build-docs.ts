/**
 * Builds the documentation site (`npm run docs`): redraws the pictures the guides show
 * (`docs/assets/*.svg`, from `data/` with the package's own renderers), then runs TypeDoc,
 * which turns the README, the guides in `docs/` and the TSDoc of every entry point into
 * `docs/site/` and copies the pictures the guides link to into `docs/site/media/`. Any TypeDoc
 * warning fails the build. Arguments are passed on to TypeDoc (e.g. `--out /tmp/site`).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { generatedFiles } from './lib/generated-files.js'
import { ROOT } from './lib/paths.js'

// Only the pictures: the data modules and the other generated files are `npm run generate`'s
// business, and the tests fail if they are stale rather than have the docs build rewrite them.
for (const [path, content] of generatedFiles()) {
  if (!path.startsWith('docs/assets/')) continue
  mkdirSync(dirname(join(ROOT, path)), { recursive: true })
  writeFileSync(join(ROOT, path), content)
  console.log(`Drew ${path}`)
}

const typedoc = spawnSync(join(ROOT, 'node_modules', '.bin', 'typedoc'), ['--treatWarningsAsErrors', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' })
if (typedoc.error) throw typedoc.error
process.exitCode = typedoc.status ?? 1
