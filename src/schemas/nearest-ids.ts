/**
 * Levenshtein distance between two strings (insertions, deletions, substitutions), for the
 * "did you mean" hints on mistyped ids and criteria keys. Internal: not exported.
 */
export function editDistance(a: string, b: string): number {
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
 * The known ids closest to a mistyped one (at most three, nearest first), for "did you mean"
 * hints in validation messages and on the command line. Internal: not exported.
 */
export function nearestIds(id: string, known: Iterable<string>): string[] {
  const limit = Math.max(2, Math.floor(id.length / 4))
  const near: [string, number][] = []
  for (const candidate of known) {
    // Lengths that differ by more than the limit cannot be within it: skip the full comparison.
    if (Math.abs(candidate.length - id.length) > limit) continue
    const d = editDistance(id, candidate)
    if (d <= limit) near.push([candidate, d])
  }
  return near
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([candidate]) => candidate)
}

/** ` (did you mean "a" or "b"?)`, or nothing when no known id is close. */
export function didYouMean(id: string, known: Iterable<string>): string {
  const near = nearestIds(id, known)
  return near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : ''
}
