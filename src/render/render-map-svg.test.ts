import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import { allText, descendants, parseXml, type XmlElement } from './parse-svg.test-support.js'
import type { MapBasemap } from './map-basemap.js'
import { operationCategory } from '../schemas/operation-category.js'
import { renderMapSvg } from './render-map-svg.js'
import { GROWN_PLACES, grownDataset } from './grown-dataset.test-support.js'
import { overlappingPairs, textBoxes } from './text-boxes.test-support.js'

const svg = renderMapSvg()
const root = parseXml(svg)
const points = descendants(root).filter((e) => e.attributes['data-location'] !== undefined)
const located = dataset.locations.filter((l) => l.coordinates !== undefined)

// The symbol's centre: a circle's centre, a square's middle, a diamond's top vertex shifted down.
function centre(point: XmlElement): { x: number; y: number } {
  const symbol = point.children.filter((c) => c.name === 'circle' || c.name === 'rect' || c.name === 'path').at(-1)!
  if (symbol.name === 'circle') return { x: Number(symbol.attributes.cx), y: Number(symbol.attributes.cy) }
  if (symbol.name === 'rect') return { x: Number(symbol.attributes.x) + 5, y: Number(symbol.attributes.y) + 5 }
  const [, x, y] = /^M (\S+) (\S+)/.exec(symbol.attributes.d!)!
  return { x: Number(x), y: Number(y) + 7 }
}

