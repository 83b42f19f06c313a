/**
 * The maintainer walkthroughs of CONTRIBUTING.md, tried end to end on a scratch copy of the data
 * folder (the real `data/` is never touched): each makes the hand edits its section lists, then
 * runs what its commands run (the formatter, validate, the generator of the data modules, the
 * release gates after cutting the version), and checks that the bump the versioning policy asks
 * for is the one the section names. The files each section says you edit are the files touched.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDataFolder } from '../../scripts/lib/format-data-folder.js'
import { generateDataModules } from '../../scripts/lib/generate-data-modules.js'
import { ROOT } from '../../scripts/lib/paths.js'
import { releaseGateProblems } from '../../scripts/lib/release-gates.js'
import { writeReleaseRecord } from '../../scripts/lib/release-record.js'
import { validateCommand } from '../../src/cli/commands/validate.js'
import { readDataFolder } from '../../src/cli/data-folder.js'
import { nextVersions, readReleaseHistory, requiredBump } from '../../src/cli/release-history.js'
import { releasedIdsOf } from '../../src/cli/released-ids.js'
import { parseDataset } from '../../src/schemas/parse-dataset.js'
import { readRecords, scratchData, writeRecords } from '../support/scratch-data.js'

type Rec = Record<string, any>
type Bump = 'patch' | 'minor' | 'major'
const TODAY = new Date().toISOString().slice(0, 10)
const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')

/** The files and commands a CONTRIBUTING walkthrough lists, by its heading. */
function documented(title: string): { files: string[]; commands: string[] } {
  const section = contributing.split('\n### ').find((s) => s.startsWith(`Walkthrough: ${title}`))
  if (!section) throw new Error(`CONTRIBUTING.md has no "### Walkthrough: ${title}" section`)
  const list = (label: string) => [...(new RegExp(`^${label}: (.+)$`, 'm').exec(section)?.[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!)
  return { files: list('Files you edit'), commands: list('Commands you run') }
}

/** A scratch checkout: data folder, changeset folder and changelog, and the files edited by hand. */
class Scratch {
  readonly dir = scratchData()
  readonly root = join(this.dir, '..')
  readonly edited = new Set<string>()
  constructor() {
    mkdirSync(join(this.root, '.changeset'))
    writeFileSync(join(this.root, 'CHANGELOG.md'), readFileSync(join(ROOT, 'CHANGELOG.md')))
    // Each walkthrough starts from released data: data changed since the last release (merged
    // work not yet cut) is released first, as the maintainer's previous release.
    const pending = this.bump()
    if (pending !== 'patch') writeReleaseRecord(this.dir, this.next(pending), TODAY, releasedIdsOf(this.next(pending), parseDataset(readDataFolder(this.dir).dataset)).ids)
  }
  /** The version a release of this kind would have after the last one on record. */
  next(bump: Bump): string {
    return nextVersions(readReleaseHistory(this.dir).releases.at(-1)!.version)[{ patch: 0, minor: 1, major: 2 }[bump]] as string
  }
  records(file: string): Rec[] {
    return readRecords<Rec>(this.dir, file)
  }
  edit(file: string, records: readonly unknown[]): void {
    writeRecords(this.dir, file, records)
    this.edited.add(`data/${file}`)
  }
  write(path: string, text: string): void {
    mkdirSync(join(this.root, path, '..'), { recursive: true })
    writeFileSync(join(this.root, path), text)
    this.edited.add(path)
  }
  changeset(name: string, bump: Bump, text: string): void {
    writeFileSync(join(this.root, '.changeset', `${name}.md`), `---\n"syria-counter-isis": ${bump}\n---\n\n${text}\n`)
    this.edited.add('.changeset/<name>.md')
  }
  /** `npm run data:format`. */
  format(): void {
    const { files, errors } = formatDataFolder(this.dir)
    expect(errors).toEqual([])
    for (const [path, json] of files) writeFileSync(path, json)
  }
  /** `npm run validate`. */
  validate(): string {
    const { output, exitCode } = validateCommand(this.dir, undefined)
    expect(output).toMatch(/^✓ /)
    expect(exitCode).toBe(0)
    return output
  }
  /** `npm run generate`: the data modules (docs, schemas, examples and snapshots derive from them). */
  generate(): Map<string, string> {
    const folder = readDataFolder(this.dir)
    return generateDataModules(parseDataset(folder.dataset, { sourceTexts: folder.sourceTexts }), { version: '0.0.0', date: TODAY })
  }
  bump(): Bump {
    return requiredBump(readReleaseHistory(this.dir), readDataFolder(this.dir).dataset)
  }
  /** `npm run version-packages` (changeset version, then the stamp), then the gates of `npm run release:check`. */
  cutAndCheck(bump: Bump): string[] {
    const last = readReleaseHistory(this.dir).releases.at(-1)!.version
    const version = nextVersions(last)[{ patch: 0, minor: 1, major: 2 }[bump]] as string
    // What `changeset version` does with the changesets: consume them, write the changelog section.
    const changelog = join(this.root, 'CHANGELOG.md')
    writeFileSync(changelog, readFileSync(changelog, 'utf8').replace(/^(# .*\n)/, `$1\n## ${version}\n\n- (from the changeset)\n`))
    const consumed = join(this.root, '.changeset-after-version')
    mkdirSync(consumed)
    writeReleaseRecord(this.dir, version, TODAY, releasedIdsOf(version, parseDataset(readDataFolder(this.dir).dataset)).ids)
    return releaseGateProblems({ dataDir: this.dir, changesetDir: consumed, changelog, version })
  }
}

// The words of the new value (written as a maintainer writes them, anchored by data:format), or an evidence already anchored.
function correction(id: string, version: string, affects: string[], change: string, reason: string, support: string | Rec): Rec {
  return { id, date: TODAY, version, affects, change, reason, evidence: [typeof support === 'string' ? { source: 'alaraby-2025-10-24', exact: support } : support] }
}

describe('CONTRIBUTING walkthroughs, on a scratch copy of data/', () => {
  it('fix a translation (patch)', () => {
    const s = new Scratch()
    const ops = s.records('operations.json')
    const op = ops.find((o) => o.id === '2025-08-atmeh-airborne-landing')!
    op.title.en = 'Airborne landing in the town of Atmeh, northern Idlib countryside'
    s.edit('operations.json', ops)
    s.edit('corrections.json', [...s.records('corrections.json'), correction('2025-08-atmeh-title-translation', s.next('patch'), [op.id], 'title.en: "Coalition airborne landing in Atmeh" → "Airborne landing in the town of Atmeh, northern Idlib countryside".', 'The title now translates the Arabic words.', op.title.ar)])
    s.changeset('fix-atmeh-title', 'patch', 'Corrected the English title of the Atmeh airborne landing.')
    s.format()
    s.validate()
    expect(s.generate().get('operations.ts')).toContain('Airborne landing in the town of Atmeh')
    expect(s.bump()).toBe('patch')
    expect(s.cutAndCheck('patch')).toEqual([])
    expect([...s.edited].sort()).toEqual(documented('fix a translation').files.sort())
  })

  it('change a certainty (patch)', () => {
    const s = new Scratch()
    const ops = s.records('operations.json')
    const op = ops.find((o) => o.id === '2025-08-atmeh-airborne-landing')!
    expect(op.participants[0].certainty).toBe('reported')
    op.participants[0].certainty = 'claimed'
    s.edit('operations.json', ops)
    s.edit('corrections.json', [...s.records('corrections.json'), correction('2025-08-atmeh-lead-certainty', s.next('patch'), [op.id], 'participants[0].certainty: reported → claimed.', 'The article attributes the coalition lead to its sources.', op.evidence[0])])
    s.changeset('atmeh-lead-certainty', 'patch', 'The coalition lead of the Atmeh landing is now "claimed", as the article attributes it.')
    s.format()
    s.validate()
    expect(s.bump()).toBe('patch')
    expect(s.cutAndCheck('patch')).toEqual([])
    expect([...s.edited].sort()).toEqual(documented('change a certainty').files.sort())
  })

  it('merge two records with a redirect (minor)', () => {
    const s = new Scratch()
    const actors = s.records('actors.json')
    const kept = actors.find((a) => a.id === 'united-states')!
    const merged = actors.find((a) => a.id === 'white-house')!
    kept.aliases.push({ text: merged.name.ar, lang: 'ar', evidence: merged.evidence })
    kept.evidence.push(...merged.evidence)
    s.edit('actors.json', actors.filter((a) => a !== merged))
    // Every reference to the merged id now names the kept one (in the files that hold one).
    for (const file of ['locations.json', 'quotes.json']) {
      s.edit(file, JSON.parse(JSON.stringify(s.records(file)).replaceAll('"white-house"', '"united-states"')) as Rec[])
    }
    s.edit('redirects.json', [...s.records('redirects.json'), { id: 'white-house', to: 'united-states', date: TODAY, reason: 'Merged into united-states: the article quotes the White House as the US government.' }])
    s.changeset('merge-white-house', 'minor', 'Merged the actor white-house into united-states; the old id redirects.')
    s.format()
    s.validate()
    expect(s.bump()).toBe('minor')
    expect(s.cutAndCheck('patch')).toEqual([expect.stringContaining('is a patch release, but the data change needs minor')])
    expect([...s.edited].sort()).toEqual(documented('merge two records with a redirect').files.sort())
  })

  it('add a source (minor)', () => {
    const s = new Scratch()
    const text = 'date 2025-11-02 - نص تجريبي لمصدر ثانٍ.\n'
    s.write('data/sources/demo-2025-11-02.txt', text)
    const sources = s.records('sources.json')
    sources.push({
      id: 'demo-2025-11-02', kind: 'full-text', genre: 'news-article', publisher: 'al-araby-al-jadeed', published: '2025-11-02', language: 'ar', textDirection: 'rtl', normalization: 'NFC',
      sha256: createHash('sha256').update(text).digest('hex'), length: [...text].length, utf16Length: text.length, file: 'sources/demo-2025-11-02.txt',
      evidence: [{ source: 'demo-2025-11-02', exact: 'date 2025-11-02' }],
    })
    s.edit('sources.json', sources)
    s.changeset('add-source-demo', 'minor', 'Added a second source.')
    s.format()
    expect(s.validate()).toContain('2 source text(s) found')
    expect(s.bump()).toBe('minor')
    expect(s.cutAndCheck('minor')).toEqual([])
    expect([...s.edited].sort()).toEqual(documented('add a source').files.sort())
  })

  it('remove data (major)', () => {
    const s = new Scratch()
    const quotes = s.records('quotes.json')
    const removed = quotes.find((q) => q.id === 'wael-alwan-greater-cooperation')!
    s.edit('quotes.json', quotes.filter((q) => q !== removed))
    s.edit('corrections.json', [...s.records('corrections.json'), correction('remove-wael-alwan-greater-cooperation', s.next('major'), [removed.id], `Removed the quote ${removed.id}.`, 'It repeats wael-alwan-high-security-coordination.', removed.evidence[0])])
    s.changeset('remove-duplicate-quote', 'major', 'Removed the quote wael-alwan-greater-cooperation, a duplicate.')
    s.format()
    s.validate()
    expect(s.bump()).toBe('major')
    expect(s.cutAndCheck('major')).toEqual([])
    expect([...s.edited].sort()).toEqual(documented('remove data').files.sort())
  })

  it('refuses the same removal in a minor version', () => {
    const s = new Scratch()
    const quotes = s.records('quotes.json')
    const removed = quotes.find((q) => q.id === 'wael-alwan-greater-cooperation')!
    s.edit('quotes.json', quotes.filter((q) => q !== removed))
    s.edit('corrections.json', [...s.records('corrections.json'), correction('remove-quote', s.next('minor'), [removed.id], 'Removed.', 'Duplicate.', removed.evidence[0])])
    expect(validateCommand(s.dir, undefined).output).toContain(`released id "${removed.id}" (quotes) is removed by correction "remove-quote" in ${s.next('minor')}, but removing data needs a major version (${s.next('major')}); or add a redirect`)
  })
})
