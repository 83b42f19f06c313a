/**
 * How much of the source article a set of shipped files carries: every string a file holds (JSON
 * values, CSV cells, Parquet cells, the decoded string literals of JS and .d.ts, Markdown), NFC,
 * matched against the article by its maximal runs of at least {@link MIN_RUN} code points found
 * verbatim in the article. Each distinct run covers the article positions of one of its
 * occurrences (or, with `everyOccurrence`, of all); the share is covered positions over the
 * article's length.
 */
import { readFileSync } from 'node:fs'
import { extname } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { parse as parseCsv } from 'csv-parse/sync'

/** Shorter runs are common words and names shared by any two Arabic texts on the subject. */
export const MIN_RUN = 8

/** What {@link measureArticleShare} found. */
export interface ArticleShare {
  /** Article positions covered by some shipped run. */
  readonly covered: number
  /** The article's length in code points. */
  readonly total: number
  /** Positions each file covers on its own, largest first (a file may overlap others). */
  readonly byFile: readonly { readonly file: string; readonly covered: number }[]
}

/**
 * The article as a suffix automaton over code points: each state's outgoing steps; from it, the
 * longest run of a shipped string that occurs in the article is found in one pass (matching
 * statistics), however long the string.
 */
interface ArticleIndex {
  readonly points: readonly string[]
  readonly text: string
  /** `cpAt[u]`: the code-point offset of UTF-16 offset `u`. */
  readonly cpAt: Int32Array
  readonly next: readonly Map<string, number>[]
  readonly link: readonly number[]
  readonly len: readonly number[]
}

function indexArticle(article: string): ArticleIndex {
  const text = article.normalize('NFC')
  const points = [...text]
  const cpAt = new Int32Array(text.length + 1).fill(-1)
  let u = 0
  points.forEach((p, i) => {
    cpAt[u] = i
    u += p.length
  })
  cpAt[u] = points.length
  const next: Map<string, number>[] = [new Map()]
  const link = [-1]
  const len = [0]
  let last = 0
  for (const c of points) {
    const cur = next.push(new Map()) - 1
    len.push(len[last]! + 1)
    link.push(0)
    let p = last
    while (p !== -1 && !next[p]!.has(c)) {
      next[p]!.set(c, cur)
      p = link[p]!
    }
    if (p !== -1) {
      const q = next[p]!.get(c)!
      if (len[p]! + 1 === len[q]) link[cur] = q
      else {
        const clone = next.push(new Map(next[q])) - 1
        len.push(len[p]! + 1)
        link.push(link[q]!)
        while (p !== -1 && next[p]!.get(c) === q) {
          next[p]!.set(c, clone)
          p = link[p]!
        }
        link[q] = clone
        link[cur] = clone
      }
    }
    last = cur
  }
  return { points, text, cpAt, next, link, len }
}

/** The maximal runs of at least MIN_RUN code points of `text` that occur in the article. */
function runsOf(text: string, article: ArticleIndex, into: Set<string>): void {
  const points = [...text.normalize('NFC')]
  let state = 0
  let length = 0
  for (let j = 0; j < points.length; j++) {
    const c = points[j]!
    while (state !== 0 && !article.next[state]!.has(c)) {
      state = article.link[state]!
      length = article.len[state]!
    }
    const to = article.next[state]!.get(c)
    if (to === undefined) {
      state = 0
      length = 0
    } else {
      state = to
      length++
    }
    // The run ending here is maximal when the next code point does not extend it.
    const extends_ = j + 1 < points.length && article.next[state]!.has(points[j + 1]!)
    if (length >= MIN_RUN && !extends_) into.add(points.slice(j + 1 - length, j + 1).join(''))
  }
}

/** Code-point offsets where `run` starts in the article. */
function occurrences(run: string, article: ArticleIndex): number[] {
  const out: number[] = []
  for (let at = article.text.indexOf(run); at !== -1; at = article.text.indexOf(run, at + 1)) out.push(article.cpAt[at]!)
  return out
}

