import { describe, expect, it } from 'vitest'
import { dataset } from '../../src/data/index.js'
import { locationsToGeoJson } from '../../src/export/locations-to-geo-json.js'
import { operationsToGeoJson } from '../../src/export/operations-to-geo-json.js'
import { CSV_TABLES } from '../../src/export/csv-tables.js'
import { toTables } from '../../src/export/to-tables.js'
import { locate } from '../../src/query/locate.js'
import type { Dataset } from '../../src/schemas/dataset.js'
import type { Location } from '../../src/schemas/location.js'
import { operationCategory } from '../../src/schemas/operation-category.js'
import { TRICKY, trickyDataset } from './tricky-dataset.js'

/** The RFC 7946 rules a FeatureCollection of points must keep; returns every breach found. */
function rfc7946Problems(value: unknown): string[] {
  const problems: string[] = []
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
  if (!isObject(value)) return ['not a JSON object']
  if (value.type !== 'FeatureCollection') problems.push(`type is ${String(value.type)}, not FeatureCollection (§3.3)`)
  if ('crs' in value) problems.push('has a crs member, removed by RFC 7946 (§4)')
  if (!Array.isArray(value.features)) return [...problems, 'features is not an array (§3.3)']
  const ids = new Set<unknown>()
  value.features.forEach((feature: unknown, i) => {
    const at = `features[${i}]`
    if (!isObject(feature)) return problems.push(`${at} is not an object`)
    if (feature.type !== 'Feature') problems.push(`${at}.type is not Feature (§3.2)`)
    if ('crs' in feature) problems.push(`${at} has a crs member (§4)`)
    if (!('properties' in feature) || !(isObject(feature.properties) || feature.properties === null)) problems.push(`${at}.properties is not an object or null (§3.2)`)
    if (!isObject(feature.properties)) problems.push(`${at}.properties is empty: our features always carry properties`)
    if ('id' in feature) {
      if (typeof feature.id !== 'string' && typeof feature.id !== 'number') problems.push(`${at}.id is neither string nor number (§3.2)`)
      if (ids.has(feature.id)) problems.push(`${at}.id ${String(feature.id)} is not unique`)
      ids.add(feature.id)
    } else problems.push(`${at} has no id`)
    const geometry = feature.geometry
    if (!isObject(geometry) || geometry.type !== 'Point') return problems.push(`${at}.geometry is not a Point (§3.1.2)`)
    const c = geometry.coordinates
    if (!Array.isArray(c) || c.length !== 2 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) return problems.push(`${at} position is not two numbers (§3.1.1)`)
    const [lon, lat] = c as [number, number]
    if (lon < -180 || lon > 180) problems.push(`${at} longitude ${lon} out of range (§4)`)
    if (lat < -90 || lat > 90) problems.push(`${at} latitude ${lat} out of range (§4)`)
    return undefined
  })
  return problems
}

const placesOf = (data: Dataset) => new Map<string, Location>(data.locations.map((l) => [l.id, l]))

function chain(id: string, places: ReadonlyMap<string, Location>): string[] {
  const out: string[] = []
  for (let at: string | undefined = id; at !== undefined && !out.includes(at); at = places.get(at)?.parent?.location) out.push(at)
  return out
}

describe('locationsToGeoJson', () => {
  const collection = locationsToGeoJson()

  it('keeps the RFC 7946 rules, also once serialised', () => {
    expect(rfc7946Problems(collection)).toEqual([])
    expect(rfc7946Problems(JSON.parse(JSON.stringify(collection)))).toEqual([])
  })

  it('has a feature exactly for each place with coordinates of its own, at [lon, lat]', () => {
    const placed = dataset.locations.filter((l) => l.coordinates !== undefined)
    expect(collection.features.map((f) => f.id)).toEqual(placed.map((l) => l.id))
    for (const place of placed) {
      const feature = collection.features.find((f) => f.id === place.id)
      expect(feature?.geometry.coordinates).toEqual([place.coordinates?.lon, place.coordinates?.lat])
      expect(feature?.properties.coordinate_precision).toBe(place.coordinates?.precision)
      expect(feature?.properties.id).toBe(place.id)
    }
  })

  it('codes the precision of each point for UCDP', () => {
    const prec = (id: string) => collection.features.find((f) => f.id === id)?.properties.ucdp_where_prec
    expect([prec('atmeh'), prec('rif-dimashq'), prec('syrian-badia')]).toEqual([1, 4, 5])
  })
})

