import type { GradableDataset, GradableSource } from './gradable.js'

/**
 * What grading looks up in a dataset, built once per dataset object: sources by id, each
 * actor with every body its affiliations reach, each place with its parent chain.
 *
 * @internal
 */
export interface GradeContext {
  readonly source: (id: string) => GradableSource | undefined
  /** The actor and every actor its affiliations reach, transitively. */
  readonly bodiesOf: (actor: string) => ReadonlySet<string>
  /** The place and every place up its parent chain. */
  readonly placesOf: (location: string) => ReadonlySet<string>
}

const CONTEXTS = new WeakMap<object, GradeContext>()

// Breadth-first with a seen set: a loop in a dataset that skipped validation must not hang.
function reach(start: string, next: (id: string) => readonly string[]): ReadonlySet<string> {
  const seen = new Set([start])
  const queue = [start]
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const n of next(id)) if (!seen.has(n)) seen.add(n), queue.push(n)
  }
  return seen
}

function memo(compute: (id: string) => ReadonlySet<string>): (id: string) => ReadonlySet<string> {
  const cache = new Map<string, ReadonlySet<string>>()
  return (id) => {
    let found = cache.get(id)
    if (found === undefined) cache.set(id, (found = compute(id)))
    return found
  }
}

/**
 * The grading lookups of a dataset, cached by the dataset's identity (datasets are frozen).
 *
 * @internal
 * @param dataset - the dataset the claims' sources, actors and places are in
 * @returns its lookups
 */
export function gradeContext(dataset: GradableDataset): GradeContext {
  let context = CONTEXTS.get(dataset)
  if (context !== undefined) return context
  const sources = new Map(dataset.sources.map((s) => [s.id, s]))
  const affiliations = new Map(dataset.actors.map((a) => [a.id, (a.affiliations ?? []).map((f) => f.actor)]))
  const parents = new Map(dataset.locations.map((l) => [l.id, l.parent ? [l.parent.location] : []]))
  context = {
    source: (id) => sources.get(id),
    bodiesOf: memo((actor) => reach(actor, (id) => affiliations.get(id) ?? [])),
    placesOf: memo((location) => reach(location, (id) => parents.get(id) ?? [])),
  }
  CONTEXTS.set(dataset, context)
  return context
}
