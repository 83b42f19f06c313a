/**
 * The baseline a competent user would write instead of the indexed helpers: no index, one
 * pass over the records, but nothing computed twice. Each record's date interval is parsed
 * once and cached (as day numbers, in arrays parallel to the records), ids are resolved and
 * bounds turned into day numbers once per query, and the cheapest check comes first.
 * `bench/measure-size.ts` checks its answers equal the helpers' before timing it.
 */
import { edtfToInterval } from '../src/dates/calendar-interval.js'
import { MAX_DAY, MIN_DAY } from '../src/dates/day-bounds.js'
import { parseEdtf } from '../src/dates/edtf.js'
import { timelineGroup } from '../src/query/_engine/timeline-group.js'
import type { Dataset } from '../src/schemas/dataset.js'
import type { Operation } from '../src/schemas/operation.js'

const DAY = 86_400_000
const dayNumber = (day: string): number => (day === MIN_DAY ? -Infinity : day === MAX_DAY ? Infinity : Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY)

/** What the user computes once per dataset: intervals per record, the redirect map, the actor names. */
export interface PlainCache {
  readonly dataset: Dataset
  readonly opStart: Float64Array
  readonly opEnd: Float64Array
  /** The day each sits at on a timeline: its first, or its last when the start is open. */
  readonly opPlace: Float64Array
  readonly opDays: readonly (readonly [string, string])[]
  readonly quoteStart: Float64Array
  readonly quoteEnd: Float64Array
  readonly quotePlace: Float64Array
  readonly quoteDays: readonly (readonly [string, string] | undefined)[]
  readonly redirect: ReadonlyMap<string, string>
  readonly names: ReadonlyMap<string, { readonly en: string; readonly ar?: string | undefined }>
  readonly precision: readonly string[]
  readonly quotePrecision: readonly (string | undefined)[]
}

function precisionOf(date: string): string {
  const parsed = parseEdtf(date)
  if (!parsed.ok) throw new RangeError(parsed.reason)
  return parsed.value.kind === 'date' ? parsed.value.precision : 'interval'
}

// An open start (../2026-01-15) sits at its last day, the one the source states.
const placeOf = (start: number, end: number): number => (start === -Infinity ? end : start)

/** Parses every record's date once. */
export function plainCache(dataset: Dataset): PlainCache {
  const ops = dataset.operations
  const opStart = new Float64Array(ops.length)
  const opEnd = new Float64Array(ops.length)
  const opPlace = new Float64Array(ops.length)
  const opDays: (readonly [string, string])[] = []
  const precision: string[] = []
  ops.forEach((op, i) => {
    const { start, end } = edtfToInterval(op.date)
    opStart[i] = dayNumber(start)
    opEnd[i] = dayNumber(end)
    opPlace[i] = placeOf(opStart[i]!, opEnd[i]!)
    opDays.push([start, end])
    precision.push(precisionOf(op.date))
  })
  const quotes = dataset.quotes
  const quoteStart = new Float64Array(quotes.length)
  const quoteEnd = new Float64Array(quotes.length)
  const quotePlace = new Float64Array(quotes.length)
  const quoteDays: (readonly [string, string] | undefined)[] = []
  const quotePrecision: (string | undefined)[] = []
  quotes.forEach((q, i) => {
    if (q.date === undefined) {
      quoteStart[i] = NaN
      quoteEnd[i] = NaN
      quotePlace[i] = NaN
      quoteDays.push(undefined)
      quotePrecision.push(undefined)
      return
    }
    const { start, end } = edtfToInterval(q.date)
    quoteStart[i] = dayNumber(start)
    quoteEnd[i] = dayNumber(end)
    quotePlace[i] = placeOf(quoteStart[i]!, quoteEnd[i]!)
    quoteDays.push([start, end])
    quotePrecision.push(precisionOf(q.date))
  })
  return {
    dataset,
    opStart,
    opEnd,
    opPlace,
    opDays,
    quoteStart,
    quoteEnd,
    quotePlace,
    quoteDays,
    redirect: new Map(dataset.redirects.map((r) => [r.id, r.to])),
    names: new Map(dataset.actors.map((a) => [a.id, a.name])),
    precision,
    quotePrecision,
  }
}

