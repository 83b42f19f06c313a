import { dataset as shipped } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import type { Location } from '../schemas/location.js'
import type { CoordinatePrecision } from '../schemas/vocabularies.js'
import type { MapBasemap } from './map-basemap.js'
import { operationCategory } from '../schemas/operation-category.js'
import { arabicText, escapeXml, fitText, svgNumber, textWidth } from './svg.js'

/** Options for {@link renderMapSvg}. */
export interface MapSvgOptions {
  /** Country outlines to draw under the points (the docs' map uses Natural Earth's). Without it, no outline is drawn. */
  readonly basemap?: MapBasemap
}

const WIDTH = 760
const PLOT_LEFT = 64
const PLOT_RIGHT = WIDTH - 24
const PLOT_TOP = 64
const MAX_PLOT_HEIGHT = 620
const OPERATION_COLOUR = '#D55E00'
// Okabe-Ito colours (colour-blind safe), one per month of the first operation at a place.
const DATE_PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#D55E00', '#CC79A7', '#0072B2', '#F0E442'] as const
const PLACE_COLOUR = '#2b4a6f'
const GRATICULE_STEPS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 45] as const

const PRECISION_LABEL: Readonly<Record<CoordinatePrecision, string>> = {
  point: "the place's own point",
  'area-centroid': 'centroid of an administrative area',
  'nominal-centroid': 'nominal centre of a loosely bounded region',
}

/** A box a label or symbol occupies, in SVG units. */
interface Box {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
  return w > 0 && h > 0 ? w * h : 0
}

function distanceToBox(x: number, y: number, box: Box): number {
  const dx = Math.max(box.left - x, 0, x - box.right)
  const dy = Math.max(box.top - y, 0, y - box.bottom)
  return Math.hypot(dx, dy)
}

// Splits a note into lines that fit `width` (estimated), at spaces.
function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (line !== '' && textWidth(candidate, size) > width) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line !== '') lines.push(line)
  return lines
}

function symbol(precision: CoordinatePrecision, cx: number, cy: number, colour: string): string {
  const x = svgNumber(cx)
  const y = svgNumber(cy)
  switch (precision) {
    case 'point':
      return `<circle cx="${x}" cy="${y}" r="4.5" fill="${colour}" stroke="#ffffff" stroke-width="1"/>`
    case 'area-centroid':
      return `<rect x="${svgNumber(cx - 5)}" y="${svgNumber(cy - 5)}" width="10" height="10" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`
    case 'nominal-centroid':
      return `<path d="M ${x} ${svgNumber(cy - 7)} L ${svgNumber(cx + 7)} ${y} L ${x} ${svgNumber(cy + 7)} L ${svgNumber(cx - 7)} ${y} Z" fill="#ffffff" stroke="${colour}" stroke-width="2" stroke-dasharray="3 2"/>`
  }
}

// The diamond a place of developments is set in, under its symbol.
function halo(cx: number, cy: number, colour: string, r = 15): string {
  return `<path class="development-halo" d="M ${svgNumber(cx)} ${svgNumber(cy - r)} L ${svgNumber(cx + r)} ${svgNumber(cy)} L ${svgNumber(cx)} ${svgNumber(cy + r)} L ${svgNumber(cx - r)} ${svgNumber(cy)} Z" fill="${colour}" fill-opacity="0.15" stroke="${colour}" stroke-width="2"/>`
}

function degrees(value: number, positive: string, negative: string): string {
  const abs = Math.abs(value)
  return `${Number.isInteger(abs) ? abs : svgNumber(abs)}°${value < 0 ? negative : positive}`
}

