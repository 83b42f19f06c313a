import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import type { Operation } from '../schemas/operation.js'
import { allText, descendants, parseXml, type XmlElement } from './parse-svg.test-support.js'
import { renderTimelineSvg } from './render-timeline-svg.js'
import { escapeXml } from './svg.js'

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
    for (const mark of marks) expect(shapes(mark)).toHaveLength(1)
  })

  it('puts the months the operations cover on the axis, derived from the data, with a section per month', () => {
    const axisMonths = (tree: XmlElement[]) => tree.find((e) => e.attributes.class === 'axis')!.children.filter((c) => c.name === 'text').map((t) => t.text)
    expect(axisMonths(all)).toEqual(['Jul', '2025', 'Aug', 'Sep', 'Oct'])
    const headings = all.filter((e) => e.attributes.class === 'month').map((e) => e.children.filter((c) => c.name === 'text').map((t) => t.text))
    expect(headings).toEqual([['July 2025', '1 operation'], ['August 2025', '1 operation'], ['September 2025', '1 operation'], ['October 2025', '3 operations']])
    const later = { ...op('2025-08-atmeh-airborne-landing'), id: 'a-january-operation', date: '2026-01-03' }
    const extended = descendants(parseXml(renderTimelineSvg({ ...dataset, operations: [...dataset.operations, later] })))
    expect(axisMonths(extended)).toEqual(['Jul', '2025', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', '2026'])
    // Months with nothing to list get a column but no section.
    expect(extended.filter((e) => e.attributes.class === 'month').map((e) => e.attributes['data-month'])).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2026-01'])
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
    expect(legend.map((e) => e.attributes['data-lead'])).toEqual([
      'General Intelligence Service + Syrian Ministry of Interior',
      'Syrian Ministry of Interior + United States',
      'US-led international coalition',
      'US-led international coalition + United States',
      'no lead stated, taking part: Syrian government + US-led international coalition',
    ])
    const colourOf = new Map(legend.map((e) => [e.attributes['data-lead'], e.children.find((c) => c.name === 'rect')!.attributes.fill]))
    expect(new Set(colourOf.values()).size).toBe(legend.length)
    for (const mark of marks) {
      const operation = op(mark.attributes['data-operation']!)
      const leads = operation.participants.filter((p) => p.role === 'lead').map((p) => dataset.actors.find((a) => a.id === p.actor)!.name.en)
      const taking = operation.participants.filter((p) => p.role !== 'lead' && p.role !== 'target').map((p) => dataset.actors.find((a) => a.id === p.actor)!.name.en).sort()
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
    expect(arabic.length).toBeGreaterThanOrEqual(dataset.operations.length)
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