/** The criteria the bench times: actors (any role), and an overlapping date range. */
export interface PlainCriteria {
  readonly actors?: readonly string[]
  readonly from?: string
  readonly to?: string
}

/** One pass over the operations with cached intervals; same answer and order as `filterOperations`. */
export function plainFilterOperations(cache: PlainCache, c: PlainCriteria): Operation[] {
  const from = c.from === undefined ? -Infinity : dayNumber(edtfToInterval(c.from).start)
  const to = c.to === undefined ? Infinity : dayNumber(edtfToInterval(c.to).end)
  const resolve = (id: string): string => {
    let at = id
    for (let guard = 0; cache.redirect.has(at) && guard < 100; guard++) at = cache.redirect.get(at)!
    return at
  }
  const actors = c.actors !== undefined && c.actors.length > 0 ? new Set(c.actors.map(resolve)) : undefined
  const ops = cache.dataset.operations
  const { opStart, opEnd } = cache
  const out: Operation[] = []
  for (let i = 0; i < ops.length; i++) {
    if (opStart[i]! > to || opEnd[i]! < from) continue
    const op = ops[i]!
    if (actors !== undefined) {
      let hit = false
      for (const p of op.participants) if (actors.has(p.actor)) hit = true
      if (!hit) for (const o of op.outcomes) for (const a of o.actors) if (actors.has(a)) hit = true
      if (!hit) continue
    }
    out.push(op)
  }
  return out
}

/** A timeline entry as the plain baseline builds it (the fields of `TimelineEntry`). */
export interface PlainEntry {
  readonly kind: 'operation' | 'quote'
  readonly id: string
  readonly date: string
  readonly start: string
  readonly end: string
  readonly precision: string
  readonly label: { readonly en: string; readonly ar?: string | undefined }
  readonly sortPlace: number
  readonly sortStart: number
  readonly sortEnd: number
}

/** The whole dataset's timeline grouped by month: entries from the cache, one sort, one grouping pass. */
export function plainTimeline(cache: PlainCache): { key: string; start: string; end: string; entries: PlainEntry[] }[] {
  const { dataset } = cache
  const entries: PlainEntry[] = []
  dataset.operations.forEach((op, i) => {
    const [start, end] = cache.opDays[i]!
    entries.push({ kind: 'operation', id: op.id, date: op.date, start, end, precision: cache.precision[i]!, label: op.title, sortPlace: cache.opPlace[i]!, sortStart: cache.opStart[i]!, sortEnd: cache.opEnd[i]! })
  })
  dataset.quotes.forEach((q, i) => {
    const days = cache.quoteDays[i]
    if (days === undefined || q.date === undefined) return
    const name = cache.names.get(q.speaker) ?? { en: q.speaker }
    entries.push({
      kind: 'quote',
      id: q.id,
      date: q.date,
      start: days[0],
      end: days[1],
      precision: cache.quotePrecision[i]!,
      label: q.text.ar === undefined ? { en: `${name.en}: ${q.text.en.slice(0, 80)}` } : { en: `${name.en}: ${q.text.en.slice(0, 80)}`, ar: `${name.ar ?? name.en}: ${q.text.ar.slice(0, 80)}` },
      sortPlace: cache.quotePlace[i]!,
      sortStart: cache.quoteStart[i]!,
      sortEnd: cache.quoteEnd[i]!,
    })
  })
  // Place, then last day descending, then first day ascending (an infinite tie gives NaN: falsy).
  entries.sort((a, b) => a.sortPlace - b.sortPlace || b.sortEnd - a.sortEnd || a.sortStart - b.sortStart || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const groups = new Map<string, { key: string; start: string; end: string; entries: PlainEntry[] }>()
  for (const entry of entries) {
    const g = timelineGroup(entry.start, entry.end, 'month')
    let group = groups.get(g.key)
    if (group === undefined) groups.set(g.key, (group = { ...g, entries: [] }))
    group.entries.push(entry)
  }
  // The few groups by the same rule, on their days as strings.
  const place = (g: { readonly start: string; readonly end: string }): string => (g.start === MIN_DAY ? g.end : g.start)
  return [...groups.values()].sort((a, b) =>
    place(a) < place(b) ? -1 : place(a) > place(b) ? 1 : a.end > b.end ? -1 : a.end < b.end ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
  )
}
