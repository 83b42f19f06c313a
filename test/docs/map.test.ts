/**
 * The documentation's map (docs/assets/map.svg) is drawn over Natural Earth's outlines, built at
 * generate time with world-atlas, topojson-client and d3-geo, and says so in the picture. The
 * outline puts each place in the right country: Roumieh in Lebanon, not in Syria.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { geoContains } from 'd3-geo'
import type { FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import { naturalEarthBasemap } from '../../scripts/lib/natural-earth-basemap.js'
import { ROOT } from '../../scripts/lib/paths.js'
import { dataset } from '../../src/data/index.js'

const svg = readFileSync(join(ROOT, 'docs', 'assets', 'map.svg'), 'utf8')
const require = createRequire(import.meta.url)
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology
const countries = feature(topology, topology.objects.countries as never) as unknown as FeatureCollection<Geometry, { name: string }>
const country = (name: string) => countries.features.find((f) => f.properties.name === name)!

describe('the documentation map', () => {
  it('draws Syria and its neighbours from Natural Earth, credited in the picture', () => {
    for (const code of ['SY', 'LB', 'TR', 'IQ', 'JO', 'IL']) expect(svg).toContain(`data-country="${code}"`)
    expect(svg).toContain('Natural Earth 1:50m (public domain), via world-atlas')
    expect(svg).toContain('class="country focus" data-country="SY"')
  })

  it('names countries in Arabic only with names the dataset gives', () => {
    const basemap = naturalEarthBasemap(dataset)
    const arabic = new Map(dataset.locations.filter((l) => l.kind === 'country').flatMap((l) => l.countryCodes.map((c) => [c, l.name.ar])))
    for (const c of basemap.countries) expect(c.nameAr, c.code).toBe(arabic.get(c.code))
  })

  it('has each located place inside the country its data says, by the same outline', () => {
    const roumieh = dataset.locations.find((l) => l.id === 'roumieh')?.coordinates
    expect(roumieh).toBeDefined()
    expect(geoContains(country('Lebanon'), [roumieh!.lon, roumieh!.lat])).toBe(true)
    expect(geoContains(country('Syria'), [roumieh!.lon, roumieh!.lat])).toBe(false)
    // Places of one country only (the Syrian Badia spans four, its nominal centre need not be in Syria).
    for (const place of dataset.locations.filter((l) => l.coordinates && l.countryCodes.join() === 'SY')) {
      expect(geoContains(country('Syria'), [place.coordinates!.lon, place.coordinates!.lat]), place.id).toBe(true)
    }
  })
})
