import { dataset as shipped } from '../data/index.js'
import { MAX_DAY, MIN_DAY } from '../dates/day-bounds.js'
import { dayNumber } from '../dates/day-number.js'
import { describeEdtf } from '../dates/describe-edtf.js'
import type { Actor } from '../schemas/actor.js'
import type { Dataset } from '../schemas/dataset.js'
import type { Operation } from '../schemas/operation.js'
import { arabicText, escapeXml, svgNumber, textWidth } from './svg.js'

/** A legend item: its estimated width and how to draw it with its left end at `x`, baseline at `y`. */
interface LegendItem {
  readonly width: number
  readonly draw: (x: number, y: number) => string
}

// Lays items out left to right from `left`, wrapping before `right`.
function flow(items: readonly LegendItem[], left: number, right: number, top: number, lineHeight: number): { drawn: string[]; bottom: number } {
  const drawn: string[] = []
  let x = left
  let y = top
  for (const item of items) {
    if (x > left && x + item.width > right) {
      x = left
      y += lineHeight
    }
    drawn.push(item.draw(x, y))
    x += item.width + 24
  }
  return { drawn, bottom: y + 8 }
}

/** Colour-blind-safe colours (Okabe and Ito), assigned to lead actors in legend order. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const
const NOT_STATED_COLOUR = '#8C8C8C'
const NOT_STATED = 'not stated'
// Prefix of the colour group of an operation with no lead but named participants.
const NO_LEAD = 'no lead stated, taking part: '
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

const WIDTH = 760
const CHART_RIGHT = WIDTH - 24
const TOP = 64
const AXIS_HEIGHT = 28
const ROW_HEIGHT = 44
const BAR_HEIGHT = 16
const DOT_RADIUS = 6
function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1
}

function monthLabel(index: number): string {
  return `${MONTHS[index % 12]} ${Math.floor(index / 12)}`
}

function firstDayOfMonth(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** How one operation is drawn: its days, whether it is a single day, and its qualifiers. */
interface Mark {
  readonly operation: Operation
  /** First and last day covered; `undefined` for an open or unknown end. */
  readonly start: string | undefined
  readonly end: string | undefined
  readonly singleDay: boolean
  readonly uncertain: boolean
  readonly approximate: boolean
  readonly lead: string
}

function markOf(operation: Operation, leadOf: (operation: Operation) => string): Mark {
  let date
  try {
    date = describeEdtf(operation.date)
  } catch (error) {
    throw new RangeError(`Invalid date of operation "${operation.id}": ${(error as Error).message}`)
  }
  const start = date.openStart ? undefined : date.start
  const end = date.openEnd ? undefined : date.end
  return {
    operation,
    start,
    end,
    singleDay: start !== undefined && start === end,
    uncertain: date.uncertain,
    approximate: date.approximate,
    lead: leadOf(operation),
  }
}

function leadLabel(actorsById: ReadonlyMap<string, Actor>): (operation: Operation) => string {
  return (operation) => {
    const names = (role: (r: string) => boolean) => [...new Set(operation.participants.filter((p) => role(p.role)).map((p) => actorsById.get(p.actor)?.name.en ?? p.actor))].sort(byCodeUnit)
    const leads = names((r) => r === 'lead')
    if (leads.length > 0) return leads.join(' + ')
    // No lead stated: colour by who took part (targets aside), where the source names anyone.
    const taking = names((r) => r !== 'target' && r !== 'lead')
    return taking.length === 0 ? NOT_STATED : `${NO_LEAD}${taking.join(' + ')}`
  }
}

function compareMarks(a: Mark, b: Mark): number {
  return byCodeUnit(a.start ?? MIN_DAY, b.start ?? MIN_DAY) || byCodeUnit(a.end ?? MAX_DAY, b.end ?? MAX_DAY) || byCodeUnit(a.operation.id, b.operation.id)
}

function describeDate(mark: Mark): string {
  const qualifiers = [mark.uncertain ? 'uncertain' : '', mark.approximate ? 'approximate' : ''].filter(Boolean)
  return qualifiers.length === 0 ? mark.operation.date : `${mark.operation.date} (${qualifiers.join(', ')})`
}

/**
 * The operations of a dataset as an SVG timeline: a month axis running from the first to the
 * last month any operation covers, one row per operation with a mark spanning the calendar
 * days its EDTF date covers (a month-precision date fills its month, a single day is a dot),
 * coloured by its lead actor (the participant with role `lead`; "not stated" when there is
 * none). A date the source marks uncertain (`?`) or approximate (`~`) is drawn hollow with a
 * dashed outline. Rows are labelled with the place in English and Arabic, the EDTF date and
 * the operation types. The picture has a `title` and a `desc` for screen readers, and each mark
 * a `title` with the operation's title, date and lead.
 *
 * The output depends on the dataset only (no clock, no randomness), so rendering twice gives
 * the same bytes. The documentation's `docs/assets/timeline.svg` is this function's output for
 * the shipped data.
 *
 * @param dataset - the dataset to draw (default: the shipped one)
 * @returns the SVG document, UTF-8 text starting with `<svg`
 *
 * @example
 * ```ts
 * import { renderTimelineSvg } from 'syria-counter-isis/export'
 * const svg = renderTimelineSvg()
 * svg.startsWith('<svg') //=> true
 * svg.match(/data-operation="/g)?.length //=> 27
 * svg.includes('Jul 2025') && svg.includes('Oct 2025') //=> true
 * ```
 */
