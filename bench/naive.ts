/**
 * Naive reference implementations: `Array.prototype.filter` and `sort` over the records, with
 * no index, computing each record's interval from its EDTF string on the fly. The property tests
 * check the indexed helpers agree with them; the benchmark times them as the baseline.
 */
import { edtfToInterval } from '../src/dates/calendar-interval.js'
import { MAX_DAY, MIN_DAY } from '../src/dates/day-bounds.js'
import { parseEdtf } from '../src/dates/edtf.js'
import type { Dataset } from '../src/schemas/dataset.js'
import type { Operation } from '../src/schemas/operation.js'
import type { Quote } from '../src/schemas/quote.js'
import type { OperationCriteria } from '../src/query/criteria.js'
import type { QuoteCriteria } from '../src/query/criteria.js'
import { timelineGroup } from '../src/query/_engine/timeline-group.js'
import type { TimelineGrouping } from '../src/query/types.js'

type Bound = string | Date | undefined

function dayOf(value: Bound, end: boolean): string {
  if (value === undefined) return end ? MAX_DAY : MIN_DAY
  if (value instanceof Date) {
    return `${String(value.getFullYear()).padStart(4, '0')}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`
  }
  const interval = edtfToInterval(value)
  return end ? interval.end : interval.start
}

function qualifiers(date: string): { uncertain: boolean; approximate: boolean } {
  const parsed = parseEdtf(date)
  if (!parsed.ok) throw new RangeError(parsed.reason)
  const ends = parsed.value.kind === 'date' ? [parsed.value] : [parsed.value.start, parsed.value.end]
  let uncertain = false
  let approximate = false
  for (const e of ends) {
    if (typeof e !== 'object') continue
    uncertain ||= e.uncertain
    approximate ||= e.approximate
  }
  return { uncertain, approximate }
}

function dateMatches(date: string | undefined, from: Bound, to: Bound, mode: string | undefined): boolean {
  if (from === undefined && to === undefined) return true
  if (date === undefined) return false
  const f = dayOf(from, false)
  const t = dayOf(to, true)
  const { start, end } = edtfToInterval(date)
  // YYYY-MM-DD strings compare in calendar order.
  return mode === 'within' ? start >= f && end <= t : start <= t && end >= f
}

function resolver(dataset: Dataset): (id: string) => string {
  const to = new Map(dataset.redirects.map((r) => [r.id, r.to]))
  return (id) => {
    let at = id
    for (let guard = 0; to.has(at) && guard < 100; guard++) at = to.get(at)!
    return at
  }
}

function inside(dataset: Dataset): (location: string, ancestors: ReadonlySet<string>) => boolean {
  const parent = new Map(dataset.locations.map((l) => [l.id, l.parent?.location]))
  return (location, ancestors) => {
    for (let at: string | undefined = location, guard = 0; at !== undefined && guard < 1000; at = parent.get(at), guard++) if (ancestors.has(at)) return true
    return false
  }
}

const nonEmpty = <T>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0

/** `filterOperations` without indexes. */
export function naiveFilterOperations(dataset: Dataset, c: OperationCriteria): Operation[] {
  const resolve = resolver(dataset)
  const within = inside(dataset)
  const actors = nonEmpty(c.actors) ? new Set(c.actors.map(resolve)) : undefined
  const roles = c.role === undefined ? undefined : new Set<string>(typeof c.role === 'string' ? [c.role] : c.role)
  const useRoles = roles !== undefined && roles.size > 0
  const locations = nonEmpty(c.locations) ? new Set(c.locations.map(resolve)) : undefined
  // Cheap field checks first and the date (parsed per record) last: a fair naive filter.
  return dataset.operations.filter((op) => {
    if (actors) {
      const asParticipant = op.participants.some((p) => actors.has(p.actor) && (!useRoles || roles.has(p.role)))
      const inOutcome = !useRoles && op.outcomes.some((o) => o.actors.some((a) => actors.has(a)))
      if (!asParticipant && !inOutcome) return false
    }
    if (nonEmpty(c.types) && !op.types.some((t) => c.types!.includes(t))) return false
    if (nonEmpty(c.certainty) && !c.certainty.includes(op.certainty)) return false
    const sum = (kinds: readonly string[]): number => op.outcomes.filter((o) => kinds.includes(o.kind)).reduce((s, o) => s + (o.count?.min ?? 0), 0)
    if (c.minKilled !== undefined && sum(['killed', 'died-of-wounds']) < c.minKilled) return false
    if (c.minDetained !== undefined && sum(['detained']) < c.minDetained) return false
    if (locations && !within(op.location, locations)) return false
    if (c.includeUncertainDates === false || c.includeApproximateDates === false) {
      const q = qualifiers(op.date)
      if (c.includeUncertainDates === false && q.uncertain) return false
      if (c.includeApproximateDates === false && q.approximate) return false
    }
    return dateMatches(op.date, c.from, c.to, c.dateMode)
  })
}