describe('renderMapSvg', () => {
  it('is a well-formed SVG document whose description says there is no outline without a basemap', () => {
    expect(root.name).toBe('svg')
    expect(root.children.slice(0, 2).map((c) => c.name)).toEqual(['title', 'desc'])
    expect(root.children[1]!.text).toContain('No country outline or border is drawn: no basemap was given')
    expect(svg).not.toMatch(/NaN|Infinity|undefined/)
  })

  it('plots exactly the locations that have coordinates, with their coordinates unchanged', () => {
    expect(points.map((p) => p.attributes['data-location']).sort()).toEqual(located.map((l) => l.id).sort())
    expect(points.length).toBeGreaterThanOrEqual(14)
    for (const place of located) {
      const point = points.find((p) => p.attributes['data-location'] === place.id)!
      expect([Number(point.attributes['data-lat']), Number(point.attributes['data-lon'])]).toEqual([place.coordinates!.lat, place.coordinates!.lon])
    }
  })

  it('notices a dropped coordinate: one point fewer, that place missing', () => {
    const without: Dataset = { ...dataset, locations: dataset.locations.map((l) => (l.id === 'atmeh' ? { ...l, coordinates: undefined } : l)) as Dataset['locations'] }
    const fewer = descendants(parseXml(renderMapSvg(without))).filter((e) => e.attributes['data-location'] !== undefined)
    expect(fewer).toHaveLength(points.length - 1)
    expect(fewer.some((p) => p.attributes['data-location'] === 'atmeh')).toBe(false)
  })

  it('projects east to the right and north to the top, keeping the order of every pair', () => {
    const at = new Map(points.map((p) => [p.attributes['data-location']!, centre(p)]))
    for (const a of located) {
      for (const b of located) {
        if (a.coordinates!.lon < b.coordinates!.lon) expect(at.get(a.id)!.x, `${a.id} west of ${b.id}`).toBeLessThan(at.get(b.id)!.x)
        if (a.coordinates!.lat < b.coordinates!.lat) expect(at.get(a.id)!.y, `${a.id} south of ${b.id}`).toBeGreaterThan(at.get(b.id)!.y)
      }
    }
  })

  it('draws a symbol by coordinate precision', () => {
    const expected = { point: 'circle', 'area-centroid': 'rect', 'nominal-centroid': 'path' } as const
    for (const point of points) {
      const symbol = point.children.filter((c) => c.name === 'circle' || c.name === 'rect' || c.name === 'path').at(-1)!
      expect(symbol.name, point.attributes['data-location']).toBe(expected[point.attributes['data-precision'] as keyof typeof expected])
    }
  })

  it('highlights the places where operations happened and lists those it cannot plot', () => {
    const highlighted = points.filter((p) => p.attributes.class!.split(' ').includes('operation-place')).map((p) => p.attributes['data-location'])
    const operationPlaces = new Set(dataset.operations.filter((o) => operationCategory(o) === 'operation').map((o) => o.location))
    const recordPlaces = new Set(dataset.operations.map((o) => o.location))
    expect(highlighted.sort()).toEqual(located.filter((l) => operationPlaces.has(l.id)).map((l) => l.id).sort())
    expect(highlighted).toEqual(expect.arrayContaining(['al-bab', 'al-dumayr', 'atmeh', 'muadamiyat-al-qalamoun', 'rif-dimashq']))
    // Every place of a record without coordinates is listed, in id order, English then Arabic.
    const unplotted = descendants(root).filter((e) => e.attributes['data-unplotted'] !== undefined)
    expect(unplotted.map((e) => e.attributes['data-unplotted'])).toEqual(dataset.locations.filter((l) => !l.coordinates && recordPlaces.has(l.id)).map((l) => l.id).sort())
    const jurayjisa = unplotted.find((e) => e.attributes['data-unplotted'] === 'al-jurayjisa')!
    expect(jurayjisa.children.filter((c) => c.name === 'text').map((t) => t.text)).toEqual(['al-Jurayjisa (in Hama): 1 operation', 'الجريجسة'])
  })

  it('draws graticule lines with degree labels', () => {
    const labels = descendants(root).find((e) => e.attributes.class === 'graticule-labels')!.children.map((c) => c.text)
    expect(labels.filter((l) => /^\d+°E$/.test(l)).length).toBeGreaterThanOrEqual(2)
    expect(labels.filter((l) => /^\d+°N$/.test(l)).length).toBeGreaterThanOrEqual(2)
  })

  it('labels places in English, and in Arabic as right-to-left Arabic', () => {
    const atmeh = points.find((p) => p.attributes['data-location'] === 'atmeh')!
    const texts = descendants(atmeh).filter((e) => e.name === 'text')
    expect(texts.map((t) => t.text)).toEqual(['Atmeh', 'أطمة'])
    expect(texts[1]!.attributes).toMatchObject({ direction: 'rtl', 'xml:lang': 'ar' })
  })

  it('escapes text for XML', () => {
    const hostile: Dataset = { ...dataset, locations: dataset.locations.map((l) => (l.id === 'atmeh' ? { ...l, name: { en: 'At<meh> & "co"', ar: '<أطمة>' } } : l)) }
    const texts = descendants(parseXml(renderMapSvg(hostile))).map((e) => e.text)
    expect(texts).toContain('At<meh> & "co"')
    expect(texts).toContain('<أطمة>')
  })

  it('gives the same bytes every time', () => {
    expect(renderMapSvg()).toBe(svg)
  })

  it('copes with one place, and with none', () => {
    const one = renderMapSvg({ ...dataset, locations: dataset.locations.filter((l) => l.id === 'atmeh') })
    expect(one).not.toMatch(/NaN|Infinity/)
    expect(descendants(parseXml(one)).filter((e) => e.attributes['data-location'] !== undefined)).toHaveLength(1)
    const none = renderMapSvg({ ...dataset, locations: [] })
    expect(descendants(parseXml(none)).filter((e) => e.attributes['data-location'] !== undefined)).toEqual([])
  })

  it('bundles for the browser without Zod', async () => {
    const result = await build({ entryPoints: [fileURLToPath(new URL('./render-map-svg.ts', import.meta.url))], bundle: true, write: false, metafile: true, platform: 'browser', format: 'esm', logLevel: 'silent' })
    expect(Object.keys(result.metafile.inputs).filter((path) => path.includes('node_modules/zod'))).toEqual([])
  })
})

