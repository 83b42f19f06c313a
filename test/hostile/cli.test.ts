/**
 * Hostile input against the command-line tool: one table of attack classes, each row an input
 * and the exact message or behaviour expected, run on the built `dist/cli.js` in a subprocess as
 * users run it (npm test builds first). `docs/reliability.md` states these as guarantees.
 *
 * Every row also checks what must hold for any input: no stack trace, no byte of a file outside
 * the data folder in the output, no raw terminal control character in the output.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { MAX_INPUT_BYTES } from '../../src/cli/read-input-file.js'

const CLI = join(ROOT, 'dist/cli.js')
const SECRET = 'SECRET-OUTSIDE-THE-DATA-FOLDER'
const HINT = 'Run "syria-counter-isis --help" for usage.\n'
const HAS_MKFIFO = spawnSync('mkfifo', ['--version']).status === 0

/** A scratch folder: `d/` is a copy of the repository's data folder, `outside/secret.txt` is not in it. */
function scratch(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'sci-hostile-'))
  mkdirSync(join(cwd, 'd'))
  for (const file of readdirSync(join(ROOT, 'data')).filter((f) => f.endsWith('.json'))) cpSync(join(ROOT, 'data', file), join(cwd, 'd', file))
  cpSync(join(ROOT, 'data/sources'), join(cwd, 'd/sources'), { recursive: true })
  cpSync(join(ROOT, 'data/releases'), join(cwd, 'd/releases'), { recursive: true })
  mkdirSync(join(cwd, 'outside'))
  writeFileSync(join(cwd, 'outside/secret.txt'), SECRET)
  return cwd
}

/** Points the first source record's `file` at `file`. */
function sourceFile(cwd: string, file: string): void {
  const path = join(cwd, 'd/sources.json')
  const json = JSON.parse(readFileSync(path, 'utf8')) as { records: { id: string; file?: string }[] }
  json.records.find((r) => r.id === 'alaraby-2025-10-24')!.file = file
  writeFileSync(path, JSON.stringify(json))
}

function write(cwd: string, file: string, content: string | Uint8Array): string {
  writeFileSync(join(cwd, file), content)
  return file
}

function sparse(cwd: string, file: string, bytes: number): string {
  writeFileSync(join(cwd, file), '')
  truncateSync(join(cwd, file), bytes)
  return file
}

function fifo(cwd: string, file: string): string {
  spawnSync('mkfifo', [join(cwd, file)])
  return file
}

// The article's position in the file, wherever other sources sort around it.
const ARTICLE_INDEX = (JSON.parse(readFileSync(join(ROOT, 'data/sources.json'), 'utf8')) as { records: { id: string }[] }).records.findIndex((r) => r.id === 'alaraby-2025-10-24')
const SOURCE = `d/sources.json: sources[${ARTICLE_INDEX}] "alaraby-2025-10-24" › file:`
const ARTICLE = readFileSync(join(ROOT, 'data/sources/000_4325f0170ff2d2c8.txt'), 'utf8')

/** What --source-text says of a file that is not the article: its length and hash, never its words. */
function notTheArticle(given: string, text: string): string {
  const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex')
  const article = `"alaraby-2025-10-24" (${[...ARTICLE].length} code points, SHA-256 ${sha256(ARTICLE)})`
  return `${given}: not the text of source ${article}: it has ${[...text].length} code points, SHA-256 ${sha256(text)}; give the copy the evidence offsets refer to`
}
const OP = { title: { en: 'x' }, date: '2025-07', dateBasis: 'explicit', location: 'al-bab', types: ['raid'], assertedBy: 'reporter', certainty: 'reported', evidence: [] }
const TOO_BIG = `larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit for input files; not read`

interface Attack {
  /** Which kind of attack the row belongs to (the sections of docs/reliability.md). */
  readonly attack: string
  /** The input, as a user would describe it. */
  readonly input: string
  /** Prepares the scratch folder (the working directory) and returns the CLI's arguments. */
  readonly setup: (cwd: string) => string[]
  /** The expected first line of stderr after "syria-counter-isis: ", exit code 2. */
  readonly error: string
  readonly skip?: boolean
}