function byId(a: Location, b: Location): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * The locations of a dataset that have coordinates, as an SVG plot: an equirectangular
 * projection (longitudes scaled by the cosine of the middle latitude) fitted to the points with
 * margins, graticule lines with degree labels, one symbol per place by what its coordinates
 * stand for (`point`: a dot; `area-centroid`: a square; `nominal-centroid`: a dashed diamond),
 * an English label (Arabic where the place has an Arabic name), and the places of records
 * highlighted with a bold label: places of operations ringed, places of records of the
 * `development` category (a handover, a transfer, a statement...) set in a diamond, both in the
 * colour of the month of the place's first record (consecutive months share a colour when they
 * outnumber the colours). Places without coordinates are never given a position: the places of
 * records among them are listed under the plot, one a line, in English and Arabic with what
 * happened there. The legend is in English and Arabic. Country
 * outlines are drawn only from a `basemap` given in the options (the package ships none; the
 * docs' map uses Natural Earth's, public domain, and credits it in the picture); without one the
 * `desc` says no outline is drawn. With a basemap the map keeps its extent: a place outside it (a
 * meeting abroad) is listed under the plot with its coordinates rather than plotted, so one far
 * place cannot shrink the others into a corner; without one the plot is fitted to every point.
 *
 * Labels are placed by a fixed greedy rule, so the output depends on the dataset only and
 * rendering twice gives the same bytes. The documentation's `docs/assets/map.svg` is this
 * function's output for the shipped data.
 *
 * @param dataset - the dataset to draw (default: the shipped one)
 * @param options - `basemap`: country outlines to draw under the points
 * @returns the SVG document, UTF-8 text starting with `<svg`
 *
 * @example
 * ```ts
 * import { renderMapSvg } from 'syria-counter-isis/export'
 * const svg = renderMapSvg()
 * svg.match(/data-location="/g)?.length //=> 20
 * svg.includes('data-location="atmeh" data-lat="36.31111" data-lon="36.68639"') //=> true
 * ```
 */
