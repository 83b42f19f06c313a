/** A SHA-256 of the UTF-8 bytes of a string, as lower-case hex. */
export type Sha256 = (text: string) => string

/**
 * The SHA-256 of Node's `node:crypto`, reached through `process.getBuiltinModule` (Node 20.16+)
 * so that modules using it still bundle for a browser; `undefined` where there is no Node.
 *
 * @internal
 */
export function nodeSha256(): Sha256 | undefined {
  const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule
  const crypto = typeof getBuiltinModule === 'function' ? (getBuiltinModule('node:crypto') as typeof import('node:crypto') | undefined) : undefined
  if (crypto === undefined) return undefined
  return (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex')
}

/** {@link nodeSha256}, or a clear error where this runtime has none. @internal */
export function requireSha256(): Sha256 {
  const sha256 = nodeSha256()
  if (sha256 === undefined) throw new Error('SHA-256 needs node:crypto (Node 20.16 or later); this runtime has none')
  return sha256
}
