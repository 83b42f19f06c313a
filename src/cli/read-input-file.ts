import { closeSync, constants, existsSync, fstatSync, openSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs'
import { isAbsolute, relative } from 'node:path'
import { findJsonSyntaxError } from './json-syntax-error.js'

/**
 * Largest file the CLI reads: 32 MiB. The biggest data file today is about 63 kB, so this leaves
 * room for a dataset hundreds of times larger, while a runaway or hostile input (a `/dev/zero`
 * symlink, a multi-gigabyte dump) is refused from its size alone, before a byte is read, instead of
 * filling memory: `JSON.parse` needs several times the text's size, and V8 strings stop at 512 MiB.
 */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024

/** The text of an input file, or a one-line problem that names the file and quotes none of it. */
export type TextFile = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string; readonly missing: boolean }

/** A JSON file's value, or a one-line problem naming the file: unreadable or not JSON. */
export type JsonFile = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string; readonly missing: boolean }

/** Options of {@link readInputText} and {@link readJsonFile}. */
export interface ReadOptions {
  /** A folder the file must lie in once symbolic links are resolved (the data folder). */
  readonly within?: string
}

const CHUNK = 64 * 1024

function refuse(path: string, why: string, missing = false): { ok: false; problem: string; missing: boolean } {
  return { ok: false, problem: `${path}: ${why}`, missing }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory'
  if (stat.isFIFO()) return 'a named pipe'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).name
}

// Where the first byte that is not UTF-8 sits: the longest prefix that decodes (a streaming decode
// accepts a cut-off last character) ends there. Only runs on text already known to be bad.
function firstBadByte(bytes: Uint8Array): number {
  let good = 0
  let bad = bytes.length
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2)
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true })
      good = middle
    } catch {
      bad = middle
    }
  }
  return good
}

function isOutside(root: string, real: string): boolean {
  const inside = relative(root, real)
  return inside.split(/[\\/]/)[0] === '..' || isAbsolute(inside)
}

const OPEN_FILES = '/proc/self/fd'

function readBytes(path: string, real: string, before: Stats, root: string | undefined): Uint8Array | { ok: false; problem: string; missing: boolean } {
  // O_NONBLOCK: a file swapped for a named pipe after the check cannot make open() wait forever.
  const fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  try {
    // Where Linux says the open file is: a folder on the path swapped for a link after the check is caught too.
    if (root !== undefined && existsSync(OPEN_FILES) && isOutside(root, readlinkSync(`${OPEN_FILES}/${fd}`))) {
      return refuse(path, 'changed while it was being opened; not read')
    }
    const stat = fstatSync(fd)
    if (!stat.isFile()) return refuse(path, `${kindOf(stat)}, not a file; not read`)
    if (stat.dev !== before.dev || stat.ino !== before.ino) return refuse(path, 'changed while it was being opened; not read')
    // Read at most one byte past the cap: a size that lies (/proc, a growing file) is still caught.
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK, MAX_INPUT_BYTES + 1 - total))
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n === 0) break
      chunks.push(chunk.subarray(0, n))
      total += n
      if (total > MAX_INPUT_BYTES) return refuse(path, `larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit for input files; not read`)
    }
    return Buffer.concat(chunks, total)
  } finally {
    closeSync(fd)
  }
}

/**
 * Reads a UTF-8 text file for the CLI, the one way every CLI path reads a file: only a regular
 * file (no directory, device, pipe or socket), no larger than {@link MAX_INPUT_BYTES} (checked
 * before reading), inside `within` when given (after resolving symbolic links), and valid UTF-8
 * (refused, never decoded to U+FFFD). A byte-order mark is kept as part of the text.
 */
export function readInputText(path: string, options: ReadOptions = {}): TextFile {
  try {
    let real: string
    try {
      real = realpathSync(path)
    } catch (error) {
      const code = errorCode(error)
      return refuse(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code})`, code === 'ENOENT')
    }
    const root = options.within === undefined ? undefined : realpathSync(options.within)
    if (root !== undefined && isOutside(root, real)) return refuse(path, `leads outside ${options.within} (through a symbolic link); not read`)
    const stat = statSync(real)
    if (!stat.isFile()) return refuse(path, `${kindOf(stat)}, not a file; not read`)
    if (stat.size > MAX_INPUT_BYTES) return refuse(path, `larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit for input files; not read`)
    const bytes = readBytes(path, real, stat, root)
    if (!(bytes instanceof Uint8Array)) return bytes
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
    } catch {
      const at = firstBadByte(bytes)
      // Streaming leaves out a cut-off last character: the bad one starts where the decoded text ends.
      const before = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, at), { stream: true }).split(/\r\n|\r|\n/)
      return refuse(path, `not valid UTF-8 (first bad byte at line ${before.length}, column ${[...(before.at(-1) ?? '')].length + 1}); save it as UTF-8`)
    }
  } catch (error) {
    return refuse(path, `cannot read (${errorCode(error)})`)
  }
}

/**
 * Reads and parses a JSON file with {@link readInputText}, without throwing. A byte-order mark
 * is refused (RFC 8259 forbids it), and a syntax error is reported by line and column.
 */
export function readJsonFile(path: string, options: ReadOptions = {}): JsonFile {
  const file = readInputText(path, options)
  if (!file.ok) return file
  if (file.text.startsWith('\uFEFF')) return refuse(path, 'starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM')
  try {
    return { ok: true, value: JSON.parse(file.text) }
  } catch (error) {
    const syntax = findJsonSyntaxError(file.text)
    // V8's own message quotes the text, so it is not shown.
    return refuse(path, syntax ? `not valid JSON (line ${syntax.line}, column ${syntax.column}: ${syntax.reason})` : `cannot parse (${errorCode(error)})`)
  }
}