/**
 * Marks the article positions the distinct runs reproduce. A run shipped once or a hundred times
 * reproduces its words once: each distinct run marks one of its occurrences (the one adding most),
 * longest first; `everyOccurrence` marks all of them instead (a repeated name then counts each
 * time the article repeats it).
 */
function cover(runs: ReadonlySet<string>, article: ArticleIndex, everyOccurrence: boolean): Uint8Array {
  const covered = new Uint8Array(article.points.length)
  const sorted = [...runs].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  for (const run of sorted) {
    const size = [...run].length
    const starts = occurrences(run, article)
    if (everyOccurrence) {
      for (const start of starts) covered.fill(1, start, start + size)
      continue
    }
    let best = starts[0]!
    let bestNew = -1
    for (const start of starts) {
      let fresh = 0
      for (let i = start; i < start + size; i++) fresh += 1 - covered[i]!
      if (fresh > bestNew) [best, bestNew] = [start, fresh]
    }
    covered.fill(1, best, best + size)
  }
  return covered
}

// Decodes the escapes of JS and TS string literals (\uXXXX, \u{...}, \xXX, \n, \" ...) across a
// whole file: outside literals this only touches text the match ignores anyway.
function unescapeScript(text: string): string {
  return text.replace(/\\(u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))/gs, (_all, _e, braced?: string, u4?: string, x2?: string, other?: string) => {
    const hex = braced ?? u4 ?? x2
    if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16))
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' } as Record<string, string>)[other!] ?? other!
  })
}

function stringsOfValue(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value, unescapeScript(value))
  else if (Array.isArray(value)) for (const item of value) stringsOfValue(item, out)
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      out.push(key)
      stringsOfValue(child, out)
    }
  }
}

async function parquetStrings(path: string): Promise<string[]> {
  const instance = await DuckDBInstance.create(':memory:')
  const db = await instance.connect()
  try {
    const rows = (await db.runAndReadAll(`SELECT * FROM read_parquet('${path.replaceAll("'", "''")}')`)).getRowObjectsJS()
    const out: string[] = []
    stringsOfValue(rows, out)
    return out
  } finally {
    db.closeSync()
    instance.closeSync()
  }
}

/** Every string a shipped file holds, as a reader of that format gets it. */
export async function stringsOfFile(path: string): Promise<string[]> {
  const ext = extname(path)
  if (ext === '.parquet') return parquetStrings(path)
  const text = readFileSync(path, 'utf8')
  const out: string[] = []
  if (ext === '.json' || ext === '.geojson' || ext === '.map') stringsOfValue(JSON.parse(text), out)
  else if (ext === '.ndjson') for (const line of text.split('\n').filter(Boolean)) stringsOfValue(JSON.parse(line), out)
  else if (ext === '.csv') stringsOfValue(parseCsv(text.replace(/^\uFEFF/, ''), { relax_column_count: true }), out)
  else out.push(unescapeScript(text))
  // The raw text too: a string a parser splits (a cell, a line) may still be whole in it.
  out.push(text)
  return out
}

/** Options of {@link measureArticleShare}. */
export interface ShareOptions {
  /** Mark every occurrence of a shipped run, not one per distinct run (a stricter count). */
  readonly everyOccurrence?: boolean
}

/**
 * Measures the share of `article` carried by the files, each given as [name, path]. Counts a
 * position once however many files carry it.
 */
export async function measureArticleShare(article: string, files: readonly (readonly [string, string])[], options: ShareOptions = {}): Promise<ArticleShare> {
  const index = indexArticle(article)
  const all = new Set<string>()
  const byFile: { file: string; covered: number }[] = []
  for (const [name, path] of files) {
    const own = new Set<string>()
    for (const text of await stringsOfFile(path)) runsOf(text, index, own)
    for (const run of own) all.add(run)
    const count = cover(own, index, options.everyOccurrence === true).reduce((n, bit) => n + bit, 0)
    if (count > 0) byFile.push({ file: name, covered: count })
  }
  byFile.sort((a, b) => b.covered - a.covered || a.file.localeCompare(b.file))
  const covered = cover(all, index, options.everyOccurrence === true).reduce((n, bit) => n + bit, 0)
  return { covered, total: index.points.length, byFile }
}
