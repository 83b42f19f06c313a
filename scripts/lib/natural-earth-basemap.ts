/**
 * The map's outline of Syria and its neighbours, built at generate time (never at run time: the
 * package's runtime dependencies stay zod and date-fns) from Natural Earth's 1:50m countries,
 * public domain, as the `world-atlas` package ships them in TopoJSON. `topojson-client` turns
 * them into GeoJSON and `d3-geo` clips them to the map's extent and finds where to put each
 * name: the centroid of the part of the country that is on the map.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { geoIdentity, geoPath } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import type { Dataset } from '../../src/schemas/dataset.js'
import type { MapBasemap, MapCountry } from '../../src/render/map-basemap.js'

// ISO 3166-1 numeric codes (world-atlas feature ids) of Syria and the countries around it.
const COUNTRIES: readonly { readonly id: string; readonly iso2: string }[] = [
  { id: '760', iso2: 'SY' },
  { id: '422', iso2: 'LB' },
  { id: '792', iso2: 'TR' },
  { id: '368', iso2: 'IQ' },
  { id: '400', iso2: 'JO' },
  { id: '376', iso2: 'IL' },
  { id: '275', iso2: 'PS' },
  { id: '682', iso2: 'SA' },
  { id: '196', iso2: 'CY' },
]

/** Syria and a margin around it, in degrees. */
export const MAP_EXTENT = { west: 34.6, east: 42.6, south: 31.9, north: 37.6 } as const

type Ring = [number, number][]

// A d3 path "context" that collects the clipped rings instead of drawing them.
function collectRings(geometry: Feature<Geometry>): Ring[] {
  const rings: Ring[] = []
  let current: Ring = []
  const clip = geoIdentity().clipExtent([
    [MAP_EXTENT.west, MAP_EXTENT.south],
    [MAP_EXTENT.east, MAP_EXTENT.north],
  ])
  const context = {
    moveTo(x: number, y: number) {
      current = [[x, y]]
      rings.push(current)
    },
    lineTo(x: number, y: number) {
      current.push([x, y])
    },
    closePath() {},
    arc() {},
  }
  geoPath(clip, context as unknown as Parameters<typeof geoPath>[1])(geometry)
  // Five decimals of a degree (about a metre) is far finer than the 1:50m outline.
  return rings.filter((r) => r.length >= 3).map((r) => r.map(([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5] as [number, number]))
}

function labelPoint(geometry: Feature<Geometry>): [number, number] | undefined {
  const clip = geoIdentity().clipExtent([
    [MAP_EXTENT.west, MAP_EXTENT.south],
    [MAP_EXTENT.east, MAP_EXTENT.north],
  ])
  const path = geoPath(clip)
  if (path.area(geometry) < 0.05) return undefined // too little of it on the map to name
  const [x, y] = path.centroid(geometry)
  return [Math.round(x * 1e3) / 1e3, Math.round(y * 1e3) / 1e3]
}

/**
 * The basemap for `renderMapSvg`: each country's rings clipped to the extent, its English name
 * from Natural Earth and its Arabic name where the dataset has the country as a location.
 */
export function naturalEarthBasemap(dataset: Dataset): MapBasemap {
  const require = createRequire(import.meta.url)
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology
  const collection = feature(topology, topology.objects.countries as never) as unknown as FeatureCollection<Geometry, { name: string }>
  const arabic = new Map(dataset.locations.filter((l) => l.kind === 'country').flatMap((l) => l.countryCodes.map((code) => [code, l.name.ar] as const)))
  const countries: MapCountry[] = []
  for (const { id, iso2 } of COUNTRIES) {
    const country = collection.features.find((f) => String(f.id) === id)
    if (country === undefined) throw new Error(`world-atlas has no country ${id}`)
    const rings = collectRings(country)
    if (rings.length === 0) continue
    const label = labelPoint(country)
    const ar = arabic.get(iso2)
    countries.push({ code: iso2, name: country.properties.name, ...(ar !== undefined ? { nameAr: ar } : {}), rings, ...(label ? { label } : {}) })
  }
  return { extent: MAP_EXTENT, countries, focus: 'SY', credit: 'Natural Earth 1:50m (public domain), via world-atlas' }
}
