import { UsageError } from './usage-error.js'

// Levenshtein distance, for "did you mean" on mistyped ids.
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/**
 * Checks that an id given on the command line exists (live or redirected), and otherwise
 * fails with a one-line message naming the flag, the id and the nearest known ids.
 */
export function checkId(flag: string, id: string, known: readonly string[], exists: (id: string) => boolean): string {
  if (exists(id)) return id
  const near = known
    .map((candidate) => [candidate, distance(id, candidate)] as const)
    .filter(([, d]) => d <= Math.max(2, Math.floor(id.length / 4)))
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([candidate]) => candidate)
  throw new UsageError(`${flag}: unknown id "${id}"${near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : ''}`)
}
