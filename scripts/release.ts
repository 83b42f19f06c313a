/**
 * `npm run release` (publishes) and `npm run release:check` (`--dry-run`: every gate, then
 * `npm pack --dry-run`, nothing published). Gates, in order: `npm test` (build, types, every
 * test: docs examples, compatibility with earlier releases, generated files up to date), the
 * docs site, and the release gates of scripts/lib/release-gates.ts.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_DIR, ROOT } from './lib/paths.js'
import { releaseGateProblems } from './lib/release-gates.js'

const dryRun = process.argv.includes('--dry-run')
const skipTests = process.argv.includes('--skip-tests') // for a quick look at the gates; never for a publish

function step(title: string, command: string, args: string[]): void {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`✗ ${title} failed; nothing was ${dryRun ? 'packed' : 'published'}`)
    process.exit(result.status ?? 1)
  }
}

if (skipTests && !dryRun) {
  console.error('--skip-tests is only for --dry-run')
  process.exit(2)
}
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
const problems = releaseGateProblems({ dataDir: DATA_DIR, changesetDir: join(ROOT, '.changeset'), changelog: join(ROOT, 'CHANGELOG.md'), version })
if (problems.length > 0) {
  console.error(`✗ ${version} is not ready to release:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  process.exit(1)
}
console.log(`✓ release gates for ${version}`)
if (!skipTests) {
  step('tests', 'npm', ['test'])
  step('docs site', 'npm', ['run', 'docs'])
}
if (dryRun) {
  step('pack (dry run)', 'npm', ['pack', '--dry-run'])
  console.log(`\n✓ ${version} passes every gate; dry run: nothing published`)
} else {
  step('publish', 'npx', ['changeset', 'publish'])
}