// prettier-ignore
const ATTACKS: readonly Attack[] = [
  // A source's `file` may only name a file inside the folder being validated.
  { attack: 'path escape', input: 'source file is an absolute path', setup: (cwd) => (sourceFile(cwd, join(cwd, 'outside/secret.txt')), ['validate', 'd']), error: `${SOURCE} "<cwd>/outside/secret.txt" is an absolute path; give a path relative to the data folder; not read` },
  { attack: 'path escape', input: 'source file climbs out with ..', setup: (cwd) => (sourceFile(cwd, '../outside/secret.txt'), ['validate', 'd']), error: `${SOURCE} "../outside/secret.txt" climbs out with ".."; give a path inside the data folder; not read` },
  { attack: 'path escape', input: 'source file with .. that stays inside', setup: (cwd) => (sourceFile(cwd, 'sources/../sources/000_4325f0170ff2d2c8.txt'), ['validate', 'd']), error: `${SOURCE} "sources/../sources/000_4325f0170ff2d2c8.txt" climbs out with ".."; give a path inside the data folder; not read` },
  { attack: 'path escape', input: 'source file is a Windows drive path', setup: (cwd) => (sourceFile(cwd, 'C:\\secret.txt'), ['validate', 'd']), error: `${SOURCE} "C:\\\\secret.txt" is an absolute path; give a path relative to the data folder; not read` },
  { attack: 'path escape', input: 'source file holds a NUL byte', setup: (cwd) => (sourceFile(cwd, 'sources/a\u0000.txt'), ['validate', 'd']), error: `${SOURCE} "sources/a\\u0000.txt" contains a control character; not read` },
  { attack: 'path escape', input: 'source file is empty', setup: (cwd) => (sourceFile(cwd, ''), ['validate', 'd']), error: `${SOURCE} "" is empty; not read` },
  { attack: 'path escape', input: 'source file is a symbolic link out of the folder', setup: (cwd) => (symlinkSync(join(cwd, 'outside/secret.txt'), join(cwd, 'd/sources/link.txt')), sourceFile(cwd, 'sources/link.txt'), ['validate', 'd']), error: `${SOURCE} d/sources/link.txt: leads outside d (through a symbolic link); not read` },
  { attack: 'path escape', input: 'source file is inside a symlinked folder that leads out', setup: (cwd) => (symlinkSync(join(cwd, 'outside'), join(cwd, 'd/out')), sourceFile(cwd, 'out/secret.txt'), ['validate', 'd']), error: `${SOURCE} d/out/secret.txt: leads outside d (through a symbolic link); not read` },
  { attack: 'path escape', input: 'a data file (actors.json) is a symbolic link out of the folder', setup: (cwd) => (cpSync(join(cwd, 'd/actors.json'), join(cwd, 'outside/actors.json')), rmSync(join(cwd, 'd/actors.json')), symlinkSync(join(cwd, 'outside/actors.json'), join(cwd, 'd/actors.json')), ['validate', 'd']), error: 'd/actors.json: leads outside d (through a symbolic link); not read' },
  { attack: 'path escape', input: 'a release file (releases/0.1.0.json) is a symbolic link out of the folder', setup: (cwd) => (rmSync(join(cwd, 'd/releases/0.1.0.json')), symlinkSync(join(cwd, 'outside/secret.txt'), join(cwd, 'd/releases/0.1.0.json')), ['validate', 'd']), error: 'd/releases/0.1.0.json: leads outside d (through a symbolic link); not read' },
  // Only regular files are read: nothing that can block, never end, or is not a file.
  { attack: 'not a regular file', input: 'source file is a directory', setup: (cwd) => (sourceFile(cwd, 'sources'), ['validate', 'd']), error: `${SOURCE} d/sources: a directory, not a file; not read` },
  { attack: 'not a regular file', input: 'source file is a named pipe (would block)', setup: (cwd) => (fifo(cwd, 'd/sources/pipe.txt'), sourceFile(cwd, 'sources/pipe.txt'), ['validate', 'd']), error: `${SOURCE} d/sources/pipe.txt: a named pipe, not a file; not read`, skip: !HAS_MKFIFO },
  { attack: 'not a regular file', input: 'validate /dev/zero (never ends)', setup: () => ['validate', '/dev/zero'], error: '/dev/zero: a device, not a file; not read', skip: !existsSync('/dev/zero') },
  { attack: 'not a regular file', input: 'validate a symbolic link to /dev/zero', setup: (cwd) => (symlinkSync('/dev/zero', join(cwd, 'zero-operations.json')), ['validate', 'zero-operations.json']), error: 'zero-operations.json: a device, not a file; not read', skip: !existsSync('/dev/zero') },
  { attack: 'not a regular file', input: 'validate a named pipe', setup: (cwd) => ['validate', fifo(cwd, 'operations.json')], error: 'operations.json: a named pipe, not a file; not read', skip: !HAS_MKFIFO },
  // Size is checked before reading; at most cap + 1 bytes are ever read.
  { attack: 'size cap', input: 'a JSON file one byte over the cap (sparse, so instant)', setup: (cwd) => ['validate', sparse(cwd, 'operations.json', MAX_INPUT_BYTES + 1)], error: `operations.json: ${TOO_BIG}` },
  { attack: 'size cap', input: 'a source text over the cap', setup: (cwd) => (sparse(cwd, 'd/sources/big.txt', 4 * MAX_INPUT_BYTES), sourceFile(cwd, 'sources/big.txt'), ['validate', 'd']), error: `${SOURCE} d/sources/big.txt: ${TOO_BIG}` },
  // Text must be UTF-8: refused, never decoded to U+FFFD.
  { attack: 'encoding', input: 'a byte-order mark before the JSON', setup: (cwd) => ['validate', write(cwd, 'operations.json', '\uFEFF{"records":[]}')], error: 'operations.json: starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM' },
  { attack: 'encoding', input: 'an invalid UTF-8 byte (0xFF)', setup: (cwd) => ['validate', write(cwd, 'operations.json', Buffer.from([...Buffer.from('{"records":[\n  {"id": "a'), 0xff, ...Buffer.from('"}]}')]))], error: 'operations.json: not valid UTF-8 (first bad byte at line 2, column 12); save it as UTF-8' },
  { attack: 'encoding', input: 'an overlong UTF-8 encoding of "/" (0xC0 0xAF)', setup: (cwd) => ['validate', write(cwd, 'operations.json', Buffer.from([0x5b, 0xc0, 0xaf, 0x5d]))], error: 'operations.json: not valid UTF-8 (first bad byte at line 1, column 2); save it as UTF-8' },
  { attack: 'encoding', input: 'a UTF-8-encoded lone surrogate (0xED 0xA0 0x80)', setup: (cwd) => ['validate', write(cwd, 'operations.json', Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]))], error: 'operations.json: not valid UTF-8 (first bad byte at line 1, column 2); save it as UTF-8' },
  { attack: 'encoding', input: 'invalid UTF-8 in a source text', setup: (cwd) => (write(cwd, 'd/sources/bad.txt', Buffer.from([0x61, 0x0a, 0x62, 0xfe])), sourceFile(cwd, 'sources/bad.txt'), ['validate', 'd']), error: `${SOURCE} d/sources/bad.txt: not valid UTF-8 (first bad byte at line 2, column 2); save it as UTF-8` },
  // JSON syntax errors say line and column, and quote nothing of the file.
  { attack: 'JSON syntax', input: 'not JSON at all', setup: (cwd) => ['validate', write(cwd, 'operations.json', '{ not json')], error: 'operations.json: not valid JSON (line 1, column 3: expected a property name in double quotes)' },
  { attack: 'JSON syntax', input: 'a bare word as a value, on line 3', setup: (cwd) => ['validate', write(cwd, 'operations.json', '{\n  "records": [\n    {"id": root:x:0:0}]}')], error: 'operations.json: not valid JSON (line 3, column 12: expected a value (object, array, string, number, true, false or null))' },
  { attack: 'JSON syntax', input: 'a trailing comma', setup: (cwd) => ['validate', write(cwd, 'operations.json', '{"records": [1,]}')], error: 'operations.json: not valid JSON (line 1, column 16: expected a value (object, array, string, number, true, false or null))' },
  { attack: 'JSON syntax', input: 'a raw control character inside a string', setup: (cwd) => ['validate', write(cwd, 'operations.json', '{"records": ["a\u001b[2J"]}')], error: 'operations.json: not valid JSON (line 1, column 16: control character inside a string (escape it, e.g. \\n))' },
  { attack: 'JSON syntax', input: 'an empty file', setup: (cwd) => ['validate', write(cwd, 'operations.json', '')], error: 'operations.json: not valid JSON (line 1, column 1: unexpected end of the file)' },
  { attack: 'JSON syntax', input: '100,000 unclosed brackets', setup: (cwd) => ['validate', write(cwd, 'operations.json', '['.repeat(100_000))], error: 'operations.json: not valid JSON (line 1, column 100001: unexpected end of the file)' },
  { attack: 'JSON syntax', input: 'text after the value', setup: (cwd) => ['validate', write(cwd, 'operations.json', '[]\n[]')], error: 'operations.json: not valid JSON (line 2, column 1: unexpected text after the JSON value)' },
  // A file of the wrong shape is a usage error, not a crash.
  { attack: 'wrong shape', input: 'a data file holding null', setup: (cwd) => ['validate', write(cwd, 'operations.json', 'null')], error: 'operations.json: expected a dataset object, a { "records": [...] } file or an array of records' },
  { attack: 'wrong shape', input: 'a data file holding a number', setup: (cwd) => ['validate', write(cwd, 'operations.json', '42')], error: 'operations.json: expected a dataset object, a { "records": [...] } file or an array of records' },
  { attack: 'wrong shape', input: 'a data folder file holding null', setup: (cwd) => (write(cwd, 'd/actors.json', 'null'), ['validate', 'd']), error: 'd/actors.json: expected an object with a "records" array' },
  { attack: 'wrong shape', input: 'a release file (releases/0.1.0.json) holding null', setup: (cwd) => (write(cwd, 'd/releases/0.1.0.json', 'null'), ['validate', 'd']), error: 'd/releases/0.1.0.json › (top level): expected an object with "version" and "ids"' },
  { attack: 'wrong shape', input: 'a release file (releases/0.1.0.json) without a version', setup: (cwd) => (write(cwd, 'd/releases/0.1.0.json', '{"ids": {}}'), ['validate', 'd']), error: 'd/releases/0.1.0.json › version: expected a string such as "0.1.0"' },
  { attack: 'wrong shape', input: 'a release file (releases/0.1.0.json) with ids as a list', setup: (cwd) => (write(cwd, 'd/releases/0.1.0.json', '{"version": "0.1.0", "ids": []}'), ['validate', 'd']), error: 'd/releases/0.1.0.json › ids: expected an object of id lists by collection' },
  { attack: 'wrong shape', input: 'a release file (releases/0.1.0.json) with a number for an id', setup: (cwd) => (write(cwd, 'd/releases/0.1.0.json', '{"version": "0.1.0", "ids": {"actors": ["a", 7]}}'), ['validate', 'd']), error: 'd/releases/0.1.0.json › ids.actors[1]: expected an id (a string)' },
  { attack: 'wrong shape', input: 'a release file (releases/0.1.0.json) with an unknown collection', setup: (cwd) => (write(cwd, 'd/releases/0.1.0.json', '{"version": "0.1.0", "ids": {"__proto__": []}}'), ['validate', 'd']), error: 'd/releases/0.1.0.json › ids.__proto__: expected one of the collections sources, actors, locations, operations, quotes, corrections, redirects' },
  // --source-text names a file anywhere (the user chose it): read with the same reader, checked
  // against the source record by SHA-256 and length, never quoted.
  { attack: 'source text', input: '--source-text names a missing file', setup: () => ['timeline', '--source-text', 'outside/none.txt'], error: '--source-text outside/none.txt: no such file' },
  { attack: 'source text', input: '--source-text is another file (the secret)', setup: () => ['query', 'operations', '--source-text', 'outside/secret.txt'], error: notTheArticle('--source-text outside/secret.txt', SECRET) },
  { attack: 'source text', input: '--article is the article with one letter changed', setup: (cwd) => ['query', 'quotes', '--article', write(cwd, 'edited.txt', ARTICLE.replace('داعش', 'داعس'))], error: notTheArticle('--article edited.txt', ARTICLE.replace('داعش', 'داعس')) },
  { attack: 'source text', input: '--source-text is a symbolic link to another file', setup: (cwd) => (symlinkSync(join(cwd, 'outside/secret.txt'), join(cwd, 'article.txt')), ['timeline', '--source-text', 'article.txt']), error: notTheArticle('--source-text article.txt', SECRET) },
  { attack: 'source text', input: '--source-text is a directory', setup: () => ['query', 'actors', '--source-text', 'd/sources'], error: '--source-text d/sources: a directory, not a file; not read' },
  { attack: 'source text', input: '--source-text is /dev/zero', setup: () => ['timeline', '--source-text', '/dev/zero'], error: '--source-text /dev/zero: a device, not a file; not read', skip: !existsSync('/dev/zero') },
  { attack: 'source text', input: '--source-text is a named pipe', setup: (cwd) => ['timeline', '--source-text', fifo(cwd, 'article.txt')], error: '--source-text article.txt: a named pipe, not a file; not read', skip: !HAS_MKFIFO },
  { attack: 'source text', input: '--source-text over the cap', setup: (cwd) => ['timeline', '--source-text', sparse(cwd, 'big.txt', MAX_INPUT_BYTES + 1)], error: `--source-text big.txt: ${TOO_BIG}` },
  { attack: 'source text', input: '--source-text not UTF-8', setup: (cwd) => ['timeline', '--source-text', write(cwd, 'latin1.txt', Buffer.from([0x61, 0x0a, 0xe9]))], error: '--source-text latin1.txt: not valid UTF-8 (first bad byte at line 2, column 1); save it as UTF-8' },
  { attack: 'source text', input: '--source-text with --format csv', setup: () => ['query', 'operations', '--format', 'csv', '--source-text', 'd/sources/000_4325f0170ff2d2c8.txt'], error: '--source-text prints the evidence words with --format table, json or ndjson, not csv' },
  { attack: 'source text', input: '--source-text and --article both', setup: () => ['timeline', '--source-text', 'a.txt', '--article', 'b.txt'], error: '--article is another name for --source-text; give one of them' },
  { attack: 'source text', input: '--source-text on a command that prints no evidence', setup: () => ['validate', 'd', '--source-text', 'a.txt'], error: 'validate does not take --source-text' },
  // Flags that cannot match anything, or that carry terminal escapes.
  { attack: 'flags', input: 'timeline with --from after --to', setup: () => ['timeline', '--from', '2025-10', '--to', '2025-08'], error: '--from 2025-10 is after --to 2025-08; swap them' },
  { attack: 'flags', input: 'query operations with --from after --to', setup: () => ['query', 'operations', '--from', '2025-10-18', '--to', '2025-10-17'], error: '--from 2025-10-18 is after --to 2025-10-17; swap them' },
  { attack: 'terminal escapes', input: 'an ANSI escape sequence in a flag value', setup: () => ['timeline', '--by', '\u001b[2J\u001b[31mweek'], error: '--by must be one of day, month, year; got "\\u001b[2J\\u001b[31mweek"' },
  { attack: 'terminal escapes', input: 'a C1 CSI and a newline in a flag value', setup: () => ['timeline', '--format', '\u009b31mx\nforged line'], error: '--format must be one of text, md, json; got "\\u009b31mx\\u000aforged line"' },
  { attack: 'terminal escapes', input: 'a right-to-left override in a file name', setup: () => ['validate', 'txt.\u202Eoperations.json'], error: 'txt.\\u202eoperations.json: no such file or folder' },
]

