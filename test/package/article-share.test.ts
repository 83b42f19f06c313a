/**
 * The package quotes the article; it does not republish it. Measures how much of the source
 * article the packed tarball carries (every string of every shipped file, see article-share.ts)
 * and keeps it within the budget the README states.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { measureArticleShare, MIN_RUN, type ArticleShare } from './article-share.js'
import { packTarball } from './packed-tarball.js'

const ARTICLE = readFileSync(join(ROOT, 'data/sources/000_4325f0170ff2d2c8.txt'), 'utf8')
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** The budget as the README states it: "at most **N %** of the article's code points". */
function statedBudget(text: string): number {
  const match = /at most \*\*(\d+(?:\.\d+)?) ?%\*\* of the article's code points/.exec(text)
  if (!match) throw new Error('README.md states no article share budget ("at most **N %** of the article\'s code points")')
  return Number(match[1]) / 100
}

describe('measuring the article share (made-up texts)', () => {
  const article = 'alpha bravo charlie delta echo foxtrot'
  const scratch = mkdtempSync(join(tmpdir(), 'sci-share-'))
  const file = (name: string, content: string): readonly [string, string] => {
    const path = join(scratch, name)
    writeFileSync(path, content)
    return [name, path]
  }
  const share = async (...files: (readonly [string, string])[]) => (await measureArticleShare(article, files)).covered

  it('counts a run of at least MIN_RUN code points found verbatim, and nothing shorter', async () => {
    expect(MIN_RUN).toBe(8)
    expect(await share(file('a.md', 'see "charlie delta" here'))).toBe('charlie delta'.length)
    expect(await share(file('b.md', 'bravo c/echo fo'))).toBe(0)
  })

  it('counts the words once, however many files or times they are shipped', async () => {
    const one = file('one.json', JSON.stringify({ a: 'bravo charlie', b: ['bravo charlie'] }))
    const two = file('two.csv', 'x\nbravo charlie\n')
    expect(await share(one, two)).toBe('bravo charlie'.length)
  })

  it('reads strings as their readers do: JS escapes, CSV quoting, NFC', async () => {
    const quoted = 'he said "go north" today, café noir'
    const js = file('m.js', 'const s = "\\u0063afé noir";')
    const csv = file('t.csv', 'a\n"he said ""go north"" today"\n')
    const nfd = file('n.md', 'today, café'.normalize('NFD'))
    const result = await measureArticleShare(quoted, [js, csv, nfd])
    expect(result.byFile).toEqual([
      { file: 't.csv', covered: 'he said "go north" today'.length },
      { file: 'n.md', covered: 'today, café'.length },
      { file: 'm.js', covered: 'café noir'.length },
    ])
  })

  it('marks one occurrence of a run by default, and every one when asked', async () => {
    const twice = 'charlie delta / charlie delta'
    const shipped = file('r.md', 'charlie delta')
    expect((await measureArticleShare(twice, [shipped])).covered).toBe(13)
    expect((await measureArticleShare(twice, [shipped], { everyOccurrence: true })).covered).toBe(26)
  })
})

describe('the packed tarball', () => {
  let share: ArticleShare
  let strict: ArticleShare

  beforeAll(async () => {
    const { tarball, files } = packTarball()
    const dir = mkdtempSync(join(tmpdir(), 'sci-unpacked-'))
    execFileSync('tar', ['-xzf', tarball, '-C', dir])
    const shipped = files.map((name) => [name, join(dir, 'package', name)] as const)
    share = await measureArticleShare(ARTICLE, shipped)
    strict = await measureArticleShare(ARTICLE, shipped, { everyOccurrence: true })
  })

  it("carries no more of the article than the README's budget", () => {
    const budget = statedBudget(README)
    const percent = (n: number) => `${((100 * n) / share.total).toFixed(1)} %`
    const report = [
      `article share: ${share.covered} of ${share.total} code points (${percent(share.covered)}; every occurrence: ${percent(strict.covered)}), budget ${budget * 100} %`,
      ...share.byFile.slice(0, 8).map((f) => `  ${f.file}: ${f.covered}`),
    ].join('\n')
    console.info(report)
    expect(share.total).toBe(5465)
    expect(share.covered / share.total, report).toBeLessThanOrEqual(budget)
  })

  it('LICENSE-DATA.md promises the same budget as the README', () => {
    expect(statedBudget(readFileSync(join(ROOT, 'LICENSE-DATA.md'), 'utf8'))).toBe(statedBudget(README))
  })
})
