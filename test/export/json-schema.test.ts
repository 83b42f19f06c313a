/**
 * The shipped JSON Schemas (data/schema/) as an editor or a non-JavaScript pipeline uses them:
 * ajv (draft 2020-12) with every schema registered by its `$id`, run on every data file and on
 * each class of bad input, its verdict compared with `parseDataset`'s. Where JSON Schema cannot
 * say a rule (an interval ending before it starts), the test pins the documented limit.
 */
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/paths.js'
import { safeParseDataset } from '../../src/schemas/parse-dataset.js'
import { COLLECTION_OF, type RecordKind } from '../../src/schemas/record-kinds.js'

const SCHEMA_DIR = join(ROOT, 'data', 'schema')
const KINDS = Object.keys(COLLECTION_OF) as RecordKind[]

const ajv = new Ajv2020({ allErrors: true, strict: false })
addFormats(ajv)
for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'))) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as object)

type Json = Record<string, unknown>
const dataFile = (kind: RecordKind) => JSON.parse(readFileSync(join(ROOT, 'data', `${COLLECTION_OF[kind]}.json`), 'utf8')) as { $schema: string; records: Json[] }
const shipped = () => Object.fromEntries(KINDS.map((kind) => [COLLECTION_OF[kind], dataFile(kind).records])) as Record<string, Json[]>

function ajvAccepts(schemaId: string, value: unknown): boolean {
  const validate = ajv.getSchema(schemaId)
  if (!validate) throw new Error(`schema ${schemaId} is not registered`)
  return validate(value) === true
}

describe('every schema is registered by its $id', () => {
  it.each(KINDS)('%s: record and data-file schemas', (kind) => {
    expect(ajv.getSchema(`${kind}.schema.json`)).toBeDefined()
    expect(ajv.getSchema(`${COLLECTION_OF[kind]}.schema.json`)).toBeDefined()
  })
})

describe('every shipped data file', () => {
  it.each(KINDS)('%s: ajv and parseDataset both accept it', (kind) => {
    const file = dataFile(kind)
    expect(file.$schema).toBe(`./schema/${COLLECTION_OF[kind]}.schema.json`)
    const validate = ajv.getSchema(`${COLLECTION_OF[kind]}.schema.json`)
    expect(validate?.(file), JSON.stringify(validate?.errors)).toBe(true)
    expect(safeParseDataset(shipped()).success).toBe(true)
  })
})

// Each class of bad input, as a change to the first record of a kind that the schemas can see.
const BAD: readonly [string, RecordKind, (record: Json) => void][] = [
  ['month 13', 'operation', (r) => (r.date = '2025-13')],
  ['month 00', 'quote', (r) => (r.date = '2025-00')],
  ['day 30 of February', 'operation', (r) => (r.date = '2025-02-30')],
  ['day 31 of November', 'quote', (r) => (r.date = '2025-11-31')],
  ['day 29 of February in a common year', 'operation', (r) => (r.date = '2025-02-29')],
  ['an interval with no dated end', 'operation', (r) => (r.date = '../..')],
  ['two qualifiers', 'operation', (r) => (r.date = '2025-10-18?~')],
  ['a single-digit month', 'quote', (r) => (r.date = '2025-7')],
  ['an impossible published day', 'source', (r) => (r.published = '2025-02-30')],
  ['an id that is not a slug', 'actor', (r) => (r.id = 'Tom Barrack')],
  ['an empty English name', 'actor', (r) => (r.name = { en: '' })],
  ['an unknown field', 'location', (r) => (r.colour = 'red')],
  ['a value outside a vocabulary', 'operation', (r) => (r.certainty = 'sure')],
  ['a missing required field', 'operation', (r) => delete r.dateBasis],
  ['a country code in lower case', 'location', (r) => (r.countryCodes = ['sy'])],
  ['a hash that is not SHA-256 hex', 'source', (r) => (r.sha256 = 'abc')],
  ['an ISO 8601 duration that is not one', 'operation', (r) => (r.duration = 'half an hour')],
  ['a record that is not an object', 'quote', (r) => Object.assign(r, { text: 'plain string' })],
]

describe.each(BAD)('bad input: %s', (_name, kind, spoil) => {
  it('ajv and parseDataset both reject it', () => {
    const data = shipped()
    const record = data[COLLECTION_OF[kind]]?.[0]
    if (record === undefined) throw new Error(`no ${kind} to spoil`)
    spoil(record)
    expect(ajvAccepts(`${kind}.schema.json`, record)).toBe(false)
    const parsed = safeParseDataset(data)
    expect(parsed.success).toBe(false)
    if (!parsed.success) expect(parsed.error.issues.some((issue) => issue.kind === kind && issue.index === 0)).toBe(true)
  })
})

describe('limits of JSON Schema, documented in recordJsonSchema', () => {
  it('cannot see an interval that ends before it starts; parseDataset rejects it', () => {
    const data = shipped()
    const record = data.operations?.[0]
    if (record === undefined) throw new Error('no operation')
    record.date = '2025-08/2025-07'
    expect(ajvAccepts('operation.schema.json', record)).toBe(true)
    expect(safeParseDataset(data).success).toBe(false)
  })
})
