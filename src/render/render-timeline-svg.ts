import { dataset as shipped } from '../data/index.js'
import { MAX_DAY } from '../dates/day-bounds.js'
import { dayNumber } from '../dates/day-number.js'
import { describeEdtf } from '../dates/describe-edtf.js'
import { timelineDay } from '../dates/timeline-day.js'
import type { Actor } from '../schemas/actor.js'
import type { Dataset } from '../schemas/dataset.js'
import type { Operation } from '../schemas/operation.js'
import { operationCategory } from '../schemas/operation-category.js'
import { arabicText, escapeXml, fitText, svgNumber, textWidth, wrapText } from './svg.js'

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
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

const WIDTH = 760
const CHART_RIGHT = WIDTH - 24
const TOP = 64
const AXIS_HEIGHT = 40
const HEADING_HEIGHT = 28
const ROW_HEIGHT = 40
const BAR_HEIGHT = 14
const THIN_BAR_HEIGHT = 6
const DOT_RADIUS = 6
const DIAMOND = 7
// Length of the dashed lead-in that stands for an open interval end.
const OPEN_END_LENGTH = 26
// The label column takes what the month columns leave, within these bounds.
const MIN_LABEL_CAP = 320
const MAX_LABEL_CAP = 420
const MONTH_ROOM = 48
// The shortest bar drawn for an interval of a few days, so it never reads as a single day's dot.
const MIN_BAR = 6

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

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
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
  readonly category: 'operation' | 'development'
  /** The day the record sits at: its first day, else its last (`timelineDay`). */
  readonly place: string
  /** The month the record is listed under: its place's. */
  readonly month: number | undefined
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
  const place = timelineDay(date.start, date.end)
  return {
    operation,
    start,
    end,
    singleDay: start !== undefined && start === end,
    uncertain: date.uncertain,
    approximate: date.approximate,
    lead: leadOf(operation),
    category: operationCategory(operation),
    place,
    month: monthIndex(place),
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

// Within a month, earliest first; an open start sorts as its end day, so it stays with its month.
function compareMarks(a: Mark, b: Mark): number {
  return (
    (a.month ?? Infinity) - (b.month ?? Infinity) ||
    byCodeUnit(a.place, b.place) ||
    byCodeUnit(a.end ?? MAX_DAY, b.end ?? MAX_DAY) ||
    byCodeUnit(a.operation.id, b.operation.id)
  )
}

function describeDate(mark: Mark): string {
  const qualifiers = [mark.uncertain ? 'uncertain' : '', mark.approximate ? 'approximate' : ''].filter(Boolean)
  const open = [mark.start === undefined ? 'start not given' : '', mark.end === undefined ? 'end not given' : ''].filter(Boolean)
  const all = [...open, ...qualifiers]
  return all.length === 0 ? mark.operation.date : `${mark.operation.date} (${all.join(', ')})`
}

function diamond(cx: number, cy: number, r: number, paint: string): string {
  return `<path d="M ${svgNumber(cx)} ${svgNumber(cy - r)} L ${svgNumber(cx + r)} ${svgNumber(cy)} L ${svgNumber(cx)} ${svgNumber(cy + r)} L ${svgNumber(cx - r)} ${svgNumber(cy)} Z" ${paint}/>`
}

// An arrowhead at (x, y) pointing left (-1) or right (+1).
function arrowhead(x: number, y: number, direction: -1 | 1, colour: string): string {
  const back = x - direction * 7
  return `<path class="open-end" d="M ${svgNumber(x)} ${svgNumber(y)} L ${svgNumber(back)} ${svgNumber(y - 5)} L ${svgNumber(back)} ${svgNumber(y + 5)} Z" fill="${colour}"/>`
}

// A lead's key in the legend and beside its marks: A, B, ..., Z, AA, AB...
function keyOf(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : keyOf(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26))
}