describe('renderMapSvg with a basemap', () => {
  // A made-up square "country" around Syria's points and a neighbour, in lon/lat.
  const basemap: MapBasemap = {
    extent: { west: 35, east: 42, south: 32, north: 37.5 },
    focus: 'SY',
    credit: 'Test outline (public domain)',
    countries: [
      { code: 'SY', name: 'Syria', nameAr: 'سورية', rings: [[[35.7, 32.3], [42, 32.3], [42, 37.3], [35.7, 37.3], [35.7, 32.3]]], label: [39, 35] },
      { code: 'LB', name: 'Lebanon', rings: [[[35, 33], [35.7, 33], [35.7, 34.6], [35, 34.6], [35, 33]]] },
    ],
  }
  const withMap = renderMapSvg(dataset, { basemap })
  const mapRoot = parseXml(withMap)

  it('draws each country as a clipped path, the focus country apart, and credits the outline', () => {
    const countries = descendants(mapRoot).filter((e) => e.attributes['data-country'] !== undefined)
    expect(countries.map((c) => [c.attributes['data-country'], c.attributes.class])).toEqual([['SY', 'country focus'], ['LB', 'country']])
    expect(descendants(mapRoot).find((e) => e.attributes.class === 'countries')?.attributes['clip-path']).toBe('url(#map-plot)')
    expect(descendants(mapRoot).filter((e) => e.name === 'text').map((e) => e.text).join(' ')).toContain('Country outlines: Test outline (public domain).')
    expect(mapRoot.children[1]!.text).toContain('Country outlines: Syria, Lebanon (Test outline (public domain))')
    expect(withMap).not.toMatch(/NaN|Infinity|undefined/)
  })

  it('names countries in English and, where given, Arabic', () => {
    const names = descendants(mapRoot).find((e) => e.attributes.class === 'country-names')!.children.map((c) => c.text)
    expect(names).toEqual(['SYRIA', 'سورية'])
  })

  it('keeps the points in its extent, lists those outside with their coordinates, coloured by the month of their first record, with a bilingual legend', () => {
    const inMap = descendants(mapRoot).filter((e) => e.attributes['data-location'] !== undefined)
    const outside = descendants(mapRoot).filter((e) => e.attributes['data-outside'] !== undefined)
    expect(inMap.length + outside.length).toBe(points.length)
    const { west, east, south, north } = basemap.extent
    for (const place of located) {
      const c = place.coordinates!
      const shown = c.lon >= west && c.lon <= east && c.lat >= south && c.lat <= north
      expect(shown ? inMap : outside, place.id).toContainEqual(expect.objectContaining({ attributes: expect.objectContaining({ [shown ? 'data-location' : 'data-outside']: place.id }) }))
    }
    for (const far of outside) expect(allText(far)).toMatch(/outside the map, at -?\d/)
    const legend = descendants(mapRoot).find((e) => e.attributes.class === 'legend')!
    const texts = legend.children.filter((c) => c.name === 'text').map((c) => c.text)
    expect(texts).toContain('bold label, coloured: first record at the place in 2025-07')
    expect(texts).toContain('أول حدث في المكان: \u20662025-10\u2069')
    expect(texts).toContain('نقطة المكان نفسه')
    // Without developments, the words of the operations-only legend.
    const operationsOnly = descendants(parseXml(renderMapSvg({ ...dataset, operations: dataset.operations.filter((o) => operationCategory(o) === 'operation') }, { basemap })))
    expect(operationsOnly.find((e) => e.attributes.class === 'legend')!.children.filter((c) => c.name === 'text').map((c) => c.text)).toContain('bold label, ringed: first operation at the place in 2025-07')
  })
})