describe('operationsToGeoJson', () => {
  const collection = operationsToGeoJson()
  const places = placesOf(dataset)

  it('keeps the RFC 7946 rules, also once serialised', () => {
    expect(rfc7946Problems(collection)).toEqual([])
    expect(rfc7946Problems(JSON.parse(JSON.stringify(collection)))).toEqual([])
  })

  it('places each operation at its place or the nearest ancestor with coordinates, and says which', () => {
    for (const op of dataset.operations) {
      const feature = collection.features.find((f) => f.id === op.id)
      const source = chain(op.location, places).find((id) => places.get(id)?.coordinates !== undefined)
      if (source === undefined) {
        expect(feature).toBeUndefined()
        continue
      }
      const c = places.get(source)?.coordinates
      expect(feature?.geometry.coordinates, op.id).toEqual([c?.lon, c?.lat])
      expect(feature?.properties.coordinate_source_location_id).toBe(source)
      expect(feature?.properties.coordinate_precision).toBe(c?.precision)
      expect(feature?.properties.location_id).toBe(op.location)
      expect(feature?.properties.types).toBe(op.types.join(';'))
      expect(feature?.properties.date).toBe(op.date)
    }
  })

  it('agrees with the query layer locate() and with operations.csv', () => {
    const rows = toTables().operations
    for (const feature of collection.features) {
      const located = locate(feature.id as Parameters<typeof locate>[0])
      expect(located && { from: located.from, whereprec: located.whereprec, lat: located.lat, lon: located.lon }, feature.id).toEqual({
        from: feature.properties.coordinate_source_location_id,
        whereprec: feature.properties.ucdp_where_prec,
        lat: feature.geometry.coordinates[1],
        lon: feature.geometry.coordinates[0],
      })
      const row = rows.find((r) => r.id === feature.id)
      expect([row?.lon, row?.lat, row?.ucdp_where_prec]).toEqual([...feature.geometry.coordinates, feature.properties.ucdp_where_prec])
    }
  })

  it('leaves out operations no place of whose chain has coordinates, and uses a containing place as UCDP 2', () => {
    const copy = structuredClone(dataset) as unknown as { locations: { id: string; coordinates?: unknown }[] }
    const unplaced = new Set(chain('al-jurayjisa', places))
    for (const l of copy.locations) if (unplaced.has(l.id)) delete l.coordinates
    const features = operationsToGeoJson(copy as unknown as Dataset).features
    expect(features.some((f) => f.id === '2025-09-al-jurayjisa-airborne-landing')).toBe(false)
    expect(features).toHaveLength(collection.features.length - 1)

    const hospital = structuredClone(dataset) as unknown as { operations: { id: string; location: string }[] }
    hospital.operations[0]!.location = 'harasta-national-hospital'
    const moved = operationsToGeoJson(hospital as unknown as Dataset).features.find((f) => f.id === hospital.operations[0]!.id)
    expect(moved?.properties).toMatchObject({ coordinate_source_location_id: 'harasta', ucdp_where_prec: 2, coordinate_precision: 'point' })
  })
})

describe('operations.geojson and operations.csv', () => {
  it('carry the same columns, with the same names and values, for every placed operation', () => {
    const columns = CSV_TABLES.operations.columns.map((c) => c.name)
    const rows = new Map(toTables(dataset).operations.map((row) => [row.id, row]))
    const features = operationsToGeoJson(dataset).features
    expect(features.length).toBeGreaterThan(0)
    for (const feature of features) {
      expect(Object.keys(feature.properties)).toEqual(columns)
      expect(feature.properties).toEqual(rows.get(feature.id))
    }
    for (const name of ['fatalities_max', 'detained_max', 'date_uncertain']) expect(columns).toContain(name)
  })
})


describe('GeoJSON of the issue 13 model (tricky dataset)', () => {
  const data = trickyDataset()
  const operations = operationsToGeoJson(data)
  const locations = locationsToGeoJson(data)

  it('keeps the RFC 7946 rules', () => {
    expect(rfc7946Problems(JSON.parse(JSON.stringify(operations)))).toEqual([])
    expect(rfc7946Problems(JSON.parse(JSON.stringify(locations)))).toEqual([])
  })

  it('draws a development as a feature with its category and destination, at its own place', () => {
    const feature = operations.features.find((f) => f.id === TRICKY.development)
    const base = data.locations.find((l) => l.id === 'al-tanf-base')?.coordinates
    expect(feature?.geometry.coordinates).toEqual([base?.lon, base?.lat])
    expect(feature?.properties).toMatchObject({ category: 'development', types: 'withdrawal', destination_id: TRICKY.unplacedPlace, coordinate_source_location_id: 'al-tanf-base' })
    for (const f of operations.features) expect(f.properties.category, f.id).toBe(operationCategory(data.operations.find((o) => o.id === f.id)!))
  })

  it('never invents a point: a new place without coordinates, and a record there, have no feature', () => {
    expect(chain(TRICKY.unplacedPlace, placesOf(data)).every((id) => placesOf(data).get(id)?.coordinates === undefined)).toBe(true)
    expect(locations.features.some((f) => f.id === TRICKY.unplacedPlace)).toBe(false)
    expect(operations.features.some((f) => f.id === TRICKY.unplacedDevelopment)).toBe(false)
    // Its destination is a property, never a second point.
    expect(operations.features.filter((f) => f.id === TRICKY.development)).toHaveLength(1)
  })
})
