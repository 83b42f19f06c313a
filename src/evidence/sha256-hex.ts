/** SHA-256, lower-case hex, of the UTF-8 bytes of a string. */
export type Sha256Hex = (text: string) => string

/**
 * The SHA-256 of this runtime, or `undefined` where there is none. node:crypto is reached
 * through `process.getBuiltinModule` (Node 20.16+), so the module still bundles for a browser.
 *
 * @internal
 */
export function nodeSha256Hex(): Sha256Hex | undefined {
  const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule
  const crypto = typeof getBuiltinModule === 'function' ? (getBuiltinModule('node:crypto') as typeof import('node:crypto') | undefined) : undefined
  if (crypto === undefined) return undefined
  return (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex')
}
