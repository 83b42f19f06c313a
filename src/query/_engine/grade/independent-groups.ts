import type { GradeContext } from './grade-context.js'

/**
 * How many independent groups the given sources form. Two sources are one group when they
 * share a publisher, when one's publisher is in the other's `carries`, or when they carry the
 * same wire or outlet: each source is joined to its publisher and to everything it carries
 * (union-find), so chains of copies collapse too. Reference sources (encyclopaedias,
 * gazetteers) and ids the dataset does not know never count: they cannot corroborate an event.
 *
 * @internal
 * @param sourceIds - source ids, duplicates allowed
 * @param context - the dataset's lookups
 * @returns the number of groups
 */
export function independentGroups(sourceIds: Iterable<string>, context: GradeContext): number {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let root = x
    while (parent.get(root) !== root) root = parent.get(root)!
    // Path compression keeps long chains of carried copies flat.
    for (let at = x; at !== root; ) {
      const next = parent.get(at)!
      parent.set(at, root)
      at = next
    }
    return root
  }
  const add = (x: string): string => {
    if (!parent.has(x)) parent.set(x, x)
    return find(x)
  }
  const union = (a: string, b: string): void => {
    const [ra, rb] = [add(a), add(b)]
    if (ra !== rb) parent.set(ra, rb)
  }
  const counted = new Set<string>()
  for (const id of sourceIds) {
    const source = context.source(id)
    if (source === undefined || source.kind === 'reference' || counted.has(id)) continue
    counted.add(id)
    const node = `source:${id}`
    add(node)
    if (source.publisher !== undefined) union(node, `actor:${source.publisher}`)
    for (const carried of source.carries ?? []) union(node, `actor:${carried}`)
  }
  const roots = new Set<string>()
  for (const id of counted) roots.add(find(`source:${id}`))
  return roots.size
}
