/**
 * Regenerates everything derived from `data/` (`npm run generate`): the typed, frozen data
 * modules in `src/data/generated/`, the JSON Schemas in `data/schema/`, the generated docs and
 * pictures, the CLI snapshot files, and the `//=>` results of every documentation example
 * (README, CONTRIBUTING, guides, TSDoc). After a data correction, run it and review the diff:
 * nobody edits these by hand. `npm test` fails, naming this command, when any of them is stale.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { cliSnapshotFiles } from './lib/cli-snapshots.js'
import { generatedFiles } from './lib/generated-files.js'
import { ROOT } from './lib/paths.js'

function write(files: Map<string, string>): string[] {
  const changed: string[] = []
  for (const [path, content] of files) {
    const full = join(ROOT, path)
    let before: string | undefined
    try {
      before = readFileSync(full, 'utf8')
    } catch {
      before = undefined
    }
    if (before === content) continue
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, content)
    changed.push(path)
  }
  return changed
}

// Data modules first: the examples and the CLI read the dataset through them.
const changed = write(generatedFiles())
changed.push(...write(cliSnapshotFiles()))
console.log(changed.length === 0 ? 'Data modules, schemas, docs and CLI snapshots are up to date' : `Updated ${changed.length} file(s):\n${changed.map((p) => `  ${p}`).join('\n')}`)
// Examples run in a fresh process, so they import the data modules just written.
const examples = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/refresh-examples.ts')], { cwd: ROOT, stdio: 'inherit' })
if (examples.status !== 0) process.exitCode = examples.status ?? 1
