/**
 * The released-id guard trusts history, not the working tree: `data/releases/<version>.json` is
 * written once by `npm run version-packages` and never edited. Here each file is checked against
 * the commit that added it (an edit fails, even one that regenerated everything else), the chain
 * of SHA-256s between releases holds, and 0.1.0's ids are those the 0.1.0 release commit listed.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_DIR } from '../../scripts/lib/paths.js'
import { git, hasHistory, releaseCommit } from '../../scripts/lib/release-commits.js'
import { readReleaseHistory } from '../../src/cli/release-history.js'

const files = readdirSync(join(DATA_DIR, 'releases')).filter((f) => f.endsWith('.json'))

describe('data/releases/', () => {
  it('holds one record per release, chained by SHA-256', () => {
    const history = readReleaseHistory(DATA_DIR)
    expect(history.problems).toEqual([])
    expect(history.releases.map((r) => `${r.version}.json`).sort()).toEqual([...files].sort())
    expect(history.releases[0]?.version).toBe('0.1.0')
  })

  describe.skipIf(!hasHistory())('against git history', () => {
    for (const file of files) {
      it(`${file} is unchanged since the commit that added it`, () => {
        const path = `data/releases/${file}`
        const added = git('log', '--no-renames', '--diff-filter=A', '--format=%H', '--', path)?.trim().split('\n').at(-1)
        // A release record not yet committed is the one being cut; nothing to compare with.
        if (!added) return
        expect(readFileSync(join(DATA_DIR, 'releases', file), 'utf8'), `${path} was edited after release: restore it with git checkout ${added} -- ${path}`).toBe(git('show', `${added}:${path}`))
        expect(git('log', '--no-renames', '--format=%H', `${added}..HEAD`, '--', path)?.trim(), `${path} was changed by a later commit`).toBe('')
      })
    }

    it("0.1.0's ids are those its release commit recorded in data/release-ids.json", () => {
      const commit = releaseCommit('0.1.0')
      expect(commit?.startsWith('1e2903c')).toBe(true)
      const then = JSON.parse(git('show', `${commit}:data/release-ids.json`)!) as { version: string; ids: unknown }
      const now = JSON.parse(readFileSync(join(DATA_DIR, 'releases', '0.1.0.json'), 'utf8')) as { version: string; ids: unknown }
      expect(now.ids).toEqual(then.ids)
      expect(now.version).toBe(then.version)
    })
  })
})
