import type { Quote } from '../../../schemas/quote.js'
import type { IndexedDataset } from '../../types.js'
import { APPROXIMATE, DATED, QUOTE_CHANNELS, QUOTE_MODES, UNCERTAIN } from '../index/bit-layout.js'
import { indexOf, type Postings } from '../index/dataset-index.js'
import { postingsSize, unionPostings } from '../index/postings.js'
import { resolveIds } from '../resolve-ids.js'
import { checkCriteria, DATE_RULES, type CriteriaShape } from './check-criteria.js'
import { dateCandidates } from './date-candidates.js'
import { dayRange } from './day-range.js'
import { choosePlan, type CandidateSource, type QueryPlan } from './query-plan.js'
import { inSubtreeRanges, subtreeRanges } from './subtree-ranges.js'

const NOTHING: QueryPlan = { test: () => false, records: new Uint32Array(0) }

/** @internal The keys of `QuoteCriteria`, each with its rule. */
export const QUOTE_CRITERIA = {
  ...DATE_RULES,
  speakers: { kind: 'ids' },
  about: { kind: 'nested', shape: { operations: { kind: 'ids' }, actors: { kind: 'ids' }, locations: { kind: 'ids' }, topics: { kind: 'strings' } } },
  modes: { kind: 'values', vocabulary: QUOTE_MODES, what: 'quote mode' },
  channels: { kind: 'values', vocabulary: QUOTE_CHANNELS, what: 'quote channel' },
  includeUncertainDates: { kind: 'flag' },
  includeApproximateDates: { kind: 'flag' },
} as const satisfies CriteriaShape

/**
 * Compiles quote criteria into a plan (see `planOperations`).
 *
 * @internal
 * @param criteria - the criteria (see `QuoteCriteria`), checked here
 * @param ds - the indexed dataset
 * @param involving - for timelines: only quotes spoken by or about one of these actors
 * @param where - how errors name the criteria
 * @returns the plan
 * @throws TypeError or RangeError naming the key and value at fault (see `checkCriteria`, `dayRange`)
 */
export function planQuotes(criteria: unknown, ds: IndexedDataset, involving?: readonly string[], where = 'filterQuotes criteria'): QueryPlan {
  const index = indexOf(ds)
  const quotes = ds.dataset.quotes
  const dates = index.quoteDates
  const c = checkCriteria(criteria, QUOTE_CRITERIA, where)
  const range = dayRange(c.from, c.to, c.dateMode)
  const about = c.about
  const modes = c.modes ? new Set(c.modes) : undefined
  const channels = c.channels ? new Set(c.channels) : undefined
  const topics = about.topics ? new Set(about.topics) : undefined
  const excluded = (c.includeUncertainDates === false ? UNCERTAIN : 0) | (c.includeApproximateDates === false ? APPROXIMATE : 0)
  const sources: CandidateSource[] = []
  const tests: ((q: Quote, i: number) => boolean)[] = []

  const byIds = (ids: readonly string[] | undefined, byId: ReadonlyMap<string, number>, records: readonly { readonly id: string }[], postings: readonly Postings[], test: (q: Quote, known: ReadonlySet<string>) => boolean): boolean => {
    if (ids === undefined || ids.length === 0) return true
    const keys = resolveIds(index, byId, ids)
    if (keys.length === 0) return false
    const known = new Set(keys.map((k) => records[k]!.id))
    const estimate = postings.reduce((sum, p) => sum + postingsSize(p, keys), 0)
    sources.push({
      estimate,
      collect: () => {
        if (postings.length === 1) return { records: unionPostings(postings[0]!, keys) }
        const merged = new Set<number>()
        for (const p of postings) for (const r of unionPostings(p, keys)) merged.add(r)
        return { records: Uint32Array.from(merged).sort() }
      },
    })
    tests.push((q) => test(q, known))
    return true
  }
  if (!byIds(c.speakers, index.actorById, ds.dataset.actors, [index.speakerQuotes], (q, known) => known.has(q.speaker))) return NOTHING
  if (!byIds(about.operations, index.operationById, ds.dataset.operations, [index.aboutOperationQuotes], (q, known) => q.about.operations.some((id) => known.has(id)))) return NOTHING
  if (!byIds(about.actors, index.actorById, ds.dataset.actors, [index.aboutActorQuotes], (q, known) => q.about.actors.some((id) => known.has(id)))) return NOTHING
  if (
    !byIds(involving, index.actorById, ds.dataset.actors, [index.speakerQuotes, index.aboutActorQuotes], (q, known) => known.has(q.speaker) || q.about.actors.some((id) => known.has(id)))
  ) {
    return NOTHING
  }
  if (about.locations) {
    const ranges = subtreeRanges(index, about.locations)
    if (ranges.length === 0) return NOTHING
    const keys: number[] = []
    for (let r = 0; r < ranges.length; r += 2) for (let t = ranges[r]!; t < ranges[r + 1]!; t++) keys.push(index.locationsByTin[t]!)
    sources.push({ estimate: postingsSize(index.aboutLocationQuotes, keys), collect: () => ({ records: unionPostings(index.aboutLocationQuotes, keys) }) })
    tests.push((q) =>
      q.about.locations.some((id) => {
        const l = index.locationById.get(id)
        return l !== undefined && inSubtreeRanges(ranges, index.locationTin[l]!)
      }),
    )
  }
  if (range.active) {
    const found = dateCandidates(dates, range)
    sources.push({ estimate: found.estimate, collect: () => ({ positions: found.collect() }) })
  }
  if (topics) tests.push((q) => q.about.topics.some((t) => topics.has(t)))
  if (modes) tests.push((q) => modes.has(q.mode))
  if (channels) tests.push((q) => channels.has(q.channel))

  const { start, end, flags } = dates
  const { from, to } = range
  const within = range.mode === 'within'
  const test = (i: number): boolean => {
    const f = flags[i]!
    if (f & excluded) return false
    if (range.active && (!(f & DATED) || (within ? start[i]! < from || end[i]! > to : start[i]! > to || end[i]! < from))) return false
    const q = quotes[i]!
    for (const t of tests) if (!t(q, i)) return false
    return true
  }
  return choosePlan(sources, test)
}