function cli(cwd: string, args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 })
  return { stdout: result.stdout, stderr: result.stderr, status: result.status, signal: result.signal }
}

// What must hold whatever the input: no stack trace, nothing of the secret, no raw control character.
function expectSafe(output: string): void {
  expect(output).not.toMatch(/\n\s+at /)
  expect(output).not.toContain(SECRET)
  // Newlines end lines; any other C0/C1 control or bidi override would act on the terminal.
  expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
}

describe('hostile input: one line on stderr, exit 2, nothing read outside the data folder', () => {
  it.each(ATTACKS.map((a) => [`${a.attack}: ${a.input}`, a] as const))('%s', (_, attack) => {
    if (attack.skip) return
    const cwd = scratch()
    const { stdout, stderr, status, signal } = cli(cwd, attack.setup(cwd))
    expect(signal).toBeNull()
    expect({ status, stdout, stderr }).toEqual({ status: 2, stdout: '', stderr: `syria-counter-isis: ${attack.error.replaceAll('<cwd>', cwd)}\n${HINT}` })
    expectSafe(stderr)
  })

  it('lists every attack class in docs/reliability.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/reliability.md'), 'utf8')
    for (const attack of new Set(ATTACKS.map((a) => a.attack))) expect(doc).toContain(`| ${attack} |`)
  })
})

