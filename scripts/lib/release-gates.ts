/**
 * The checks a release must pass before it is packed, beyond `npm test`: the version was cut
 * (`npm run version-packages` ran: no pending changeset, the stamp and the release record match
 * package.json, the changelog has its section), the data validates, and every correction carries
 * a version no later than the one being cut, dated no later than its release.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateCommand } from '../../src/cli/commands/validate.js'
import { readDataFolder } from '../../src/cli/data-folder.js'
import { bumpBetween, compareVersions, readReleaseHistory, requiredBump } from '../../src/cli/release-history.js'

const RANK = { patch: 0, minor: 1, major: 2 } as const

/** Where a checkout keeps what the gates read; the repository root's layout by default. */
export interface ReleaseLayout {
  readonly dataDir: string
  readonly changesetDir: string
  readonly changelog: string
  readonly version: string
}

/** Every gate that fails, one line each saying what to run; empty when the release may go out. */
export function releaseGateProblems({ dataDir, changesetDir, changelog, version }: ReleaseLayout): string[] {
  const problems: string[] = []
  const pending = existsSync(changesetDir) ? readdirSync(changesetDir).filter((f) => f.endsWith('.md') && f !== 'README.md') : []
  if (pending.length > 0) problems.push(`${pending.length} pending changeset(s) (${pending.join(', ')}): run \`npm run version-packages\` to cut the version`)
  const stamp = JSON.parse(readFileSync(join(dataDir, 'release.json'), 'utf8')) as { version: string; date: string }
  if (stamp.version !== version) problems.push(`data/release.json is stamped ${stamp.version}, package.json says ${version}: run \`npm run version-packages\``)
  const history = readReleaseHistory(dataDir)
  const record = history.releases.find((r) => r.version === version)
  if (!record) problems.push(`data/releases/${version}.json is missing: run \`npm run version-packages\``)
  if (!existsSync(changelog) || !readFileSync(changelog, 'utf8').includes(`\n## ${version}\n`)) problems.push(`CHANGELOG.md has no "## ${version}" section: run \`npm run version-packages\``)
  const folder = readDataFolder(dataDir)
  if (record) {
    const live = new Set(Object.values(folder.dataset).flatMap((records) => records.map((r) => (r as { id?: string }).id)))
    const unlisted = [...live].filter((id) => id !== undefined && !Object.values(record.ids).some((ids) => ids.includes(id)))
    if (unlisted.length > 0) problems.push(`data/releases/${version}.json does not list ${unlisted.join(', ')}: the data changed after the version was cut; cut a new version`)
  }
  const earlier = history.releases.filter((r) => compareVersions(r.version, version) < 0)
  const before = earlier.at(-1)
  if (before) {
    const needed = requiredBump({ releases: earlier, problems: [] }, folder.dataset)
    const bump = bumpBetween(before.version, version)
    if (RANK[bump] < RANK[needed]) problems.push(`${before.version} → ${version} is a ${bump} release, but the data change needs ${needed} (see the versioning policy in CONTRIBUTING.md): change the changeset and cut the version again`)
  }
  ;(folder.dataset.corrections ?? []).forEach((c, index) => {
    const { id, version: carried, date } = c as { id?: string; version?: string; date?: string }
    if (typeof carried !== 'string') return
    if (compareVersions(carried, version) > 0) problems.push(`corrections[${index}] "${id}": version ${carried} is later than the version being cut, ${version}`)
    if (!history.releases.some((r) => r.version === carried)) problems.push(`corrections[${index}] "${id}": version ${carried} was never released and is not the version being cut, ${version}`)
    if (carried === version && typeof date === 'string' && date > stamp.date) problems.push(`corrections[${index}] "${id}": dated ${date}, after this release (${stamp.date})`)
  })
  const validation = validateCommand(dataDir, undefined)
  if (validation.exitCode !== 0) problems.push(`npm run validate fails:\n${validation.output.trimEnd()}`)
  return problems
}