/**
 * The operations of a dataset as an SVG timeline, listed by month: a month axis running from
 * the first to the last month any record covers, then one section per month (a heading with its
 * counts) holding one row per record, earliest first. Each row has a mark spanning the calendar
 * days its EDTF date covers (a month-precision date fills its month; an interval crossing months
 * runs on into the next month's column, listed under the month it starts in). Operations are
 * drawn as dots (one day) or bars (several days); records of the `development` category (joining
 * the coalition, a handover, a detainee transfer, a statement, a tally) as diamonds, or a thin bar
 * between diamonds. An open interval end is a short dashed line with an arrowhead from the known
 * end, never a bar to the edge of the axis; an interval with an open start is listed under the
 * month of its end. Marks are coloured by lead actor (the participant with role `lead`; "not
 * stated" when there is none) and carry the lead's letter, which the legend spells out, so colour
 * is never the only key. A date the source marks uncertain (`?`) or approximate (`~`) is drawn
 * hollow with a dashed outline. Rows are labelled with the place in English and Arabic (the
 * Arabic right to left), the EDTF date, the destination where people or forces went, and the
 * types; labels too long for the label column are shortened with `…`, the full title staying in
 * the mark's `title`. The picture has a `title` and
 * a `desc` for screen readers.
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
 * svg.includes('July 2025') && svg.includes('February 2026') //=> true
 * ```
 */
