import type { Quote } from '../../../schemas/quote.js'
import { APPROXIMATE, DATED, QUOTE_CHANNELS, QUOTE_MODES, UNCERTAIN } from '../index/bit-layout.js'
import { choosePlan } from './query-plan.js'
import { dateCandidates } from './date-candidates.js'
import { dayRange } from './day-range.js'
import { inSubtreeRanges } from './subtree-ranges.js'
import type { IndexedDataset, Postings } from '../index/dataset-index.js'
import { resolveIds } from '../resolve-ids.js'
import { postingsSize } from '../index/postings.js'
import type { CandidateSource, QueryPlan } from './query-plan.js'
import type { QuoteCriteria } from '../../quote-criteria.js'
import { subtreeRanges } from './subtree-ranges.js'
import { unionPostings } from '../index/postings.js'

const NOTHING: QueryPlan = { test: () => false, records: new Uint32Array(0) }

function given<T>(list: readonly T[] | undefined): list is readonly T[] {
  return list !== undefined && list.length > 0
}

function checkVocabulary(vocabulary: readonly string[], values: readonly string[], name: string): Set<string> {
  for (const v of values) if (!vocabulary.includes(v)) throw new RangeError(`Unknown ${name} ${JSON.stringify(v)}: expected one of ${vocabulary.join(', ')}`)
  return new Set(values)
}

/** @internal Extra criterion for timelines: quotes spoken by or about one of these actors. */
export interface QuoteInvolvement {
  readonly involving?: readonly string[]
}

/**
 * Compiles quote criteria into a plan (see `planOperations`).
 *
 * @internal
 * @param criteria - the criteria
 * @param ds - the indexed dataset
 * @returns the plan
 * @throws RangeError naming a bad date, mode or vocabulary value
 */
export function planQuotes(criteria: QuoteCriteria & QuoteInvolvement, ds: IndexedDataset): QueryPlan {
  const { index } = ds
  const quotes = ds.dataset.quotes
  const dates = index.quoteDates
  const range = dayRange(criteria.from, criteria.to, criteria.dateMode)
  const about = criteria.about ?? {}
  const modes = given(criteria.modes) ? checkVocabulary(QUOTE_MODES, criteria.modes, 'quote mode') : undefined
  const channels = given(criteria.channels) ? checkVocabulary(QUOTE_CHANNELS, criteria.channels, 'quote channel') : undefined
  const topics = given(about.topics) ? new Set<string>(about.topics) : undefined
  const excluded = (criteria.includeUncertainDates === false ? UNCERTAIN : 0) | (criteria.includeApproximateDates === false ? APPROXIMATE : 0)
  const sources: CandidateSource[] = []
  const tests: ((q: Quote, i: number) => boolean)[] = []

  const byIds = (ids: readonly string[] | undefined, byId: ReadonlyMap<string, number>, records: readonly { readonly id: string }[], postings: readonly Postings[], test: (q: Quote, known: ReadonlySet<string>) => boolean): boolean => {
    if (!given(ids)) return true
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
  if (!byIds(criteria.speakers, index.actorById, ds.dataset.actors, [index.speakerQuotes], (q, known) => known.has(q.speaker))) return NOTHING
  if (!byIds(about.operations, index.operationById, ds.dataset.operations, [index.aboutOperationQuotes], (q, known) => q.about.operations.some((id) => known.has(id)))) return NOTHING
  if (!byIds(about.actors, index.actorById, ds.dataset.actors, [index.aboutActorQuotes], (q, known) => q.about.actors.some((id) => known.has(id)))) return NOTHING
  if (
    !byIds(criteria.involving, index.actorById, ds.dataset.actors, [index.speakerQuotes, index.aboutActorQuotes], (q, known) => known.has(q.speaker) || q.about.actors.some((id) => known.has(id)))
  ) {
    return NOTHING
  }
  if (given(about.locations)) {
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