/** `filterQuotes` without indexes (plus the timeline's "spoken by or about" actor rule). */
export function naiveFilterQuotes(dataset: Dataset, c: QuoteCriteria & { readonly involving?: readonly string[] }): Quote[] {
  const resolve = resolver(dataset)
  const within = inside(dataset)
  const set = (ids: readonly string[] | undefined): Set<string> | undefined => (nonEmpty(ids) ? new Set(ids.map(resolve)) : undefined)
  const speakers = set(c.speakers)
  const involving = set(c.involving)
  const about = c.about ?? {}
  const operations = set(about.operations)
  const actors = set(about.actors)
  const locations = set(about.locations)
  return dataset.quotes.filter((q) => {
    if (!dateMatches(q.date, c.from, c.to, c.dateMode)) return false
    if (q.date !== undefined) {
      const f = qualifiers(q.date)
      if (c.includeUncertainDates === false && f.uncertain) return false
      if (c.includeApproximateDates === false && f.approximate) return false
    }
    if (speakers && !speakers.has(q.speaker)) return false
    if (involving && !involving.has(q.speaker) && !q.about.actors.some((a) => involving.has(a))) return false
    if (operations && !q.about.operations.some((o) => operations.has(o))) return false
    if (actors && !q.about.actors.some((a) => actors.has(a))) return false
    if (locations && !q.about.locations.some((l) => within(l, locations))) return false
    if (nonEmpty(about.topics) && !q.about.topics.some((t) => about.topics!.includes(t))) return false
    if (nonEmpty(c.modes) && !c.modes.includes(q.mode)) return false
    if (nonEmpty(c.channels) && !c.channels.includes(q.channel)) return false
    return true
  })
}

/** A timeline without indexes: filter, decorate with intervals and labels, sort, group. */
export function naiveTimeline(
  dataset: Dataset,
  options: { readonly from?: string; readonly to?: string; readonly groupBy?: TimelineGrouping; readonly actors?: readonly string[]; readonly locations?: readonly string[] },
): { key: string; start: string; end: string; entries: { kind: string; id: string; date: string; start: string; end: string; label: { readonly en: string; readonly ar?: string | undefined } }[] }[] {
  const range = { ...(options.from !== undefined ? { from: options.from } : {}), ...(options.to !== undefined ? { to: options.to } : {}) }
  const ops = naiveFilterOperations(dataset, { ...range, ...(options.actors ? { actors: options.actors } : {}), ...(options.locations ? { locations: options.locations } : {}) })
  const quotes = naiveFilterQuotes(dataset, {
    ...range,
    ...(options.actors ? { involving: options.actors } : {}),
    ...(options.locations ? { about: { locations: options.locations } } : {}),
  }).filter((q) => q.date !== undefined)
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]))
  const items = [
    ...ops.map((o) => ({ kind: 'operation', id: o.id, date: o.date, ...edtfToInterval(o.date), label: o.title })),
    ...quotes.map((q) => {
      const name = names.get(q.speaker) ?? { en: q.speaker }
      return { kind: 'quote', id: q.id, date: q.date!, ...edtfToInterval(q.date!), label: q.text.ar === undefined ? { en: `${name.en}: ${q.text.en.slice(0, 80)}` } : { en: `${name.en}: ${q.text.en.slice(0, 80)}`, ar: `${name.ar ?? name.en}: ${q.text.ar.slice(0, 80)}` } }
    }),
  ]
  // An open start (../2026-01-15) is placed at its last day, the one the source states; then
  // last day descending, then first day ascending. Entries and groups alike.
  const place = (x: { readonly start: string; readonly end: string }): string => (x.start === MIN_DAY ? x.end : x.start)
  const byDays = (a: { readonly start: string; readonly end: string }, b: { readonly start: string; readonly end: string }): number =>
    place(a) < place(b) ? -1 : place(a) > place(b) ? 1 : a.end > b.end ? -1 : a.end < b.end ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0
  items.sort((a, b) => byDays(a, b) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.id < b.id ? -1 : 1))
  const groups = new Map<string, { key: string; start: string; end: string; entries: (typeof items)[number][] }>()
  for (const item of items) {
    const g = timelineGroup(item.start, item.end, options.groupBy ?? 'month')
    let group = groups.get(g.key)
    if (!group) groups.set(g.key, (group = { ...g, entries: [] }))
    group.entries.push(item)
  }
  return [...groups.values()].sort(byDays)
}