export function renderTimelineSvg(dataset: Dataset = shipped): string {
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]))
  const locationsById = new Map(dataset.locations.map((location) => [location.id, location]))
  const leadOf = leadLabel(actorsById)
  const marks = dataset.operations.map((operation) => markOf(operation, leadOf)).sort(compareMarks)
  const developments = marks.filter((m) => m.category === 'development').length
  const operations = marks.length - developments

  // The axis covers whole months from the earliest known day to the latest.
  const known = marks.flatMap((m) => [m.start, m.end]).filter((day): day is string => day !== undefined).sort()
  const firstMonth = known.length > 0 ? monthIndex(known[0]!) : 0
  const lastMonth = known.length > 0 ? monthIndex(known[known.length - 1]!) : 0
  const axisStart = dayNumber(firstDayOfMonth(firstMonth))
  const axisEnd = dayNumber(firstDayOfMonth(lastMonth + 1))
  // The label column is as wide as the longest label needs (estimated: no font metrics here), up
  // to a cap; longer labels are shortened to fit.
  const labelOf = (mark: Mark) => {
    const place = locationsById.get(mark.operation.location)
    // The EDTF keeps its qualifier (`2025-10-18?`); the mark's outline shows it too.
    // Where people or forces went comes before the types, so shortening cuts the types first.
    const destination = mark.operation.destination === undefined ? '' : ` · to ${locationsById.get(mark.operation.destination)?.name.en ?? mark.operation.destination}`
    return { en: place?.name.en ?? mark.operation.location, ar: place?.name.ar, detail: `${mark.operation.date}${destination} · ${mark.operation.types.join(', ')}` }
  }
  const needed = marks.map((mark) => {
    const label = labelOf(mark)
    return Math.max(textWidth(label.en, 13, true) + (label.ar === undefined ? 0 : textWidth(label.ar, 13) + 16), textWidth(label.detail, 12))
  })
  const labelCap = Math.min(Math.max(CHART_RIGHT - (lastMonth - firstMonth + 1) * MONTH_ROOM, MIN_LABEL_CAP), MAX_LABEL_CAP)
  const labelWidth = Math.round(Math.min(Math.max(Math.max(0, ...needed) + 28, 200), labelCap))
  const chartLeft = labelWidth
  const x = (day: number): number => chartLeft + ((day - axisStart) / (axisEnd - axisStart)) * (CHART_RIGHT - chartLeft)
  const monthWidth = (CHART_RIGHT - chartLeft) / (lastMonth - firstMonth + 1)

  const rank = (lead: string) => (lead === NOT_STATED ? 2 : lead.startsWith(NO_LEAD) ? 1 : 0)
  const leads = [...new Set(marks.map((m) => m.lead))].sort((a, b) => rank(a) - rank(b) || byCodeUnit(a, b))
  const colourOf = new Map(leads.map((lead, i) => [lead, lead === NOT_STATED ? NOT_STATED_COLOUR : PALETTE[i % PALETTE.length]!]))
  const letterOf = new Map(leads.map((lead, i) => [lead, keyOf(i)]))
  const countOf = (lead: string, category?: Mark['category']) => marks.filter((m) => m.lead === lead && (category === undefined || m.category === category)).length

  // Sections: one per month that lists a record, in order; records with no known day last.
  const sections: { month: number | undefined; marks: Mark[] }[] = []
  for (const mark of marks) {
    const last = sections[sections.length - 1]
    if (last !== undefined && last.month === mark.month) last.marks.push(mark)
    else sections.push({ month: mark.month, marks: [mark] })
  }
  const rowsTop = TOP + AXIS_HEIGHT
  const rowsBottom = rowsTop + sections.length * HEADING_HEIGHT + marks.length * ROW_HEIGHT
  const legendTop = rowsBottom + 30
  const legendTextWidth = WIDTH - 16 - 60

  // The lead legend, one entry a line (wrapped when long), so it never runs off the picture.
  const leadLegend: string[] = []
  let legendY = legendTop
  for (const lead of leads) {
    const counts = [countOf(lead, 'operation') > 0 ? plural(countOf(lead, 'operation'), 'operation') : '', countOf(lead, 'development') > 0 ? plural(countOf(lead, 'development'), 'development') : ''].filter(Boolean).join(', ')
    const text = `${lead.startsWith(NO_LEAD) ? `No lead stated; taking part: ${lead.slice(NO_LEAD.length)}` : `Lead: ${lead}`} (${counts})`
    const lines = wrapText(text, 13, legendTextWidth)
    leadLegend.push(
      `<g class="legend-entry" data-lead="${escapeXml(lead)}"><rect x="16" y="${legendY - 11}" width="14" height="14" rx="3" fill="${colourOf.get(lead)!}"/>` +
        `<text x="36" y="${legendY}" font-weight="bold" fill="#222222">${letterOf.get(lead)!}</text>` +
        lines.map((line, i) => `<text x="60" y="${legendY + i * 17}" fill="#222222">${escapeXml(line)}</text>`).join('') +
        '</g>',
    )
    legendY += lines.length * 17 + 5
  }
  const swatch = '#666666'
  const filled = `fill="${swatch}"`
  const hollowPaint = `fill="#ffffff" stroke="${swatch}" stroke-width="2" stroke-dasharray="4 3"`
  const legendText = (lx: number, ly: number, text: string) => `<text x="${svgNumber(lx)}" y="${ly}" font-size="12" fill="#444444">${escapeXml(text)}</text>`
  const shapeItem = (width: number, text: string, draw: (lx: number, ly: number) => string): LegendItem => ({ width: width + 6 + textWidth(text, 12), draw: (lx, ly) => draw(lx, ly) + legendText(lx + width + 6, ly, text) })
  const shapeItems: LegendItem[] = [
    shapeItem(12, 'operation, one day', (lx, ly) => `<circle cx="${svgNumber(lx + 6)}" cy="${ly - 4}" r="${DOT_RADIUS}" ${filled}/>`),
    shapeItem(28, 'operation, the days its date covers', (lx, ly) => `<rect x="${svgNumber(lx)}" y="${ly - 4 - BAR_HEIGHT / 2}" width="28" height="${BAR_HEIGHT}" rx="4" ${filled}/>`),
    ...(developments > 0
      ? [
          shapeItem(14, 'development, one day', (lx, ly) => diamond(lx + 7, ly - 4, DIAMOND, filled)),
          shapeItem(34, 'development, the days its date covers', (lx, ly) => `<rect x="${svgNumber(lx + 7)}" y="${ly - 4 - THIN_BAR_HEIGHT / 2}" width="20" height="${THIN_BAR_HEIGHT}" ${filled}/>${diamond(lx + 7, ly - 4, DIAMOND, filled)}${diamond(lx + 27, ly - 4, DIAMOND, filled)}`),
        ]
      : []),
    shapeItem(12, 'hollow, dashed: date uncertain (?) or approximate (~)', (lx, ly) => `<circle cx="${svgNumber(lx + 6)}" cy="${ly - 4}" r="${DOT_RADIUS}" ${hollowPaint}/>`),
    ...(marks.some((m) => m.start === undefined || m.end === undefined)
      ? [shapeItem(OPEN_END_LENGTH + 6, 'arrow: the interval runs on before (or after), to a day not given', (lx, ly) => arrowhead(lx, ly - 4, -1, swatch) + `<line x1="${svgNumber(lx + 2)}" y1="${ly - 4}" x2="${svgNumber(lx + OPEN_END_LENGTH)}" y2="${ly - 4}" stroke="${swatch}" stroke-width="2" stroke-dasharray="3 2"/>` + `<circle cx="${svgNumber(lx + OPEN_END_LENGTH + 1)}" cy="${ly - 4}" r="4" ${filled}/>`)]
      : []),
  ]
  const shapeLegend = flow(shapeItems, 16, WIDTH - 16, legendY + 14, 24)
  const height = shapeLegend.bottom + 20

  const title = developments > 0 ? 'Operations and developments by month, coloured by lead actor' : 'Operations by month, coloured by lead actor'
  const counted = developments > 0 ? `${plural(operations, 'operation')} and ${plural(developments, 'development')}` : plural(operations, 'operation')
  const desc =
    marks.length === 0
      ? 'The dataset has no operations.'
      : `${counted} from ${monthLabel(firstMonth)} to ${monthLabel(lastMonth)}, listed by month, one row each, earliest first. ` +
        'A dot marks an operation on a single day, a bar the days its date covers (a whole month for a month-precision date); ' +
        (developments > 0 ? 'a diamond marks a development (joining the coalition, a handover, a transfer, a statement, a tally), a thin bar between diamonds the days it covers; ' : '') +
        'a hollow, dashed mark is a date the source gives as uncertain or approximate; a dashed arrow an interval end the sources do not give. ' +
        `Colour and letter are the lead actor: ${leads.map((lead) => `${letterOf.get(lead)!}, ${lead} (${countOf(lead)})`).join('; ')}.`

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
  out.push(`<text x="16" y="50" font-size="12" fill="#555555">${escapeXml(`${counted}, listed under the month each begins in.`)}</text>`)

  // Month columns, shaded alternately, with their names (every n-th when columns are narrow) and years.
  const every = Math.max(1, Math.ceil((textWidth('Sep', 12, true) + 6) / monthWidth))
  out.push('<g class="axis">')
  for (let month = firstMonth; month <= lastMonth; month++) {
    const left = x(dayNumber(firstDayOfMonth(month)))
    const right = x(dayNumber(firstDayOfMonth(month + 1)))
    const shade = (month - firstMonth) % 2 === 0 ? '#f3f5f8' : '#ffffff'
    out.push(
      `<rect x="${svgNumber(left)}" y="${rowsTop}" width="${svgNumber(right - left)}" height="${rowsBottom - rowsTop}" fill="${shade}"/>`,
      `<line x1="${svgNumber(left)}" y1="${TOP + 4}" x2="${svgNumber(left)}" y2="${rowsBottom}" stroke="#c8ccd2" stroke-width="1"/>`,
    )
    if ((month - firstMonth) % every === 0) out.push(`<text x="${svgNumber((left + right) / 2)}" y="${TOP + 16}" text-anchor="middle" font-size="12" fill="#333333" font-weight="bold">${MONTHS[month % 12]}</text>`)
    if (month === firstMonth || month % 12 === 0) out.push(`<text x="${svgNumber(left + 3)}" y="${TOP + 32}" font-size="11" fill="#666666">${Math.floor(month / 12)}</text>`)
  }
  out.push(`<line x1="${svgNumber(CHART_RIGHT)}" y1="${TOP + 4}" x2="${svgNumber(CHART_RIGHT)}" y2="${rowsBottom}" stroke="#c8ccd2" stroke-width="1"/>`, '</g>')

  let top = rowsTop
  for (const section of sections) {
    // The heading: the month's name and counts, its column picked out in the chart.
    const sectionDevelopments = section.marks.filter((m) => m.category === 'development').length
    const sectionCounts = [section.marks.length - sectionDevelopments > 0 ? plural(section.marks.length - sectionDevelopments, 'operation') : '', sectionDevelopments > 0 ? plural(sectionDevelopments, 'development') : ''].filter(Boolean).join(', ')
    const name = section.month === undefined ? 'No day given' : `${MONTH_NAMES[section.month % 12]} ${Math.floor(section.month / 12)}`
    out.push(
      `<g class="month" data-month="${section.month === undefined ? '' : firstDayOfMonth(section.month).slice(0, 7)}">`,
      `<title>${escapeXml(`${name}: ${sectionCounts}`)}</title>`,
      `<rect x="8" y="${top + 2}" width="${svgNumber(CHART_RIGHT - 8)}" height="${HEADING_HEIGHT - 4}" fill="#e4e9ef"/>`,
    )
    if (section.month !== undefined) {
      const left = x(dayNumber(firstDayOfMonth(section.month)))
      out.push(`<rect x="${svgNumber(left)}" y="${top + 2}" width="${svgNumber(x(dayNumber(firstDayOfMonth(section.month + 1))) - left)}" height="${HEADING_HEIGHT - 4}" fill="#9fb3c8"/>`)
    }
    // The counts may run on over the band up to the month's picked-out column; when even that is
    // short, they are abbreviated, the full words staying in the heading's title.
    const nameWidth = textWidth(name, 13, true)
    const countsLeft = 16 + nameWidth + 10
    const countsRoom = Math.max(labelWidth - 12, section.month === undefined ? 0 : x(dayNumber(firstDayOfMonth(section.month))) - 8) - countsLeft
    const shortCounts = sectionCounts.replace(/ operations?/, ' op.').replace(/ developments?/, ' dev.')
    out.push(
      `<text x="16" y="${top + 19}" font-weight="bold" fill="#1d232b">${escapeXml(name)}</text>`,
      `<text x="${svgNumber(countsLeft)}" y="${top + 19}" font-size="12" fill="#3d4652">${escapeXml(fitText(textWidth(sectionCounts, 12) <= countsRoom ? sectionCounts : shortCounts, 12, countsRoom))}</text>`,
      '</g>',
    )
    top += HEADING_HEIGHT

    for (const mark of section.marks) {
      const op = mark.operation
      const label = labelOf(mark)
      const middle = top + ROW_HEIGHT / 2
      const colour = colourOf.get(mark.lead)!
      const hollow = mark.uncertain || mark.approximate
      const paint = hollow ? `fill="#ffffff" stroke="${colour}" stroke-width="2" stroke-dasharray="4 3"` : `fill="${colour}" stroke="${colour}" stroke-width="1"`
      const development = mark.category === 'development'
      const went = op.destination === undefined ? '' : ` To: ${locationsById.get(op.destination)?.name.en ?? op.destination}.`
      const tip = `${op.title.en}. ${describeDate(mark)}. ${development ? 'Development' : 'Operation'}: ${op.types.join(', ')}.${went} Lead: ${mark.lead}.`
      // English at the left, Arabic at the right of the label column, each shortened to leave the other room.
      const room = labelWidth - 28 - 16
      const arWidth = label.ar === undefined ? 0 : textWidth(label.ar, 13)
      const enWidth = textWidth(label.en, 13, true)
      const arRoom = arWidth + enWidth <= room ? arWidth : Math.min(arWidth, Math.max(room * 0.4, room - enWidth))
      out.push(
        `<g class="${mark.category}" data-operation="${escapeXml(op.id)}" data-category="${mark.category}" data-lead="${escapeXml(mark.lead)}" data-date="${escapeXml(op.date)}">`,
        `<title>${escapeXml(tip)}</title>`,
        `<line x1="8" y1="${top + ROW_HEIGHT}" x2="${svgNumber(CHART_RIGHT)}" y2="${top + ROW_HEIGHT}" stroke="#e3e6ea" stroke-width="1"/>`,
        `<text x="16" y="${middle - 3}" font-weight="bold" fill="#222222">${escapeXml(fitText(label.en, 13, room - arRoom, true))}</text>`,
        `<text x="16" y="${middle + 13}" font-size="12" fill="#555555">${escapeXml(fitText(label.detail, 12, labelWidth - 28))}</text>`,
      )
      if (label.ar !== undefined) out.push(arabicText(labelWidth - 12, middle - 3, fitText(label.ar, 13, arRoom), 'right', ' fill="#222222"'))
      // The mark: its known days, then a dashed arrow for each open end.
      const from = mark.start === undefined ? undefined : x(dayNumber(mark.start))
      const to = mark.end === undefined ? undefined : x(dayNumber(mark.end) + 1)
      const ends: number[] = []
      if (from !== undefined && to !== undefined) {
        const centre = (from + to) / 2
        if (mark.singleDay) {
          out.push(development ? diamond(centre, middle, DIAMOND, paint) : `<circle cx="${svgNumber(centre)}" cy="${svgNumber(middle)}" r="${DOT_RADIUS}" ${paint}/>`)
          ends.push(centre - DIAMOND, centre + DIAMOND)
        } else if (development) {
          // A few days still show two diamonds apart, never one.
          const half = Math.max(to - from - 2, DIAMOND + MIN_BAR) / 2
          out.push(`<rect x="${svgNumber(centre - half)}" y="${svgNumber(middle - THIN_BAR_HEIGHT / 2)}" width="${svgNumber(2 * half)}" height="${THIN_BAR_HEIGHT}" ${paint}/>`, diamond(centre - half, middle, DIAMOND, paint), diamond(centre + half, middle, DIAMOND, paint))
          ends.push(centre - half - DIAMOND, centre + half + DIAMOND)
        } else {
          const half = Math.max(to - from - 2, MIN_BAR) / 2
          out.push(`<rect x="${svgNumber(centre - half)}" y="${svgNumber(middle - BAR_HEIGHT / 2)}" width="${svgNumber(2 * half)}" height="${BAR_HEIGHT}" rx="3" ${paint}/>`)
          ends.push(centre - half, centre + half)
        }
      } else {
        // One known end (or none): the known day as a dot or diamond, the open side as an arrow.
        const day = from ?? (to === undefined ? undefined : to - (x(1) - x(0)))
        const at = day === undefined ? chartLeft + OPEN_END_LENGTH + 8 : Math.min(Math.max((day + (from ?? to!)) / 2, chartLeft + OPEN_END_LENGTH + 8), CHART_RIGHT - OPEN_END_LENGTH - 8)
        out.push(development ? diamond(at, middle, DIAMOND, paint) : `<circle cx="${svgNumber(at)}" cy="${svgNumber(middle)}" r="${DOT_RADIUS}" ${paint}/>`)
        ends.push(at - DIAMOND, at + DIAMOND)
        for (const side of [mark.start === undefined ? -1 : 0, mark.end === undefined ? 1 : 0] as const) {
          if (side === 0) continue
          const tip = at + side * (OPEN_END_LENGTH + DIAMOND)
          out.push(`<line class="open-end" x1="${svgNumber(at + side * DIAMOND)}" y1="${svgNumber(middle)}" x2="${svgNumber(tip - side * 2)}" y2="${svgNumber(middle)}" stroke="${colour}" stroke-width="2" stroke-dasharray="3 2"/>`, arrowhead(tip, middle, side, colour))
          ends.push(tip)
        }
      }
      // The lead's letter beside the mark, on whichever side has room.
      const letter = letterOf.get(mark.lead)!
      const right = Math.max(...ends)
      const letterWidth = textWidth(letter, 11, true)
      out.push(
        right + 5 + letterWidth <= CHART_RIGHT - 2
          ? `<text class="lead-key" x="${svgNumber(right + 5)}" y="${svgNumber(middle + 4)}" font-size="11" font-weight="bold" fill="#333333">${letter}</text>`
          : `<text class="lead-key" x="${svgNumber(Math.min(...ends) - 5)}" y="${svgNumber(middle + 4)}" text-anchor="end" font-size="11" font-weight="bold" fill="#333333">${letter}</text>`,
      )
      out.push('</g>')
      top += ROW_HEIGHT
    }
  }

  out.push('<g class="legend">', ...leadLegend, ...shapeLegend.drawn, '</g>', '</svg>', '')
  return out.join('\n')
}
