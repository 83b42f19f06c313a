import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readJsonFile } from './read-input-file.js'
import { parseReleasedIds, type ReleasedIds } from './released-ids.js'
import { UsageError } from './usage-error.js'

/**
 * One published release, as `data/releases/<version>.json` records it. The file is written once
 * by `npm run version-packages` and never edited: it is the history the released-id guard trusts.
 * `previous` chains it to the release before (that file's SHA-256), so an edit to an older
 * release breaks the chain, and a test compares each file with the commit that added it.
 */
export interface ReleaseRecord extends ReleasedIds {
  readonly date: string
  readonly previous: { readonly version: string; readonly sha256: string } | null
}

/** Every release of a data folder, oldest first, and what is wrong with the record of them. */
export interface ReleaseHistory {
  readonly releases: readonly ReleaseRecord[]
  /** Problems with the release files themselves, each naming its file. */
  readonly problems: readonly string[]
}

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/

/** Orders `major.minor.patch` versions numerically; negative when `a` comes first. */
export function compareVersions(a: string, b: string): number {
  const pa = VERSION.exec(a)?.slice(1).map(Number) ?? [0, 0, 0]
  const pb = VERSION.exec(b)?.slice(1).map(Number) ?? [0, 0, 0]
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0)
  return 0
}

/** The three versions that may follow a release: the next patch, minor and major. */
export function nextVersions(version: string): [patch: string, minor: string, major: string] {
  const [major = 0, minor = 0, patch = 0] = VERSION.exec(version)?.slice(1).map(Number) ?? []
  return [`${major}.${minor}.${patch + 1}`, `${major}.${minor + 1}.0`, `${major + 1}.0.0`]
}

/** SHA-256 of a release file's bytes, as the next release's `previous` records it. */
export function releaseFileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

// The rest of a release record's shape (`ids` by collection) is checked by parseReleasedIds first.
function isRelease(value: ReleasedIds): value is ReleaseRecord {
  const r = value as Partial<ReleaseRecord>
  return VERSION.test(r.version ?? '') && typeof r.date === 'string'
}

/** Reads `releases/*.json` of a data folder (none: no release yet) and checks their hash chain. */
export function readReleaseHistory(dir: string): ReleaseHistory {
  const folder = join(dir, 'releases')
  if (!existsSync(folder)) return { releases: [], problems: [] }
  const problems: string[] = []
  const found: { release: ReleaseRecord; path: string }[] = []
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
    const path = join(folder, name)
    const json = readJsonFile(path, { within: dir })
    // An unreadable or malformed release file is a usage error naming the file and field.
    if (!json.ok) throw new UsageError(json.problem)
    const ids = parseReleasedIds(json.value, path)
    if (!isRelease(ids)) problems.push(`${path}: expected { "version": "X.Y.Z", "date", "previous", "ids": { collection: [ids] } }`)
    else if (`${ids.version}.json` !== name) problems.push(`${path}: holds release ${ids.version}; the file must be named ${ids.version}.json`)
    else found.push({ release: ids, path })
  }
  found.sort((a, b) => compareVersions(a.release.version, b.release.version))
  found.forEach(({ release, path }, i) => {
    const before = found[i - 1]
    const expected = before ? { version: before.release.version, sha256: releaseFileHash(before.path) } : null
    const got = release.previous ?? null
    if (expected === null && got !== null) problems.push(`${path}: "previous" names ${got.version}, but no earlier release file is here`)
    if (expected !== null && (got === null || got.version !== expected.version || got.sha256 !== expected.sha256)) {
      problems.push(`${path}: "previous" does not match ${before!.path} (sha256 ${expected.sha256}): a release file was edited after release; restore it from git`)
    }
  })
  return { releases: found.map((f) => f.release), problems }
}

/**
 * Every released id (of any release, so an id dropped in one release and restored later still
 * counts) that the data no longer has as a live record or a redirect. An id may leave only in a
 * new major version, retired by a correction that names it in `affects`.
 */