export function renderMapSvg(dataset: Dataset = shipped, options: MapSvgOptions = {}): string {
  const basemap = options.basemap
  const withCoordinates = dataset.locations.filter((l) => l.coordinates !== undefined).sort(byId)
  // With a basemap, its extent is the map: one far place (a meeting abroad) would shrink the rest
  // into a corner, so places outside it are listed under the map with their coordinates instead.
  const ext = basemap?.extent
  const inView = (l: Location) => ext === undefined || (l.coordinates!.lat >= ext.south && l.coordinates!.lat <= ext.north && l.coordinates!.lon >= ext.west && l.coordinates!.lon <= ext.east)
  const located = withCoordinates.filter(inView)
  const outside = withCoordinates.filter((l) => !inView(l))
  // How many records of each category happened at each place.
  const countsAt = new Map<string, { operation: number; development: number }>()
  for (const op of dataset.operations) {
    const counts = countsAt.get(op.location) ?? { operation: 0, development: 0 }
    counts[operationCategory(op)]++
    countsAt.set(op.location, counts)
  }
  const operationPlaces = new Set([...countsAt].filter(([, c]) => c.operation > 0).map(([id]) => id))
  const developmentPlaces = new Set([...countsAt].filter(([, c]) => c.development > 0).map(([id]) => id))
  const anyDevelopment = developmentPlaces.size > 0
  // What a highlighted place is the place of, in the legend's words.
  const what = anyDevelopment ? 'record' : 'operation'
  // Each record place is coloured by the month of its first record (EDTF sorts as text).
  const firstMonth = new Map<string, string>()
  for (const op of dataset.operations) {
    const month = op.date.replace(/^\.\.?\//, '').slice(0, 7)
    const known = firstMonth.get(op.location)
    if (known === undefined || month < known) firstMonth.set(op.location, month)
  }
  const months = [...new Set(located.flatMap((l) => (firstMonth.has(l.id) ? [firstMonth.get(l.id)!] : [])))].sort()
  // More months than colours: consecutive months share a colour, so no colour stands for two periods.
  const perColour = Math.max(1, Math.ceil(months.length / DATE_PALETTE.length))
  const periods = Array.from({ length: Math.ceil(months.length / perColour) }, (_, i) => months.slice(i * perColour, (i + 1) * perColour))
  const monthColour = new Map(months.map((m, i) => [m, DATE_PALETTE[Math.floor(i / perColour)]!]))
  const colourOf = (id: string): string => monthColour.get(firstMonth.get(id) ?? '') ?? OPERATION_COLOUR
  const countsText = (id: string): string => {
    const c = countsAt.get(id) ?? { operation: 0, development: 0 }
    const part = (n: number, word: string) => (n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`)
    return [part(c.operation, 'operation'), part(c.development, 'development')].filter(Boolean).join(', ')
  }
  const unplotted = dataset.locations.filter((l) => l.coordinates === undefined && countsAt.has(l.id)).sort(byId)
  const nameOf = new Map(dataset.locations.map((l) => [l.id, l.name.en]))
  const titleOf = new Map(dataset.sources.map((s) => [s.id, s.kind === 'reference' ? s.title : s.id]))

  // Fit the projection: the points' extent plus a margin, at least a degree across.
  // With a basemap, its extent (widened to keep every point in view) without extra margin.
  const extent = basemap?.extent
  const lats = [...located.map((l) => l.coordinates!.lat), ...(extent ? [extent.south, extent.north] : [])]
  const lons = [...located.map((l) => l.coordinates!.lon), ...(extent ? [extent.west, extent.east] : [])]
  const midLat = lats.length > 0 ? (Math.min(...lats) + Math.max(...lats)) / 2 : 0
  const midLon = lons.length > 0 ? (Math.min(...lons) + Math.max(...lons)) / 2 : 0
  const grow = (span: number) => (extent ? Math.max(span, 1) : Math.max(span, 1) * 1.2 + 0.4)
  const latSpan = grow(lats.length > 0 ? Math.max(...lats) - Math.min(...lats) : 0)
  const lonSpan = grow(lons.length > 0 ? Math.max(...lons) - Math.min(...lons) : 0)
  const cos = Math.cos((midLat * Math.PI) / 180)
  const plotWidth = PLOT_RIGHT - PLOT_LEFT
  const scale = Math.min(plotWidth / (lonSpan * cos), MAX_PLOT_HEIGHT / latSpan)
  const plotHeight = latSpan * scale
  const west = midLon - plotWidth / scale / cos / 2
  const east = midLon + plotWidth / scale / cos / 2
  const north = midLat + latSpan / 2
  const south = midLat - latSpan / 2
  const px = (lon: number): number => PLOT_LEFT + (lon - west) * cos * scale
  const py = (lat: number): number => PLOT_TOP + (north - lat) * scale
  const plotBottom = PLOT_TOP + plotHeight

  const step = GRATICULE_STEPS.find((s) => Math.max(east - west, north - south) / s <= 8) ?? 90
  const notesTop = plotBottom + 40
  const outlineNote = basemap ? `Country outlines: ${basemap.credit}.` : 'No outline: no basemap was given to draw one from.'
  const notes = [`${withCoordinates.length} of ${dataset.locations.length} places have cited coordinates${outside.length > 0 ? `, ${outside.length} of them outside the map (listed below)` : ''}; the others are not plotted. ${outlineNote}`].flatMap((note) => wrap(note, 12, WIDTH - 32))
  const legendRows = 3 + Math.max(periods.length, 1) + (anyDevelopment ? 2 : 0)
  // The places of records the map cannot show, listed under the notes.
  const listTop = notesTop + legendRows * 20 + notes.length * 18 + 8
  const listed = unplotted.length + outside.length
  const height = Math.ceil(listTop + (listed > 0 ? 24 + listed * 18 : 0) + 16)

  const title = 'Places with cited coordinates'
  const desc =
    `A plain coordinate plot of the ${located.length} of ${dataset.locations.length} places in the dataset that have coordinates from a cited reference, ` +
    `in an equirectangular projection fitted to the ${basemap ? 'map extent' : 'points'}, with graticule lines every ` +
    `${step} degree${step === 1 ? '' : 's'}. ` +
    (basemap
      ? `Country outlines: ${basemap.countries.map((c) => c.name).join(', ')} (${basemap.credit}). `
      : 'No country outline or border is drawn: no basemap was given to draw it from. ') +
    'A dot is a place\'s own point, a square the centroid of an administrative area, a dashed diamond the nominal centre of a loosely bounded region. ' +
    `Places where operations happened are ringed${anyDevelopment ? ', places of developments (joining the coalition, a handover, a transfer, a statement, a tally) set in a diamond,' : ''} in the colour of the month of their first ${what} (${months.join(', ')}), with a bold label${located.some((l) => countsAt.has(l.id)) ? `: ${located.filter((l) => countsAt.has(l.id)).map((l) => `${l.name.en} (${countsText(l.id)})`).join(', ')}` : ''}.` +
    (unplotted.length > 0 ? ` Places of ${what}s without coordinates, not plotted: ${unplotted.map((l) => `${l.name.en} (${countsText(l.id)})`).join(', ')}.` : '') +
    (outside.length > 0 ? ` Outside the map, not plotted: ${outside.map((l) => `${l.name.en} (${l.coordinates!.lat}, ${l.coordinates!.lon}${countsAt.has(l.id) ? `; ${countsText(l.id)}` : ''})`).join(', ')}.` : '')

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="map-title map-desc" font-family="'DejaVu Sans', 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif" font-size="12">`,
    `<title id="map-title">${escapeXml(title)}</title>`,
    `<desc id="map-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="30" font-size="18" font-weight="bold" fill="#222222">${escapeXml(title)}</text>`,
    `<text x="16" y="50" font-size="12" fill="#555555">${escapeXml(basemap ? 'Equirectangular map of the cited coordinates (WGS84), over Natural Earth country outlines.' : 'Equirectangular plot of the cited coordinates (WGS84). No country outline or border is drawn.')}</text>`,
    `<rect x="${PLOT_LEFT}" y="${PLOT_TOP}" width="${svgNumber(plotWidth)}" height="${svgNumber(plotHeight)}" fill="${basemap ? '#dfeaf3' : '#f7f9fb'}" stroke="#c8ccd2"/>`,
  ]
  if (basemap) {
    // The sea shows where no country is; Syria stands out from its neighbours.
    out.push(`<clipPath id="map-plot"><rect x="${PLOT_LEFT}" y="${PLOT_TOP}" width="${svgNumber(plotWidth)}" height="${svgNumber(plotHeight)}"/></clipPath>`, '<g class="countries" clip-path="url(#map-plot)" stroke="#8a939c" stroke-width="0.8" stroke-linejoin="round">')
    for (const country of basemap.countries) {
      const d = country.rings.map((ring) => `M ${ring.map(([lon, lat]) => `${svgNumber(px(lon))} ${svgNumber(py(lat))}`).join(' L ')} Z`).join(' ')
      const focus = country.code === basemap.focus
      out.push(`<path class="country${focus ? ' focus' : ''}" data-country="${escapeXml(country.code)}" d="${d}" fill="${focus ? '#fbfaf5' : '#ecebe4'}" fill-rule="evenodd"${focus ? ' stroke="#4d5660" stroke-width="1.4"' : ''}><title>${escapeXml(country.name)}</title></path>`)
    }
    out.push('</g>')
  }
  // Country names are placed once the symbols are known (below), here under everything else.
  const countryNamesAt = out.length
  out.push('')
  out.push('<g class="graticule" stroke="#dde1e6" stroke-width="1"' + (basemap ? ' stroke-opacity="0.6"' : '') + '>')
  const labels: string[] = []
  // Whole multiples of the step, counted as integers so no rounding error creeps into the labels.
  for (let i = Math.ceil(west / step); i * step <= east; i++) {
    const x = svgNumber(px(i * step))
    out.push(`<line x1="${x}" y1="${PLOT_TOP}" x2="${x}" y2="${svgNumber(plotBottom)}"/>`)
    labels.push(`<text x="${x}" y="${svgNumber(plotBottom + 16)}" text-anchor="middle">${degrees(i * step, 'E', 'W')}</text>`)
  }
  for (let i = Math.ceil(south / step); i * step <= north; i++) {
    const y = svgNumber(py(i * step))
    out.push(`<line x1="${PLOT_LEFT}" y1="${y}" x2="${svgNumber(PLOT_RIGHT)}" y2="${y}"/>`)
    labels.push(`<text x="${PLOT_LEFT - 6}" y="${svgNumber(py(i * step) + 4)}" text-anchor="end">${degrees(i * step, 'N', 'S')}</text>`)
  }
  out.push('</g>', '<g class="graticule-labels" font-size="11" fill="#666666">', ...labels, '</g>')

  // Symbols first, as obstacles, then labels placed greedily: operation places first, then from
  // north to south, each at the cheapest of a fixed list of positions around its symbol, nearest
  // first (see the costs below).
  const points = located.map((l) => ({ place: l, x: px(l.coordinates!.lon), y: py(l.coordinates!.lat), highlighted: countsAt.has(l.id) }))
  const taken: Box[] = points.map((p) => {
    const r = developmentPlaces.has(p.place.id) ? 16 : p.highlighted ? 13 : 8
    return { left: p.x - r, top: p.y - r, right: p.x + r, bottom: p.y + r }
  })
  const plotBox: Box = { left: PLOT_LEFT, top: PLOT_TOP, right: PLOT_RIGHT, bottom: plotBottom }
  const order = [...points].sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || a.y - b.y || byId(a.place, b.place))
  const placedLabel = new Map<string, string>()
  for (const p of order) {
    const size = p.highlighted ? 13 : 12
    const ar = p.place.name.ar
    const width = Math.max(textWidth(p.place.name.en, size, p.highlighted), ar !== undefined ? textWidth(ar, size - 1) : 0)
    const lineCount = ar !== undefined ? 2 : 1
    const boxHeight = lineCount * (size + 3)
    const candidates: { dx: number; dy: number; anchor: 'start' | 'end' }[] = []
    for (const distance of [10, 22, 40, 64, 96]) {
      candidates.push(
        { dx: distance, dy: -boxHeight / 2, anchor: 'start' },
        { dx: -distance, dy: -boxHeight / 2, anchor: 'end' },
        { dx: distance * 0.7, dy: -boxHeight - distance * 0.5, anchor: 'start' },
        { dx: distance * 0.7, dy: distance * 0.5, anchor: 'start' },
        { dx: -distance * 0.7, dy: -boxHeight - distance * 0.5, anchor: 'end' },
        { dx: -distance * 0.7, dy: distance * 0.5, anchor: 'end' },
      )
    }
    let best: { box: Box; anchor: 'start' | 'end'; cost: number; dx: number } | undefined
    for (const c of candidates) {
      const left = c.anchor === 'start' ? p.x + c.dx : p.x + c.dx - width
      const box: Box = { left, top: p.y + c.dy, right: left + width, bottom: p.y + c.dy + boxHeight }
      const outside = box.left < plotBox.left || box.right > plotBox.right || box.top < plotBox.top || box.bottom > plotBox.bottom
      // A label nearer another symbol than its own reads as that symbol's label.
      const own = distanceToBox(p.x, p.y, box)
      const misleading = points.filter((q) => q !== p && distanceToBox(q.x, q.y, box) < own).length
      // Any overlap costs more than a misleading position, which costs more than distance.
      const overlaps = taken.reduce((sum, t) => {
        const area = overlap(box, t)
        return area > 0 ? sum + 10_000 + area : sum
      }, 0)
      const cost = overlaps + misleading * 5_000 + (outside ? 1e6 : 0)
      if (best === undefined || cost < best.cost) best = { box, anchor: c.anchor, cost, dx: c.dx }
      if (cost === 0) break
    }
    const chosen = best!
    taken.push(chosen.box)
    const anchorX = chosen.anchor === 'start' ? chosen.box.left : chosen.box.right
    const weight = p.highlighted ? ' font-weight="bold"' : ''
    const parts = [`<text x="${svgNumber(anchorX)}" y="${svgNumber(chosen.box.top + size)}" text-anchor="${chosen.anchor}" font-size="${size}"${weight} fill="#1d232b">${escapeXml(p.place.name.en)}</text>`]
    // The Arabic line lines up with the English one: same end at the same x.
    if (ar !== undefined) parts.push(arabicText(anchorX, chosen.box.top + 2 * size + 3, ar, chosen.anchor === 'start' ? 'left' : 'right', ` font-size="${size - 1}" fill="#3d4652"`))
    // A leader line when the label sits away from its symbol.
    if (Math.abs(chosen.dx) > 10) {
      const lx = chosen.anchor === 'start' ? chosen.box.left - 2 : chosen.box.right + 2
      const ly = Math.min(Math.max(p.y, chosen.box.top), chosen.box.bottom)
      parts.unshift(`<line x1="${svgNumber(p.x)}" y1="${svgNumber(p.y)}" x2="${svgNumber(lx)}" y2="${svgNumber(ly)}" stroke="#5a6470" stroke-width="1"/>`)
    }
    placedLabel.set(p.place.id, parts.join(''))
  }

  // Each country's name near its visible centroid, moved up or down off any symbol
  // or place label (a name with no room left is not written).
  const countryNames: string[] = []
  for (const country of basemap?.countries ?? []) {
    if (country.label === undefined) continue
    const name = country.name.toUpperCase()
    const width = Math.max(textWidth(name, 13) + 13, country.nameAr !== undefined ? textWidth(country.nameAr, 13) : 0)
    const x = px(country.label[0])
    for (const dy of [0, -28, 28, -56, 56, -84, 84, -112, 112]) {
      const y = py(country.label[1]) + dy
      const box: Box = { left: x - width / 2, top: y - 13, right: x + width / 2, bottom: y + (country.nameAr !== undefined ? 20 : 3) }
      const inside = box.left >= plotBox.left && box.right <= plotBox.right && box.top >= plotBox.top && box.bottom <= plotBox.bottom
      if (!inside || taken.some((t) => overlap(box, t) > 0)) continue
      taken.push(box)
      countryNames.push(`<text x="${svgNumber(x)}" y="${svgNumber(y)}" text-anchor="middle" font-style="italic" letter-spacing="1">${escapeXml(name)}</text>`)
      if (country.nameAr !== undefined) countryNames.push(`<text x="${svgNumber(x)}" y="${svgNumber(y + 16)}" direction="rtl" xml:lang="ar" text-anchor="middle">${escapeXml(country.nameAr)}</text>`)
      break
    }
  }
  out[countryNamesAt] = `<g class="country-names" fill="#7a828b" font-size="13">${countryNames.join('')}</g>`

  // Operation places last, so their symbols sit on top of any neighbour.
  const drawOrder = [...points].sort((a, b) => Number(a.highlighted) - Number(b.highlighted) || byId(a.place, b.place))
  for (const p of drawOrder) {
    const c = p.place.coordinates!
    const colour = p.highlighted ? colourOf(p.place.id) : PLACE_COLOUR
    const tip = `${p.place.name.en}${p.place.name.ar !== undefined ? ` (${p.place.name.ar})` : ''}: ${p.place.kind}, ${c.lat}, ${c.lon}, ${PRECISION_LABEL[c.precision]}${p.highlighted ? `; ${countsText(p.place.id)}, the first in ${firstMonth.get(p.place.id) ?? ''}` : ''}. Coordinates: ${c.evidence.map((e) => titleOf.get(e.source) ?? e.source).join('; ')}`
    out.push(
      `<g class="place${operationPlaces.has(p.place.id) ? ' operation-place' : ''}${developmentPlaces.has(p.place.id) ? ' development-place' : ''}" data-location="${escapeXml(p.place.id)}" data-lat="${c.lat}" data-lon="${c.lon}" data-precision="${c.precision}">`,
      `<title>${escapeXml(tip)}</title>`,
      ...(developmentPlaces.has(p.place.id) ? [halo(p.x, p.y, colour)] : []),
      ...(operationPlaces.has(p.place.id) ? [`<circle cx="${svgNumber(p.x)}" cy="${svgNumber(p.y)}" r="11" fill="${colour}" fill-opacity="0.25" stroke="${colour}" stroke-width="2"/>`] : []),
      symbol(c.precision, p.x, p.y, colour),
      placedLabel.get(p.place.id)!,
      '</g>',
    )
  }

  // Legend and notes under the plot, one item a line, English on the left and Arabic on the right.
  const ring = (colour: string) => `<circle cx="24" cy="0" r="11" fill="${colour}" fill-opacity="0.25" stroke="${colour}" stroke-width="2"/><circle cx="24" cy="0" r="4.5" fill="${colour}"/>`
  const legend: [string, string, string][] = [
    [symbol('point', 24, 0, PLACE_COLOUR), `point: ${PRECISION_LABEL.point}`, 'نقطة المكان نفسه'],
    [symbol('area-centroid', 24, 0, PLACE_COLOUR), `area-centroid: ${PRECISION_LABEL['area-centroid']}`, 'مركز منطقة إدارية'],
    [symbol('nominal-centroid', 24, 0, PLACE_COLOUR), `nominal-centroid: ${PRECISION_LABEL['nominal-centroid']}`, 'مركز اسمي لمنطقة غير محددة'],
    ...(periods.length > 0
      ? periods.map((period): [string, string, string] => {
          const span = period.length === 1 ? period[0]! : `${period[0]!} to ${period[period.length - 1]!}`
          const spanAr = period.length === 1 ? period[0]! : `${period[0]!}–${period[period.length - 1]!}`
          return anyDevelopment
            ? [`<rect x="14" y="-7" width="20" height="14" rx="3" fill="${monthColour.get(period[0]!)!}"/>`, `bold label, coloured: first record at the place in ${span}`, `أول حدث في المكان: \u2066${spanAr}\u2069`]
            : [ring(monthColour.get(period[0]!)!), `bold label, ringed: first operation at the place in ${span}`, `مكان عملية، أولها في \u2066${spanAr}\u2069`]
        })
      : [[ring(OPERATION_COLOUR), 'bold label, ringed: a place where an operation happened', 'مكان عملية'] as [string, string, string]]),
    ...(anyDevelopment
      ? ([
          [`<circle cx="24" cy="0" r="8" fill="#666666" fill-opacity="0.25" stroke="#666666" stroke-width="2"/>${symbol('point', 24, 0, '#666666')}`, 'ringed: operations at the place', 'دائرة: عمليات في المكان'],
          [halo(24, 0, '#666666', 10) + symbol('point', 24, 0, '#666666'), 'in a diamond: developments at the place (a handover, a transfer...)', 'معيّن: تطورات في المكان'],
        ] as [string, string, string][])
      : []),
  ]
  out.push('<g class="legend" font-size="12" fill="#333333">')
  legend.forEach(([mark, text, ar], i) => {
    const y = notesTop + i * 20
    out.push(`<g transform="translate(0 ${y - 4})">${mark}</g>`, `<text x="44" y="${y}">${escapeXml(text)}</text>`, arabicText(WIDTH - 16, y, ar, 'right').replace('text-anchor="start"', 'text-anchor="start" class="legend-ar"'))
  })
  notes.forEach((line, i) => out.push(`<text x="16" y="${notesTop + legend.length * 20 + 8 + i * 18}" fill="#555555">${escapeXml(line)}</text>`))
  out.push('</g>')
  if (listed > 0) {
    // One a line, in id order, English at the left and Arabic at the right as in the legend.
    const column = WIDTH - 32
    const heading = outside.length === 0 ? `Places of ${what}s without cited coordinates, not plotted (${unplotted.length}):` : `Not plotted (${listed}): places of ${what}s without cited coordinates, and places outside the map:`
    out.push('<g class="unplotted" font-size="12" fill="#333333">', `<text x="16" y="${svgNumber(listTop + 8)}" font-weight="bold">${escapeXml(heading)}</text>`)
    ;[...unplotted, ...outside].forEach((place, i) => {
      const left = 16
      const y = listTop + 26 + i * 18
      const far = place.coordinates !== undefined
      const ar = place.name.ar === undefined ? undefined : fitText(place.name.ar, 12, column * 0.35)
      const what = [countsText(place.id), far ? `outside the map, at ${place.coordinates!.lat}, ${place.coordinates!.lon}` : ''].filter(Boolean).join('; ')
      const en = `${place.name.en}${place.parent ? ` (in ${nameOf.get(place.parent.location) ?? place.parent.location})` : ''}: ${what}`
      const enRoom = column - (ar === undefined ? 0 : textWidth(ar, 12) + 12)
      out.push(
        `<g class="unplotted-place${operationPlaces.has(place.id) ? ' operation-place' : ''}${developmentPlaces.has(place.id) ? ' development-place' : ''}" ${far ? 'data-outside' : 'data-unplotted'}="${escapeXml(place.id)}">`,
        `<title>${escapeXml(`${place.name.en}${place.name.ar !== undefined ? ` (${place.name.ar})` : ''}: ${far ? what : `${what}; the data gives no coordinates`}`)}</title>`,
        `<text x="${svgNumber(left)}" y="${svgNumber(y)}">${escapeXml(fitText(en, 12, enRoom))}</text>`,
        ...(ar === undefined ? [] : [arabicText(left + column, y, ar, 'right')]),
        '</g>',
      )
    })
    out.push('</g>')
  }
  out.push('</svg>', '')
  return out.join('\n')
}
