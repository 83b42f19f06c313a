/** Where the chain starting at an id leads: its last id, or the loop it falls into. */
export type ChainEnd = { readonly end: string } | { readonly loop: readonly string[] }

/**
 * Follows `next` from every id of `starts` (redirect chains, location parent chains) in time
 * linear in the number of ids, with no recursion: each id is walked once, and every id met on
 * the way is given the result, so a 16,000-long chain costs 16,000 steps, not 16,000².
 *
 * An id whose chain loops maps to the loop (the same array for every id that reaches it), in
 * walking order starting at the first loop member met, so each loop can be reported once.
 *
 * @internal
 * @param starts - the ids to resolve, in the order loops should be found
 * @param next - the id an id leads to, or `undefined` where the chain ends
 * @returns for each id met (starts and every id on their chains), where it leads
 */
export function followChains(starts: Iterable<string>, next: (id: string) => string | undefined): Map<string, ChainEnd> {
  const result = new Map<string, ChainEnd>()
  // Position of each id on the path being walked, to tell a loop from an id resolved earlier.
  const onPath = new Map<string, number>()
  for (const start of starts) {
    if (result.has(start)) continue
    const path: string[] = []
    let at: string | undefined = start
    let ending: ChainEnd
    for (;;) {
      const known = result.get(at)
      if (known !== undefined) {
        ending = known
        break
      }
      const seenAt = onPath.get(at)
      if (seenAt !== undefined) {
        const loop = path.slice(seenAt)
        ending = { loop }
        break
      }
      onPath.set(at, path.length)
      path.push(at)
      const following = next(at)
      if (following === undefined) {
        ending = { end: at }
        break
      }
      at = following
    }
    for (const id of path) {
      result.set(id, ending)
      onPath.delete(id)
    }
  }
  return result
}

/**
 * A loop of ids written for a message, `a > b > a`; a long loop is shortened in the middle so
 * one bad chain cannot make a message of megabytes.
 *
 * @internal
 */
export function describeLoop(loop: readonly string[], arrow: string): string {
  const MAX = 10
  const shown = loop.length <= MAX ? loop : [...loop.slice(0, MAX / 2), `… ${loop.length - MAX} more …`, ...loop.slice(-MAX / 2)]
  return [...shown, loop[0]].join(` ${arrow} `)
}
