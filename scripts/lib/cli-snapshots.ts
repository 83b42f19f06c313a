/**
 * The command-line outputs pinned as snapshot files under `test/cli/__snapshots__/`: what users
 * read in a terminal. `npm run generate` rewrites them from the source tree; the CLI test runs
 * the built CLI and fails, naming that command, when a file is stale.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from './paths.js'

/** Each snapshot file and the arguments whose output it holds. */
export const CLI_SNAPSHOTS: readonly { readonly file: string; readonly args: readonly string[] }[] = [
  { file: 'test/cli/__snapshots__/timeline.txt', args: ['timeline'] },
  { file: 'test/cli/__snapshots__/query-rif-dimashq.txt', args: ['query', 'operations', '--location', 'rif-dimashq'] },
  { file: 'test/cli/__snapshots__/timeline-jul-aug.md', args: ['timeline', '--from', '2025-07', '--to', '2025-08', '--format', 'md'] },
  // Only a name's few words: a snapshot must not copy the article's sentences into the repository twice.
  { file: 'test/cli/__snapshots__/query-actors-barrack-source-text.txt', args: ['query', 'actors', 'barrack', '--source-text', 'data/sources/000_4325f0170ff2d2c8.txt'] },
]

/** The snapshot files as the CLI of the source tree prints them now. */
export function cliSnapshotFiles(): Map<string, string> {
  const files = new Map<string, string>()
  for (const { file, args } of CLI_SNAPSHOTS) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`syria-counter-isis ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
    files.set(file, result.stdout)
  }
  return files
}
