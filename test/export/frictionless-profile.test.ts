/**
 * The data package checked against the official Frictionless Data Package v2.0 profiles
 * (vendored in `frictionless-profiles-2.0/`, public domain), with ajv as a Frictionless
 * validator would: the package, each resource, each Table Schema and each dialect.
 */
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dataset } from '../../src/data/index.js'
import { toDataPackage } from '../../src/export/to-data-package.js'
import { trickyDataset } from './tricky-dataset.js'

const PROFILES = new URL('./frictionless-profiles-2.0/', import.meta.url)

function profile(name: string): object {
  return JSON.parse(readFileSync(new URL(`${name}.json`, PROFILES), 'utf8')) as object
}

// The profiles are draft-07 and annotate with keywords of their own (propertyOrder, context, ...).
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
// A UI hint of the profiles (a multi-line text box), not a constraint.
ajv.addFormat('textarea', true)
const validators = Object.fromEntries(['datapackage', 'dataresource', 'tableschema', 'tabledialect'].map((name) => [name, ajv.compile(profile(name))]))

function errorsOf(name: string, value: unknown): string[] {
  const validate = validators[name]
  if (!validate) throw new Error(`no profile ${name}`)
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`)
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe.each([
  ['shipped', toDataPackage(dataset, { sha256 })],
  ['shipped, BOM and escaped formulas', toDataPackage(dataset, { bom: true, escapeFormulas: true })],
  ['tricky', toDataPackage(trickyDataset(), { sha256 })],
])('the %s data package against the official v2.0 profiles', (_name, pkg) => {
  const descriptor = JSON.parse(JSON.stringify(pkg)) as typeof pkg

  it('is a valid Data Package', () => {
    expect(errorsOf('datapackage', descriptor)).toEqual([])
  })

  it.each(descriptor.resources.map((r) => [r.name, r] as const))('%s is a valid Data Resource, Table Schema and Table Dialect', (_resource, resource) => {
    expect(errorsOf('dataresource', resource)).toEqual([])
    expect(errorsOf('tableschema', resource.schema)).toEqual([])
    if ('dialect' in resource) expect(errorsOf('tabledialect', resource.dialect)).toEqual([])
  })
})

describe('the check itself', () => {
  it('rejects what the v2.0 profile forbids, such as an empty foreignKeys list', () => {
    const resource = toDataPackage().resources.find((r) => r.name === 'actors')
    expect(resource?.schema.foreignKeys).toBeUndefined()
    expect(errorsOf('tableschema', { ...resource?.schema, foreignKeys: [] })).not.toEqual([])
    expect(errorsOf('datapackage', { resources: [] })).not.toEqual([])
  })
})