describe('renderMapSvg at four times the events', () => {
  const grown = grownDataset()
  // The docs' extent, without the outline itself: the test needs no geographic data.
  const grownRoot = parseXml(renderMapSvg(grown, { basemap: { extent: { west: 34.6, east: 42.6, south: 31.9, north: 37.5 }, countries: [], credit: 'none' } }))
  const elements = descendants(grownRoot)
  const placeOf = (id: string) => elements.find((e) => e.attributes['data-location'] === id)!

  it('plots only places with cited coordinates, never the new places the fixture gives none', () => {
    const plotted = new Set(elements.filter((e) => e.attributes['data-location'] !== undefined).map((e) => e.attributes['data-location']))
    for (const place of grown.locations) if (!place.coordinates) expect(plotted.has(place.id), place.id).toBe(false)
    const outside = elements.filter((e) => e.attributes['data-outside'] !== undefined)
    expect(plotted.size + outside.length).toBe(grown.locations.filter((l) => l.coordinates).length)
    expect(GROWN_PLACES.some((p) => p.coordinates === undefined && !dataset.locations.some((l) => l.id === p.id))).toBe(true)
  })

  it('lists every place of a record without coordinates, in English and Arabic, with what happened there', () => {
    const listed = elements.filter((e) => e.attributes['data-unplotted'] !== undefined)
    const recordPlaces = new Set(grown.operations.map((o) => o.location))
    expect(listed.map((e) => e.attributes['data-unplotted'])).toEqual(grown.locations.filter((l) => !l.coordinates && recordPlaces.has(l.id)).map((l) => l.id).sort())
    const alHol = listed.find((e) => e.attributes['data-unplotted'] === 'al-hol-camp')!
    expect(alHol.attributes.class).toBe('unplotted-place development-place')
    const alHolAr = grown.locations.find((l) => l.id === 'al-hol-camp')!.name.ar
    expect(alHol.children.filter((c) => c.name === 'text').map((t) => t.text)).toEqual([expect.stringMatching(/^al-Hol camp \(in Hasakah\): \d+ developments$/), ...(alHolAr === undefined ? [] : [alHolAr])])
    expect(allText(elements.find((e) => e.attributes.class === 'unplotted')!)).toMatch(/Not plotted \(\d+\): places of records without cited coordinates, and places outside the map:/)
  })

  it('sets places of developments in a diamond, apart from the ring of operation places, with a legend for both', () => {
    const damascus = placeOf('damascus')
    expect(damascus.attributes.class).toBe('place operation-place development-place')
    expect(damascus.children.some((c) => c.attributes.class === 'development-halo')).toBe(true)
    const tanf = placeOf('al-tanf-base')
    expect(tanf.attributes.class).toBe('place development-place')
    expect(tanf.children.filter((c) => c.name === 'circle' && c.attributes.r === '11')).toEqual([])
    expect(placeOf('homs-governorate').attributes.class).toBe('place operation-place')
    const legend = elements.find((e) => e.attributes.class === 'legend')!.children.filter((c) => c.name === 'text').map((c) => c.text)
    expect(legend).toContain('in a diamond: developments at the place (a handover, a transfer...)')
    expect(legend).toContain('ringed: operations at the place')
  })

  it('gives no two months the same colour, sharing one between consecutive months only when they outnumber the colours', () => {
    const swatches = elements.find((e) => e.attributes.class === 'legend')!.children.filter((c) => c.name === 'g').flatMap((g) => g.children.filter((c) => c.name === 'rect').map((r) => r.attributes.fill))
    expect(new Set(swatches).size).toBe(swatches.length)
    const monthly = { ...grown, operations: Array.from({ length: 14 }, (_, i) => ({ ...grown.operations[0]!, id: `month-${i}`, date: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, location: grown.locations.filter((l) => l.coordinates)[i]!.id })) }
    const texts = descendants(parseXml(renderMapSvg(monthly))).filter((e) => e.name === 'text').map((e) => e.text)
    expect(texts).toContain('bold label, ringed: first operation at the place in 2025-01 to 2025-02')
    expect(texts.filter((t) => t.startsWith('bold label, ringed:'))).toHaveLength(7)
  })

  it('has no two texts overlapping, and every text inside the picture', () => {
    const boxes = textBoxes(grownRoot)
    expect(overlappingPairs(boxes).map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([])
    for (const box of boxes) {
      expect(box.left, box.text).toBeGreaterThanOrEqual(0)
      expect(box.right, box.text).toBeLessThanOrEqual(Number(grownRoot.attributes.width))
    }
  })
})

describe('the XML check the SVG tests rely on', () => {
  it.each([
    ['<a><b></a>', 'closes'],
    ['<a x=1/>', 'quoted'],
    ['<a>&</a>', 'bare'],
    ['<a>&nbsp;</a>', 'unknown entity'],
    ['<a/><b/>', 'second root'],
    ['<a x="1" x="2"/>', 'duplicate'],
    ['<a>', 'never closed'],
    ['<a x="<"/>', 'raw'],
    ['text<a/>', 'outside'],
  ])('rejects %s', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message)
  })

  it('reads a well-formed document', () => {
    expect(parseXml('<a k="&amp;&#x41;"><b>x &lt; y</b><c/></a>')).toEqual({
      name: 'a',
      attributes: { k: '&A' },
      text: '',
      children: [
        { name: 'b', attributes: {}, text: 'x < y', children: [] },
        { name: 'c', attributes: {}, text: '', children: [] },
      ],
    })
  })
})