describe('hostile values inside records are printed escaped', () => {
  it('an id made of escape sequences is shown as \\u escapes in the problem list (exit 1)', () => {
    const cwd = scratch()
    write(cwd, 'operations.json', JSON.stringify([{ id: '\u001b]0;pwned\u0007\u001b[2J\u202e', ...OP }]))
    const { stdout, stderr, status } = cli(cwd, ['validate', 'operations.json'])
    expect(status).toBe(1)
    expect(stderr).toBe('')
    expect(stdout).toContain('operations[0] "\\u001b]0;pwned\\u0007\\u001b[2J\\u202e" › id: expected a kebab-case slug')
    expectSafe(stdout)
  })
})

describe('output that cannot be written', () => {
  it('a reader that closes the pipe at once (`| head -c 0`) ends the CLI quietly', async () => {
    const child = spawn(process.execPath, [CLI, 'timeline'], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const status = await new Promise<number | null>((done) => child.on('close', done))
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' })
  })

  it.runIf(existsSync('/dev/full'))('a full disk (stdout to /dev/full) is one line on stderr and exit 3, no stack trace', () => {
    const full = openSync('/dev/full', 'w')
    try {
      const result = spawnSync(process.execPath, [CLI, 'timeline'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' })
      expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 3, stderr: 'syria-counter-isis: cannot write the output (ENOSPC)\n' })
    } finally {
      closeSync(full)
    }
  })
})

describe('npm run data:format on hostile spans', () => {
  it('reports an empty or half-character `exact` by file, record and field, and writes nothing', () => {
    const cwd = scratch()
    const path = join(cwd, 'd/operations.json')
    const before = readFileSync(path, 'utf8')
    const json = JSON.parse(before) as { records: { id: string; evidence: { source: string }[] }[] }
    const [first, second] = json.records
    first!.evidence[0] = { source: first!.evidence[0]!.source, exact: '' } as never
    second!.evidence[0] = { source: second!.evidence[0]!.source, exact: '\uD800' } as never
    writeFileSync(path, JSON.stringify(json))
    const written = readFileSync(path, 'utf8')
    const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/format-data.ts'), join(cwd, 'd')], { cwd, encoding: 'utf8', timeout: 60_000 })
    expect(result.signal).toBeNull()
    expect(result.status).toBe(1)
    expect(result.stderr.split('\n')).toEqual([
      'Nothing written: 2 problem(s)',
      `operations.json "${first!.id}" › evidence[0].exact: the phrase for source "alaraby-2025-10-24" is empty; copy the exact words from the text`,
      `operations.json "${second!.id}" › evidence[0].exact: the phrase for source "alaraby-2025-10-24" holds a lone surrogate (half of a character); copy the exact words from the text`,
      '',
    ])
    expect(readFileSync(path, 'utf8')).toBe(written)
  })
})

describe('npm run data:format never writes through a link', () => {
  it('refuses a data file that is a dangling symbolic link out of the folder, and writes nothing', () => {
    const cwd = scratch()
    rmSync(join(cwd, 'd/corrections.json'))
    symlinkSync(join(cwd, 'outside/planted.json'), join(cwd, 'd/corrections.json'))
    const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/format-data.ts'), join(cwd, 'd')], { cwd, encoding: 'utf8', timeout: 60_000 })
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(`Nothing written: 1 problem(s)\n${join(cwd, 'd/corrections.json')}: a symbolic link; not written through\n`)
    expect(existsSync(join(cwd, 'outside/planted.json'))).toBe(false)
  })
})
