/**
 * The Frictionless descriptor checked the way a validator would check the package: descriptor
 * shape, then every CSV against its Table Schema (types, required, categories, primary keys,
 * foreign keys), with the CSV read through csv-parse.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DATASET_COVERAGE, DATASET_VERSION, dataset } from '../../src/data/index.js'
import { edtfToInterval } from '../../src/dates/calendar-interval.js'
import { CSV_TABLES, type CsvTableName } from '../../src/export/csv-tables.js'
import { toCsvTables } from '../../src/export/to-csv-tables.js'
import { toDataPackage } from '../../src/export/to-data-package.js'
import type { Dataset } from '../../src/schemas/dataset.js'
import { FIGURE_MEASURES, OPERATION_CATEGORIES, TRANSLATORS } from '../../src/schemas/vocabulary-values.js'
import { OperationType } from '../../src/schemas/vocabularies.js'
import { readTables, type Cell } from './read-csv-tables.js'
import { TRICKY, trickyDataset } from './tricky-dataset.js'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('toDataPackage descriptor', () => {
  const pkg = toDataPackage(dataset, { sha256 })
  const files = toCsvTables(dataset)

  it('names, versions, licenses and attributes the package', () => {
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json')
    expect(pkg.name).toBe('syria-counter-isis')
    expect(pkg.version).toBe(DATASET_VERSION)
    expect(pkg.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' }])
    const article = dataset.sources.find((s) => s.kind === 'full-text')
    expect(pkg.sources).toContainEqual({ title: 'Al-Araby Al-Jadeed, 2025-10-24', path: article?.url })
    expect(pkg.sources).toHaveLength(dataset.sources.length)
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/)
  })

  it('describes every CSV file as a tabular resource with its size and SHA-256', () => {
    expect(pkg.resources.map((r) => r.path)).toEqual([...files.keys()].map((name) => `csv/${name}`))
    for (const resource of pkg.resources) {
      const bytes = Buffer.from(files.get(`${resource.name}.csv` as `${CsvTableName}.csv`) ?? '', 'utf8')
      expect(resource).toMatchObject({ type: 'table', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', scheme: 'file' })
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/)
      expect(resource.bytes, resource.name).toBe(bytes.byteLength)
      expect(resource.hash, resource.name).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`)
      expect(resource.schema.missingValues).toEqual([''])
      expect(resource.format === 'csv' && resource.dialect).toMatchObject({ header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true })
    }
  })

  it('leaves hash out without a hash function, counts the BOM in bytes, and honours directory', () => {
    const plain = toDataPackage()
    expect(plain.resources.every((r) => r.hash === undefined && !('hash' in r))).toBe(true)
    const bom = toDataPackage(dataset, { bom: true, directory: 'tables/' })
    expect(bom.resources.map((r) => r.bytes - 3)).toEqual(plain.resources.map((r) => r.bytes))
    expect(bom.resources[0]?.path).toBe('tables/sources.csv')
  })

  it('types every field, with categories from the data model', () => {
    const operations = pkg.resources.find((r) => r.name === 'operation_types')
    expect(operations?.schema.fields.find((f) => f.name === 'type')?.categories).toEqual(OperationType.options)
    for (const resource of pkg.resources) {
      expect(resource.schema.fields.map((f) => f.name)).toEqual(CSV_TABLES[resource.name as CsvTableName].columns.map((c) => c.name))
      for (const field of resource.schema.fields) expect(['string', 'integer', 'number', 'boolean', 'date']).toContain(field.type)
    }
  })

  it('declares keys on existing fields and foreign keys onto existing resources and fields', () => {
    const byName = new Map(pkg.resources.map((r) => [r.name, r]))
    for (const resource of pkg.resources) {
      const names = resource.schema.fields.map((f) => f.name)
      expect(resource.schema.primaryKey.length, resource.name).toBeGreaterThan(0)
      for (const key of resource.schema.primaryKey) expect(names).toContain(key)
      for (const fk of resource.schema.foreignKeys ?? []) {
        for (const field of fk.fields) expect(names, resource.name).toContain(field)
        const target = byName.get(fk.reference.resource ?? resource.name)
        expect(target, `${resource.name} -> ${fk.reference.resource}`).toBeDefined()
        expect(fk.reference.resource, 'a self-reference omits resource (v2)').not.toBe(resource.name)
        expect(fk.reference.fields).toHaveLength(fk.fields.length)
        for (const field of fk.reference.fields) expect(target?.schema.fields.map((f) => f.name)).toContain(field)
        // A foreign key must point at a key of the target, or rows could match twice.
        expect(target?.schema.primaryKey).toEqual(fk.reference.fields)
      }
    }
    expect(byName.get('locations')?.schema.foreignKeys).toContainEqual({ fields: ['parent_id'], reference: { fields: ['id'] } })
    expect(byName.get('evidence')?.schema.foreignKeys).toContainEqual({ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } })
    expect(byName.get('operations')?.schema.foreignKeys).toContainEqual({ fields: ['location_id'], reference: { resource: 'locations', fields: ['id'] } })
  })
})

describe('toDataPackage and the issue 13 model', () => {
  const pkg = toDataPackage(dataset)
  const resource = (name: string) => pkg.resources.find((r) => r.name === name)
  const field = (table: string, name: string) => resource(table)?.schema.fields.find((f) => f.name === name)

  it('gives the covered interval as temporalCoverage, next to version, read off the dataset given', () => {
    expect(pkg.temporalCoverage).toEqual(DATASET_COVERAGE)
    const keys = Object.keys(JSON.parse(JSON.stringify(pkg)) as object)
    expect(keys.indexOf('temporalCoverage')).toBe(keys.indexOf('version') + 1)
    // The tricky dataset adds a development dated 2025-11; without the shipped records that end
    // after that month, the interval reaches the month's last day, not the constant's end.
    const tricky = trickyDataset()
    const later = new Set<string>(dataset.operations.filter((o) => edtfToInterval(o.date).end > '2025-11-30').map((o) => o.id))
    expect(later.size).toBeGreaterThan(0)
    const upToNovember = { ...tricky, operations: tricky.operations.filter((o) => !later.has(o.id)) } as Dataset
    expect(toDataPackage(upToNovember).temporalCoverage).toEqual({ start: DATASET_COVERAGE.start, end: '2025-11-30' })
    expect(toDataPackage(tricky).temporalCoverage).toEqual(DATASET_COVERAGE)
    expect(toDataPackage({ ...dataset, operations: [] } as Dataset)).not.toHaveProperty('temporalCoverage')
  })

  it('titles a report page that shows no date "undated", never "undefined"', () => {
    const tricky = toDataPackage(trickyDataset())
    expect(tricky.sources.filter((s) => s.title.includes('undefined'))).toEqual([])
    const url = trickyDataset().sources.find((s) => s.id === TRICKY.undatedSource)
    expect(tricky.sources).toContainEqual({ title: 'Agence France-Presse (AFP), undated', path: url?.kind === 'report' ? url.url : undefined })
  })

  it('describes the figures table with its keys and typed fields', () => {
    expect(resource('figures')?.schema.primaryKey).toEqual(['record_id', 'list_index'])
    expect(resource('figures')?.schema.foreignKeys).toEqual([{ fields: ['record_id'], reference: { resource: 'operations', fields: ['id'] } }])
    expect(field('figures', 'measure')).toMatchObject({ type: 'string', constraints: { required: true }, categories: FIGURE_MEASURES })
    expect(field('figures', 'count_min')).toMatchObject({ type: 'integer', constraints: { required: true } })
    expect(field('figures', 'count_max')).toMatchObject({ type: 'integer' })
    expect(field('figures', 'count_max')).not.toHaveProperty('constraints')
    expect(field('figures', 'date_start')?.type).toBe('date')
    expect(field('figures', 'asserted_by')?.constraints).toEqual({ required: true })
  })

  it('describes category, destination_id, quote language and the nullable fields of English quotes and undated pages', () => {
    expect(field('operations', 'category')).toMatchObject({ type: 'string', constraints: { required: true }, categories: OPERATION_CATEGORIES })
    expect(resource('operations')?.schema.foreignKeys).toContainEqual({ fields: ['destination_id'], reference: { resource: 'locations', fields: ['id'] } })
    expect(field('quotes', 'language')).toMatchObject({ constraints: { required: true }, categories: ['ar', 'en'] })
    expect(field('quotes', 'translation_by')?.categories).toEqual(TRANSLATORS)
    for (const name of ['text_ar', 'translation_from', 'translation_to', 'translation_by']) expect(field('quotes', name), name).not.toHaveProperty('constraints')
    expect(field('sources', 'published')).toMatchObject({ type: 'date' })
    expect(field('sources', 'published')).not.toHaveProperty('constraints')
  })
})

describe.each([
  ['shipped', dataset],
  ['tricky', trickyDataset()],
] as const)('every CSV validates against its Table Schema (%s dataset)', (_name, data) => {
  const pkg = toDataPackage(data)
  const tables = readTables(toCsvTables(data))
  const key = (row: Readonly<Record<string, Cell>>, fields: readonly string[]) => JSON.stringify(fields.map((f) => row[f]))

  it.each(pkg.resources.map((r) => [r.name, r] as const))('%s', (name, resource) => {
    const rows = tables[name as CsvTableName]
    for (const field of resource.schema.fields) {
      for (const row of rows) {
        const value = row[field.name]
        if (field.constraints?.required) expect(value, `${name}.${field.name} is required`).not.toBeNull()
        if (value !== null && field.categories) expect(field.categories, `${name}.${field.name}`).toContain(value)
        if (value !== null && field.type === 'integer') expect(Number.isSafeInteger(value), `${name}.${field.name}`).toBe(true)
      }
    }
    const seen = new Set<string>()
    for (const row of rows) {
      const pk = key(row, resource.schema.primaryKey)
      expect(seen.has(pk), `${name}: duplicate primary key ${pk}`).toBe(false)
      seen.add(pk)
      for (const field of resource.schema.primaryKey) expect(row[field], `${name}.${field} in primary key`).not.toBeNull()
    }
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = tables[(fk.reference.resource ?? name) as CsvTableName]
      const keys = new Set(target.map((row) => key(row, fk.reference.fields)))
      for (const row of rows) {
        if (fk.fields.every((f) => row[f] === null)) continue
        expect(keys.has(key(row, fk.fields)), `${name}.${fk.fields.join('+')} = ${key(row, fk.fields)} has no row in ${fk.reference.resource ?? name}`).toBe(true)
      }
    }
  })
})
