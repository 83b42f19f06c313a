import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import type { Operation } from '../schemas/operation.js'
import { GROWN_OPERATIONS, grownDataset } from './grown-dataset.test-support.js'
import { allText, descendants, parseXml, type XmlElement } from './parse-svg.test-support.js'
import { renderTimelineSvg } from './render-timeline-svg.js'
import { escapeXml } from './svg.js'
import { overlappingPairs, textBoxes } from './text-boxes.test-support.js'

const svg = renderTimelineSvg()
const root = parseXml(svg)
const all = descendants(root)
const marks = all.filter((e) => e.attributes['data-operation'] !== undefined)
const markOf = (id: string): XmlElement => marks.find((e) => e.attributes['data-operation'] === id)!
// The mark itself: a dot, bar or diamond (a development's bar between diamonds: the bar), not an open end's arrow.
const shapes = (mark: XmlElement): XmlElement[] => mark.children.filter((c) => (c.name === 'rect' || c.name === 'circle' || c.name === 'path') && c.attributes.class !== 'open-end')
const shape = (mark: XmlElement): XmlElement => shapes(mark)[0]!
const op = (id: string): Operation => dataset.operations.find((o) => o.id === id)!

describe('renderTimelineSvg', () => {
  it('is a well-formed SVG document with a title and a description first', () => {
    expect(root.name).toBe('svg')
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg')
    expect(root.attributes.role).toBe('img')
    expect(root.children.slice(0, 2).map((c) => c.name)).toEqual(['title', 'desc'])
    expect(root.attributes['aria-labelledby']).toBe(`${root.children[0]!.attributes.id} ${root.children[1]!.attributes.id}`)
    expect(svg).not.toMatch(/NaN|Infinity|undefined/)
  })

  it('draws one mark per operation', () => {
    expect(marks.map((m) => m.attributes['data-operation']).sort()).toEqual(dataset.operations.map((o) => o.id).sort())
    // An operation is one dot or bar; a development a diamond, or a thin bar between two.
    for (const mark of marks) expect(shapes(mark).length, mark.attributes['data-operation']).toBe(mark.attributes['data-category'] === 'development' && shapes(mark).length === 3 ? 3 : 1)
  })

  it('puts the months the operations cover on the axis, derived from the data, with a section per month', () => {
    const axisMonths = (tree: XmlElement[]) => tree.find((e) => e.attributes.class === 'axis')!.children.filter((c) => c.name === 'text').map((t) => t.text)
    expect(axisMonths(all)).toEqual(['Jul', '2025', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', '2026', 'Feb'])
    // A section per month that lists a record: the month it begins in, or ends in when the start is open.
    const listedMonths = [...new Set(dataset.operations.map((o) => o.date.replace(/^\.\.\//, '').slice(0, 7)))].sort()
    expect(all.filter((e) => e.attributes.class === 'month').map((e) => e.attributes['data-month'])).toEqual(listedMonths)
    const july = all.find((e) => e.attributes['data-month'] === '2025-07')!
    expect(july.children.filter((c) => c.name === 'text').map((t) => t.text)).toEqual(['July 2025', '1 operation'])
    const later = { ...op('2025-08-atmeh-airborne-landing'), id: 'a-may-operation', date: '2026-05-03' }
    const extended = descendants(parseXml(renderTimelineSvg({ ...dataset, operations: [...dataset.operations, later] })))
    expect(axisMonths(extended).slice(-3)).toEqual(['Mar', 'Apr', 'May'])
    // Months with nothing to list get a column but no section.
    expect(extended.filter((e) => e.attributes.class === 'month').map((e) => e.attributes['data-month'])).toEqual([...listedMonths, '2026-05'])
  })

  it('spans a month for a month-precision date and draws a dot for a single day', () => {
    // Since other reports give their days, no shipped operation is dated to a month: give two of them one.
    const months = new Map([['2025-07-al-bab-airborne-landing', '2025-07'], ['2025-08-atmeh-airborne-landing', '2025-08']])
    const monthly = descendants(parseXml(renderTimelineSvg({ ...dataset, operations: dataset.operations.map((o) => (months.has(o.id) ? { ...o, date: months.get(o.id)! } : o)) })))
    const monthMark = (id: string) => monthly.find((e) => e.attributes['data-operation'] === id)!
    const july = shape(monthMark('2025-07-al-bab-airborne-landing'))
    const august = shape(monthMark('2025-08-atmeh-airborne-landing'))
    expect(july.name).toBe('rect')
    // Adjacent months: July's bar ends where August's begins (each inset by one unit).
    expect(Number(july.attributes.x) + Number(july.attributes.width) + 2).toBeCloseTo(Number(august.attributes.x), 1)
    expect(shape(markOf('2025-10-18-rif-dimashq-joint-operation')).name).toBe('circle')
  })

  it('draws an uncertain date hollow and dashed, a certain one filled', () => {
    // No shipped operation date is marked uncertain since 0.2.0: mark one.
    const marked = { ...op('2025-10-18-rif-dimashq-joint-operation'), date: '2025-10-18?' }
    const withUncertain = descendants(parseXml(renderTimelineSvg({ ...dataset, operations: dataset.operations.map((o) => (o.id === marked.id ? marked : o)) })))
    const uncertain = shape(withUncertain.find((e) => e.attributes['data-operation'] === marked.id)!)
    expect(uncertain.attributes.fill).toBe('#ffffff')
    expect(uncertain.attributes['stroke-dasharray']).toBeDefined()
    const certain = shape(markOf('2025-10-18-al-dumayr-ground-incursion'))
    expect(certain.attributes['stroke-dasharray']).toBeUndefined()
    expect(certain.attributes.fill).not.toBe('#ffffff')
  })

  it('colours each mark by its lead actor, with one legend entry per lead', () => {
    const legend = all.filter((e) => e.attributes.class === 'legend-entry')
    // Where sources name different leads (the security source and CENTCOM at al-Bab), the mark has both.
    const rank = (lead: string) => (lead === 'not stated' ? 2 : lead.startsWith('no lead stated') ? 1 : 0)
    expect(legend.map((e) => e.attributes['data-lead'])).toEqual([...new Set(marks.map((m) => m.attributes['data-lead']!))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)))
    expect(legend.map((e) => e.attributes['data-lead'])).toContain('General Intelligence Service + Syrian Ministry of Interior')
    const colourOf = new Map(legend.map((e) => [e.attributes['data-lead'], e.children.find((c) => c.name === 'rect')!.attributes.fill]))
    // Colours are distinct as far as the palette goes; beyond it the letters tell leads apart.
    expect(new Set(colourOf.values()).size).toBe(Math.min(legend.length, 7))
    for (const mark of marks) {
      const operation = op(mark.attributes['data-operation']!)
      const leads = operation.participants.filter((p) => p.role === 'lead').map((p) => dataset.actors.find((a) => a.id === p.actor)!.name.en)
      const taking = [...new Set(operation.participants.filter((p) => p.role !== 'lead' && p.role !== 'target').map((p) => dataset.actors.find((a) => a.id === p.actor)!.name.en))].sort()
      // Each lead once (several sources may name the same one), in name order.
      const expected = leads.length > 0 ? [...new Set(leads)].sort().join(' + ') : taking.length > 0 ? `no lead stated, taking part: ${taking.join(' + ')}` : 'not stated'
      expect(mark.attributes['data-lead']).toBe(expected)
      const drawn = shape(mark)
      expect(drawn.attributes.fill === '#ffffff' ? drawn.attributes.stroke : drawn.attributes.fill).toBe(colourOf.get(mark.attributes['data-lead']))
    }
    // A joint operation with partners and no lead is coloured by its partners; one naming nobody is "not stated".
    expect(markOf('2025-10-18-rif-dimashq-joint-operation').attributes['data-lead']).toBe('no lead stated, taking part: Syrian government + US-led international coalition')
    const nobody = { ...op('2025-07-al-bab-airborne-landing'), participants: [] }
    const unnamed = descendants(parseXml(renderTimelineSvg({ ...dataset, operations: dataset.operations.map((o) => (o.id === nobody.id ? nobody : o)) })))
    expect(unnamed.find((e) => e.attributes['data-operation'] === nobody.id)!.attributes['data-lead']).toBe('not stated')
  })

  it('labels rows in English and marks the Arabic as right-to-left Arabic', () => {
    expect(allText(markOf('2025-08-atmeh-airborne-landing'))).toContain('Atmeh')
    const arabic = all.filter((e) => e.name === 'text' && /[\u0600-\u06FF]/.test(e.text))
    const withArabic = dataset.operations.filter((o) => dataset.locations.find((l) => l.id === o.location)?.name.ar !== undefined)
    expect(arabic.length).toBeGreaterThanOrEqual(withArabic.length)
    for (const text of arabic) {
      expect(text.attributes.direction).toBe('rtl')
      expect(text.attributes['xml:lang']).toBe('ar')
    }
    expect(allText(markOf('2025-08-atmeh-airborne-landing'))).toContain('أطمة')
  })

  it('escapes text for XML', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;')
    expect(escapeXml('a\u0000b\uD800c')).toBe('abc')
    const hostile: Dataset = {
      ...dataset,
      actors: dataset.actors.map((a) => (a.id === 'global-coalition' ? { ...a, name: { en: 'Coalition <&> "the" \'us\'' } } : a)),
      locations: dataset.locations.map((l) => (l.id === 'atmeh' ? { ...l, name: { en: 'At<meh> & co', ar: 'أطمة & <>' } } : l)),
    }
    const parsed = parseXml(renderTimelineSvg(hostile))
    const texts = descendants(parsed).map((e) => e.text)
    expect(texts).toContain('At<meh> & co')
    expect(texts).toContain('أطمة & <>')
    expect(descendants(parsed).some((e) => e.attributes['data-lead'] === 'Coalition <&> "the" \'us\'')).toBe(true)
  })

  it('gives the same bytes every time', () => {
    expect(renderTimelineSvg()).toBe(svg)
    expect(renderTimelineSvg(dataset)).toBe(svg)
  })

  it('draws an empty dataset as a well-formed picture that says so', () => {
    const empty = parseXml(renderTimelineSvg({ ...dataset, operations: [] }))
    expect(descendants(empty).filter((e) => e.attributes['data-operation'] !== undefined)).toEqual([])
    expect(allText(empty)).toContain('No operations.')
  })

  it('bundles for the browser without Zod', async () => {
    const result = await build({ entryPoints: [fileURLToPath(new URL('./render-timeline-svg.ts', import.meta.url))], bundle: true, write: false, metafile: true, platform: 'browser', format: 'esm', logLevel: 'silent' })
    expect(Object.keys(result.metafile.inputs).filter((path) => path.includes('node_modules/zod'))).toEqual([])
  })
})

describe('renderTimelineSvg at four times the events', () => {
  const grown = grownDataset()
  const grownSvg = renderTimelineSvg(grown)
  const tree = parseXml(grownSvg)
  const elements = descendants(tree)
  const records = elements.filter((e) => e.attributes['data-operation'] !== undefined)
  const record = (id: string) => records.find((e) => e.attributes['data-operation'] === id)!
  const sections = elements.filter((e) => e.attributes.class === 'month')
  const width = Number(tree.attributes.width)
  // The x extent of a month's column, from its heading's highlighted column.
  const column = (month: string) => {
    const rect = sections.find((e) => e.attributes['data-month'] === month)!.children.filter((c) => c.name === 'rect')[1]!
    return { left: Number(rect.attributes.x), right: Number(rect.attributes.x) + Number(rect.attributes.width) }
  }
  const topOf = (e: XmlElement) => Number(e.children.find((c) => c.name === 'line')!.attributes.y1) - 40
  const extent = (mark: XmlElement) => {
    const xs = mark.children.flatMap((c) => {
      if (c.name === 'circle') return [Number(c.attributes.cx) - Number(c.attributes.r), Number(c.attributes.cx) + Number(c.attributes.r)]
      if (c.name === 'rect') return [Number(c.attributes.x), Number(c.attributes.x) + Number(c.attributes.width)]
      if (c.name === 'path') return [...c.attributes.d!.matchAll(/[ML] (\S+) /g)].map((m) => Number(m[1]))
      if (c.name === 'line' && c.attributes.class === 'open-end') return [Number(c.attributes.x1), Number(c.attributes.x2)]
      return []
    })
    return { left: Math.min(...xs), right: Math.max(...xs) }
  }

  it('has a realistic fixture: about four times the shipped records over eight months, both categories, several on one day', () => {
    // Twice the shipped data, itself over four times the six operations of 0.2.0.
    expect(grown.operations.length).toBeGreaterThanOrEqual(2 * dataset.operations.length)
    expect(grown.operations.length).toBeGreaterThanOrEqual(4 * 6 * 2)
    expect(new Set(grown.operations.map((o) => o.date.replace(/^\.\.\//, '').slice(0, 7))).size).toBe(8)
    expect(records.filter((r) => r.attributes['data-category'] === 'development').length).toBeGreaterThanOrEqual(10)
    expect(grown.operations.filter((o) => o.date === '2025-12-14').length).toBeGreaterThanOrEqual(2)
  })

  it('lists the records under a heading per month, in order, each under the month it begins in', () => {
    expect(sections.map((e) => e.attributes['data-month'])).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02'])
    const headingTop = sections.map((e) => Number(e.children.find((c) => c.name === 'rect')!.attributes.y))
    for (const r of records) {
      const date = r.attributes['data-date']!
      // An open start is listed under the month of its end, the only day known.
      const month = (date.startsWith('../') ? date.slice(3) : date).slice(0, 7)
      const i = sections.findIndex((e) => e.attributes['data-month'] === month)
      expect(i, date).toBeGreaterThanOrEqual(0)
      expect(topOf(r), r.attributes['data-operation']).toBeGreaterThan(headingTop[i]!)
      if (i + 1 < sections.length) expect(topOf(r), r.attributes['data-operation']).toBeLessThan(headingTop[i + 1]!)
    }
    // Each heading counts its records by category.
    const december = sections.find((e) => e.attributes['data-month'] === '2025-12')!
    const inDecember = records.filter((r) => (r.attributes['data-date']!.startsWith('../') ? r.attributes['data-date']!.slice(3) : r.attributes['data-date']!).startsWith('2025-12'))
    const developments = inDecember.filter((r) => r.attributes['data-category'] === 'development').length
    const counts = [`${inDecember.length - developments} operations`, developments === 1 ? '1 development' : `${developments} developments`].join(', ')
    expect(december.children.filter((c) => c.name === 'text').map((t) => t.text)).toEqual(['December 2025', expect.stringMatching(/^\d+ op/)])
    expect(december.children.find((c) => c.name === 'title')!.text).toBe(`December 2025: ${counts}`)
  })

  it('draws developments as diamonds and operations as dots or bars, with both in the legend', () => {
    for (const r of records) {
      const drawn = shapes(r)
      if (r.attributes['data-category'] === 'development') {
        expect(drawn.some((c) => c.name === 'path' && /^M .* L .* L .* L .* Z$/.test(c.attributes.d!)), r.attributes['data-operation']).toBe(true)
        expect(drawn.some((c) => c.name === 'circle')).toBe(false)
      } else expect(drawn.map((c) => c.name), r.attributes['data-operation']).toEqual([expect.stringMatching(/^(circle|rect)$/)])
    }
    expect(record('grown-2025-11-11-accession').attributes['data-category']).toBe('development')
    expect(record('grown-2025-12-13-palmyra').attributes['data-category']).toBe('operation')
    const legend = allText(elements.find((e) => e.attributes.class === 'legend')!)
    expect(legend).toContain('development, one day')
    expect(legend).toContain('operation, one day')
    expect(tree.children[1]!.text).toContain('a diamond marks a development')
  })

  it('runs an interval across months into the next column, and draws an open start as a short arrow, not a bar to the edge', () => {
    const transfer = extent(record('grown-2026-01-transfer'))
    expect(transfer.left).toBeGreaterThan(column('2026-01').left)
    expect(transfer.left).toBeLessThan(column('2026-01').right)
    expect(transfer.right).toBeGreaterThan(column('2026-02').left)
    expect(transfer.right).toBeLessThan(column('2026-02').right)
    for (const id of ['grown-2026-02-hasakah', '2025-10-muadamiyat-al-qalamoun-cell-dismantling']) {
      const mark = record(id)
      const open = mark.children.filter((c) => c.attributes.class === 'open-end')
      expect(open.map((c) => c.name).sort(), id).toEqual(['line', 'path'])
      // The arrow points left from the known end, within a month's width of it, far from the axis start.
      const drawn = extent(mark)
      expect(drawn.right - drawn.left, id).toBeLessThan(column('2026-02').right - column('2026-02').left)
      expect(drawn.left, id).toBeGreaterThan(column('2025-07').right)
      expect(mark.children.find((c) => c.name === 'title')!.text, id).toContain('start not given')
    }
  })

  it('says where people or forces went, before the types, in the row and the title', () => {
    const transfer = record('grown-2026-01-transfer')
    // The types may be shortened to fit; the destination comes first so it stays.
    expect(transfer.children.filter((c) => c.name === 'text').map((t) => t.text)).toContainEqual(expect.stringMatching(/^2026-01-21\/2026-02-12 · to Iraq/))
    expect(transfer.children.find((c) => c.name === 'title')!.text).toContain('To: Iraq.')
  })

  it('keys every mark to its lead by a letter the legend spells out, the legend one entry a line within the picture', () => {
    const entries = elements.filter((e) => e.attributes.class === 'legend-entry')
    const letterOf = new Map(entries.map((e) => [e.attributes['data-lead']!, e.children.find((c) => c.name === 'text')!.text]))
    expect(letterOf.size).toBe(new Set(records.map((r) => r.attributes['data-lead'])).size)
    expect(new Set(letterOf.values()).size).toBe(letterOf.size)
    for (const r of records) expect(r.children.find((c) => c.attributes.class === 'lead-key')!.text).toBe(letterOf.get(r.attributes['data-lead']!))
    // More leads than colours: colours repeat, letters never do.
    expect(new Set(entries.map((e) => e.children.find((c) => c.name === 'rect')!.attributes.fill)).size).toBeLessThan(entries.length)
  })

  it('has no two texts overlapping, and every text inside the picture', () => {
    const boxes = textBoxes(tree)
    expect(boxes.length).toBeGreaterThan(3 * records.length)
    expect(overlappingPairs(boxes).map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([])
    for (const box of boxes) {
      expect(box.left, box.text).toBeGreaterThanOrEqual(0)
      expect(box.right, box.text).toBeLessThanOrEqual(width)
    }
    // A long name is shortened to its column, the full title kept for a screen reader.
    const moadamiyah = record('grown-2025-12-24-moadamiyah')
    expect(moadamiyah.children.filter((c) => c.name === 'text').some((t) => t.text.endsWith('…'))).toBe(true)
    expect(moadamiyah.children.find((c) => c.name === 'title')!.text).toContain(GROWN_OPERATIONS.find((o) => o.id === 'grown-2025-12-24-moadamiyah')!.title.en)
  })

  it('writes Arabic right to left, tagged as Arabic, and gives the same bytes every time', () => {
    const arabic = elements.filter((e) => e.name === 'text' && /[\u0600-\u06FF]/.test(e.text))
    expect(arabic.length).toBeGreaterThanOrEqual(grown.operations.filter((o) => grown.locations.find((l) => l.id === o.location)?.name.ar !== undefined).length)
    for (const text of arabic) expect([text.attributes.direction, text.attributes['xml:lang']]).toEqual(['rtl', 'ar'])
    expect(renderTimelineSvg(grownDataset())).toBe(grownSvg)
    expect(grownSvg).not.toMatch(/NaN|Infinity|undefined/)
  })
})