export function releasedIdsWithoutRedirect(history: ReleaseHistory, dataset: Record<string, unknown[]>): string[] {
  const live = new Set<string>()
  for (const records of Object.values(dataset)) for (const record of records) if (typeof (record as { id?: unknown })?.id === 'string') live.add((record as { id: string }).id)
  const retiredBy = new Map<string, { id: string; version: string }>()
  for (const c of dataset.corrections ?? []) {
    const { id, version, affects } = c as { id?: unknown; version?: unknown; affects?: unknown }
    if (typeof id === 'string' && typeof version === 'string' && Array.isArray(affects)) for (const a of affects) {
        // An id corrected before it was retired has several corrections: the latest one retires it.
        const earlier = retiredBy.get(a)
        if (typeof a === 'string' && (earlier === undefined || compareVersions(version, earlier.version) > 0)) retiredBy.set(a, { id, version })
      }
  }
  const listed = new Map<string, { collection: string; first: string; last: string }>()
  for (const release of history.releases) {
    for (const [collection, ids] of Object.entries(release.ids)) {
      for (const id of ids) listed.set(id, { collection, first: listed.get(id)?.first ?? release.version, last: release.version })
    }
  }
  const problems: string[] = []
  for (const [id, { collection, first, last }] of listed) {
    if (live.has(id)) continue
    const retired = retiredBy.get(id)
    // Removal needs a major version after the last release that still had the id.
    const major = nextVersions(last)[2]
    if (!retired) problems.push(`released id "${id}" (${collection}, since ${first}) has no redirect: keep the record or add a redirect to redirects.json`)
    else if (compareVersions(retired.version, major) < 0) problems.push(`released id "${id}" (${collection}) is removed by correction "${retired.id}" in ${retired.version}, but removing data needs a major version (${major}); or add a redirect`)
  }
  return problems
}

/** Ids that some release published: a correction may name them after they left the data. */
export function everReleasedIds(history: ReleaseHistory): Set<string> {
  return new Set(history.releases.flatMap((release) => Object.values(release.ids).flat()))
}

/**
 * The smallest version bump the data change since the last release needs, by the versioning
 * policy: a released id removed (retired by a correction) is major; any new id (record, source
 * or redirect) or a record turned into a redirect (rename, merge) is minor; otherwise (values
 * corrected) patch.
 */
export function requiredBump(history: ReleaseHistory, dataset: Record<string, unknown[]>): 'patch' | 'minor' | 'major' {
  const last = history.releases.at(-1)
  if (!last) return 'minor'
  const collectionOf = (ids: Iterable<[string, readonly string[]]>) => {
    const out = new Map<string, string>()
    for (const [collection, list] of ids) if (collection !== 'corrections') for (const id of list) out.set(id, collection)
    return out
  }
  const released = collectionOf(Object.entries(last.ids))
  const live = collectionOf(
    Object.entries(dataset).map(([collection, records]) => [collection, records.map((r) => (r as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string')] as [string, string[]]),
  )
  if ([...released.keys()].some((id) => !live.has(id))) return 'major'
  // A new id, or a record retired into a redirect (a rename or a merge).
  if ([...live].some(([id, collection]) => released.get(id) !== collection)) return 'minor'
  return 'patch'
}

/** The bump from one version to the next: `major`, `minor` or `patch`. */
export function bumpBetween(from: string, to: string): 'patch' | 'minor' | 'major' {
  const [a, b] = [from, to].map((v) => v.split('.').map(Number)) as [number[], number[]]
  if ((b[0] ?? 0) > (a[0] ?? 0)) return 'major'
  if ((b[1] ?? 0) > (a[1] ?? 0)) return 'minor'
  return 'patch'
}

/**
 * Corrections that no release could carry: a `version` that is neither a published release nor
 * one that may follow the last one, or a `date` after the release that carries it (or after today
 * for the release being prepared).
 */
export function correctionProblems(corrections: readonly unknown[], history: ReleaseHistory, today: string, file: string): string[] {
  const last = history.releases.at(-1)
  if (!last) return []
  const dateOf = new Map(history.releases.map((r) => [r.version, r.date]))
  const next = nextVersions(last.version)
  const problems: string[] = []
  corrections.forEach((record, index) => {
    const { id, version, date } = record as { id?: unknown; version?: unknown; date?: unknown }
    if (typeof version !== 'string' || typeof date !== 'string') return
    const where = `${file}: corrections[${index}]${typeof id === 'string' ? ` "${id}"` : ''}`
    const released = dateOf.get(version)
    if (released === undefined && !next.includes(version)) {
      problems.push(`${where} › version: "${version}" is neither a released version nor the next one after ${last.version} (${next.join(', ')})`)
    } else if (released !== undefined && date > released) {
      problems.push(`${where} › date: ${date} is after ${released}, when ${version} was released`)
    } else if (released === undefined && date > today) {
      problems.push(`${where} › date: ${date} is in the future (today is ${today})`)
    }
  })
  return problems
}
