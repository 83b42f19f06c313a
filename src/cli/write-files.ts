import { closeSync, constants, lstatSync, mkdirSync, openSync, unlinkSync, writeSync, type Stats } from 'node:fs'
import { join, parse, resolve, sep } from 'node:path'
import { UsageError } from './usage-error.js'

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new UsageError(`cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
}

function failure(path: string, error: unknown): UsageError {
  return new UsageError(`cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
}

// Every folder between `out` and the file is created here or checked to be a real folder, never
// followed through a symlink: a link planted inside `out` cannot send a file elsewhere.
function ensureFolders(out: string, parts: readonly string[]): void {
  let path = out
  for (const part of parts) {
    path = join(path, part)
    const stats = lstatOrUndefined(path)
    if (stats === undefined) {
      try {
        mkdirSync(path)
      } catch (error) {
        throw failure(path, error)
      }
    } else if (stats.isSymbolicLink()) throw new UsageError(`refusing to write through the symbolic link ${path}`)
    else if (!stats.isDirectory()) throw new UsageError(`cannot write into ${path}: it is not a folder`)
  }
}

// \`mkdirSync(path, { recursive: true })\` retries forever on some paths (\`/proc/x\` answers ENOENT
// to every try), so the folders are made one at a time and the first failure is the answer.
function createFolder(out: string): void {
  const absolute = resolve(out)
  const { root } = parse(absolute)
  const parts = absolute.slice(root.length).split(sep).filter((part) => part !== '')
  let path = root
  for (const part of parts) {
    path = join(path, part)
    const stats = lstatOrUndefined(path)
    if (stats !== undefined && (stats.isDirectory() || (stats.isSymbolicLink() && isFolderBehindLink(path)))) continue
    if (stats !== undefined) throw new UsageError(`cannot write ${out} (ENOTDIR)`)
    try {
      mkdirSync(path)
    } catch (error) {
      throw failure(out, error)
    }
  }
}

/**
 * Writes files (by `/`-separated path relative to `out`) into `out`, refusing symbolic links,
 * anything but a regular file in the way, and an existing file unless `force`. Every target is
 * checked before the first byte is written, so a refusal leaves the folder as it was.
 * Files are opened with O_CREAT|O_EXCL (and O_NOFOLLOW where the system has it), which neither
 * follows a link nor blocks on a FIFO.
 *
 * @returns the paths written, joined to `out`
 */
export function writeFiles(out: string, files: ReadonlyMap<string, string>, force: boolean): string[] {
  if (out.trim() === '') throw new UsageError('--out must name a folder; got an empty path')
  const outStats = lstatOrUndefined(out)
  if (outStats !== undefined && !outStats.isDirectory() && !(outStats.isSymbolicLink() && isFolderBehindLink(out))) throw new UsageError(`--out ${out} is not a folder`)
  const targets = [...files.keys()].map((path) => ({ path, target: join(out, ...path.split('/')) }))
  for (const { target } of targets) {
    const stats = lstatOrUndefined(target)
    if (stats === undefined) continue
    if (stats.isSymbolicLink()) throw new UsageError(`refusing to write through the symbolic link ${target}`)
    if (!stats.isFile()) throw new UsageError(`cannot write ${target}: something other than a file is there`)
    if (!force) throw new UsageError(`${target} already exists; add --force to overwrite the export files`)
  }
  createFolder(out)
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0)
  const written: string[] = []
  for (const { path, target } of targets) {
    ensureFolders(out, path.split('/').slice(0, -1))
    if (lstatOrUndefined(target) !== undefined) unlinkSync(target) // checked above: a regular file, and --force
    let fd: number | undefined
    try {
      fd = openSync(target, flags, 0o644)
      writeSync(fd, files.get(path) ?? '')
    } catch (error) {
      throw failure(target, error)
    } finally {
      if (fd !== undefined) closeSync(fd)
    }
    written.push(target)
  }
  return written
}

// `--out` itself may be a link the user made on purpose (e.g. to another disk); only links
// inside it are refused.
function isFolderBehindLink(path: string): boolean {
  try {
    return lstatSync(`${path}${sep}.`).isDirectory()
  } catch {
    return false
  }
}