export function renderTimelineSvg(dataset: Dataset = shipped): string {
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]))
  const locationsById = new Map(dataset.locations.map((location) => [location.id, location]))
  const leadOf = leadLabel(actorsById)
  const marks = dataset.operations.map((operation) => markOf(operation, leadOf)).sort(compareMarks)

  // The axis covers whole months from the earliest known day to the latest; open ends run to the edge.
  const known = marks.flatMap((m) => [m.start, m.end]).filter((day): day is string => day !== undefined).sort()
  const firstMonth = known.length > 0 ? monthIndex(known[0]!) : 0
  const lastMonth = known.length > 0 ? monthIndex(known[known.length - 1]!) : 0
  const axisStart = dayNumber(firstDayOfMonth(firstMonth))
  const axisEnd = dayNumber(firstDayOfMonth(lastMonth + 1))
  // The label column is as wide as the longest label needs (estimated: no font metrics here).
  const labelOf = (mark: Mark) => {
    const place = locationsById.get(mark.operation.location)
    // The EDTF keeps its qualifier (`2025-10-18?`); the mark's outline shows it too.
    return { en: place?.name.en ?? mark.operation.location, ar: place?.name.ar, detail: `${mark.operation.date} · ${mark.operation.types.join(', ')}` }
  }
  const needed = marks.map((mark) => {
    const label = labelOf(mark)
    return Math.max(textWidth(label.en, 13, true) + (label.ar === undefined ? 0 : textWidth(label.ar, 13) + 16), textWidth(label.detail, 12))
  })
  const labelWidth = Math.round(Math.min(Math.max(Math.max(0, ...needed) + 28, 200), WIDTH / 2))
  const chartLeft = labelWidth
  const x = (day: number): number => chartLeft + ((day - axisStart) / (axisEnd - axisStart)) * (CHART_RIGHT - chartLeft)

  const rank = (lead: string) => (lead === NOT_STATED ? 2 : lead.startsWith(NO_LEAD) ? 1 : 0)
  const leads = [...new Set(marks.map((m) => m.lead))].sort((a, b) => rank(a) - rank(b) || byCodeUnit(a, b))
  const colourOf = new Map(leads.map((lead, i) => [lead, lead === NOT_STATED ? NOT_STATED_COLOUR : PALETTE[i % PALETTE.length]!]))
  const countOf = new Map(leads.map((lead) => [lead, marks.filter((m) => m.lead === lead).length]))

  const rowsTop = TOP + AXIS_HEIGHT
  const rowsBottom = rowsTop + marks.length * ROW_HEIGHT
  const legendTop = rowsBottom + 30
  // Legend items flow left to right and wrap: one per lead actor, then the meaning of the shapes.
  const leadItems = leads.map((lead): LegendItem => {
    const text = `${lead.startsWith(NO_LEAD) ? `No lead stated; taking part: ${lead.slice(NO_LEAD.length)}` : `Lead: ${lead}`} (${countOf.get(lead)!})`
    return {
      width: 20 + textWidth(text, 13),
      draw: (lx, ly) =>
        `<g class="legend-entry" data-lead="${escapeXml(lead)}"><rect x="${svgNumber(lx)}" y="${ly - 11}" width="14" height="14" rx="3" fill="${colourOf.get(lead)!}"/>` +
        `<text x="${svgNumber(lx + 20)}" y="${ly}" fill="#222222">${escapeXml(text)}</text></g>`,
    }
  })
  const shapeItems: LegendItem[] = [
    {
      width: 34 + textWidth('days the date covers', 12),
      draw: (lx, ly) => `<rect x="${svgNumber(lx)}" y="${ly - 10}" width="28" height="12" rx="3" fill="#666666"/><text x="${svgNumber(lx + 34)}" y="${ly}" font-size="12" fill="#444444">days the date covers</text>`,
    },
    {
      width: 18 + textWidth('a single day', 12),
      draw: (lx, ly) => `<circle cx="${svgNumber(lx + 6)}" cy="${ly - 4}" r="${DOT_RADIUS}" fill="#666666"/><text x="${svgNumber(lx + 18)}" y="${ly}" font-size="12" fill="#444444">a single day</text>`,
    },
    {
      width: 18 + textWidth('hollow, dashed: date uncertain (?) or approximate (~)', 12),
      draw: (lx, ly) =>
        `<circle cx="${svgNumber(lx + 6)}" cy="${ly - 4}" r="${DOT_RADIUS}" fill="#ffffff" stroke="#666666" stroke-width="2" stroke-dasharray="4 3"/>` +
        `<text x="${svgNumber(lx + 18)}" y="${ly}" font-size="12" fill="#444444">hollow, dashed: date uncertain (?) or approximate (~)</text>`,
    },
  ]
  const leadLegend = flow(leadItems, 16, WIDTH - 16, legendTop, 24)
  const shapeLegend = flow(shapeItems, 16, WIDTH - 16, leadLegend.bottom + 16, 24)
  const height = shapeLegend.bottom + 20

  const title = 'Operations by month, coloured by lead actor'
  const desc =
    marks.length === 0
      ? 'The dataset has no operations.'
      : `${marks.length} operation${marks.length === 1 ? '' : 's'} from ${monthLabel(firstMonth)} to ${monthLabel(lastMonth)}, one row each, earliest first. ` +
        'A bar spans the days the date covers (a whole month for a month-precision date); a dot marks a single day; ' +
        'a hollow, dashed mark is a date the source gives as uncertain or approximate. ' +
        `Colour is the lead actor: ${leads.map((lead) => `${lead} (${countOf.get(lead)!})`).join(', ')}.`

  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="timeline-title timeline-desc" font-family="'DejaVu Sans', 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif" font-size="13">`,
    `<title id="timeline-title">${escapeXml(title)}</title>`,
    `<desc id="timeline-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="30" font-size="18" font-weight="bold" fill="#222222">${escapeXml(title)}</text>`,
  )
  if (marks.length === 0) {
    out.push(`<text x="16" y="${TOP + 20}" fill="#555555">No operations.</text>`, '</svg>', '')
    return out.join('\n')
  }

  // Month bands and labels.
  out.push('<g class="axis">')
  for (let month = firstMonth; month <= lastMonth; month++) {
    const left = x(dayNumber(firstDayOfMonth(month)))
    const right = x(dayNumber(firstDayOfMonth(month + 1)))
    const shade = (month - firstMonth) % 2 === 0 ? '#f3f5f8' : '#ffffff'
    out.push(
      `<rect x="${svgNumber(left)}" y="${rowsTop}" width="${svgNumber(right - left)}" height="${marks.length * ROW_HEIGHT}" fill="${shade}"/>`,
      `<line x1="${svgNumber(left)}" y1="${TOP + 6}" x2="${svgNumber(left)}" y2="${rowsBottom}" stroke="#c8ccd2" stroke-width="1"/>`,
      `<text x="${svgNumber((left + right) / 2)}" y="${TOP + 18}" text-anchor="middle" fill="#333333" font-weight="bold">${monthLabel(month)}</text>`,
    )
  }
  out.push(`<line x1="${svgNumber(CHART_RIGHT)}" y1="${TOP + 6}" x2="${svgNumber(CHART_RIGHT)}" y2="${rowsBottom}" stroke="#c8ccd2" stroke-width="1"/>`, '</g>')

  // One row per operation.
  marks.forEach((mark, row) => {
    const op = mark.operation
    const label = labelOf(mark)
    const top = rowsTop + row * ROW_HEIGHT
    const middle = top + ROW_HEIGHT / 2
    const colour = colourOf.get(mark.lead)!
    const hollow = mark.uncertain || mark.approximate
    const paint = hollow ? `fill="#ffffff" stroke="${colour}" stroke-width="2" stroke-dasharray="4 3"` : `fill="${colour}" stroke="${colour}" stroke-width="1"`
    const tip = `${op.title.en}. ${describeDate(mark)}. Lead: ${mark.lead}.`
    out.push(
      `<g class="operation" data-operation="${escapeXml(op.id)}" data-lead="${escapeXml(mark.lead)}" data-date="${escapeXml(op.date)}">`,
      `<title>${escapeXml(tip)}</title>`,
      `<line x1="8" y1="${top + ROW_HEIGHT}" x2="${svgNumber(CHART_RIGHT)}" y2="${top + ROW_HEIGHT}" stroke="#e3e6ea" stroke-width="1"/>`,
      `<text x="16" y="${middle - 3}" font-weight="bold" fill="#222222">${escapeXml(label.en)}</text>`,
      `<text x="16" y="${middle + 14}" font-size="12" fill="#555555">${escapeXml(label.detail)}</text>`,
    )
    if (label.ar !== undefined) out.push(arabicText(labelWidth - 12, middle - 3, label.ar, 'right', ' fill="#222222"'))
    if (mark.singleDay) {
      const day = dayNumber(mark.start!)
      out.push(`<circle cx="${svgNumber(x(day + 0.5))}" cy="${svgNumber(middle)}" r="${DOT_RADIUS}" ${paint}/>`)
    } else {
      const left = x(mark.start === undefined ? axisStart : dayNumber(mark.start))
      const right = x(mark.end === undefined ? axisEnd : dayNumber(mark.end) + 1)
      // Open ends are drawn square to the edge of the axis; known ends are rounded.
      out.push(`<rect x="${svgNumber(left + 1)}" y="${svgNumber(middle - BAR_HEIGHT / 2)}" width="${svgNumber(Math.max(right - left - 2, 2))}" height="${BAR_HEIGHT}" rx="${mark.start === undefined || mark.end === undefined ? 0 : 4}" ${paint}/>`)
    }
    out.push('</g>')
  })

  out.push('<g class="legend">', ...leadLegend.drawn, ...shapeLegend.drawn, '</g>', '</svg>', '')
  return out.join('\n')
}
