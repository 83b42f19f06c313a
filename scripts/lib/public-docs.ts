import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './paths.js'

/** Where each release's README and guides are frozen, for the compatibility test. */
export const COMPAT_DIR = join(ROOT, 'test', 'compat', 'releases')

/** The documents whose examples are the public usage a release promises: README and guides. */
export function publicDocs(root: string = ROOT): string[] {
  return ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)]
}
