import { spawnSync } from 'node:child_process'
import { ROOT } from './paths.js'

/** Runs git in the repository; `undefined` when git or the history is not there. */
export function git(...args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return result.status === 0 ? result.stdout : undefined
}

/** Whether this checkout has its full history (not a shallow clone, not an exported tree). */
export function hasHistory(): boolean {
  return git('rev-parse', '--is-shallow-repository')?.trim() === 'false'
}

function stampedVersion(commit: string): string | undefined {
  const text = git('show', `${commit}:data/release.json`)
  return text === undefined ? undefined : (JSON.parse(text) as { version?: string }).version
}

/**
 * The commit that cut a release: the latest commit that changed `data/release.json` to that
 * version (`npm run version-packages` stamps it in the release commit). The repository has no
 * git tags to trust; the stamp is the record.
 */
export function releaseCommit(version: string): string | undefined {
  const commits = git('log', '--format=%H', '--', 'data/release.json')?.trim().split('\n').filter(Boolean) ?? []
  return commits.find((commit) => stampedVersion(commit) === version && stampedVersion(`${commit}^`) !== version)
}
