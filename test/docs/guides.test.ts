/**
 * The guides' tables are written by hand, so these tests read the code they describe and fail
 * when the two drift: a schema field missing from the data-model guide (or listed there but gone
 * from the schemas), an undocumented vocabulary value, a CSV table missing from the exports guide,
 * a guide without the front matter TypeDoc needs, or a picture a guide links to that is not there.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ROOT } from '../../scripts/lib/paths.js'
import { CSV_TABLES } from '../../src/export/csv-tables.js'
import * as schemas from '../../src/schemas/index.js'
import { readRepoFile } from './run-examples.js'

const GUIDE = 'docs/data-model.md'
const guide = readRepoFile(GUIDE)

// Object schemas by their `shape`: `.meta()` clones a schema but keeps its definition, so a field
// declared as `LocalizedText.meta({...})` is still recognised as `LocalizedText`.
const NAMED = new Map<unknown, string>()
for (const [name, value] of Object.entries(schemas)) if (value instanceof z.ZodObject) NAMED.set(value._zod.def.shape, name)

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional'])

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; element?: z.core.$ZodType; in?: z.core.$ZodType }
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType
    else if (def.type === 'array' && def.element) current = def.element
    else if (def.type === 'pipe' && def.in) current = def.in
    else return current
  }
}

function shapeOf(schema: z.core.$ZodType): Record<string, z.core.$ZodType> {
  return (schema._zod.def as unknown as { shape: Record<string, z.core.$ZodType> }).shape
}

function optionsOf(schema: z.core.$ZodType): z.core.$ZodType[] {
  return (schema._zod.def as unknown as { options: z.core.$ZodType[] }).options
}

/** Every object schema reachable from the record kinds, with its fields (anonymous nested objects dotted). */
function documentedObjects(): Map<string, string[]> {
  const objects = new Map<string, string[]>()
  const visit = (name: string, schema: z.core.$ZodType): void => {
    if (objects.has(name)) return
    const fields: string[] = []
    objects.set(name, fields)
    const walk = (prefix: string, object: z.core.$ZodType): void => {
      for (const [key, field] of Object.entries(shapeOf(object))) {
        const inner = unwrap(field)
        fields.push(`${prefix}${key}`)
        // A discriminated union (Evidence, Reading) documents each of its options.
        if (inner._zod.def.type === 'union') for (const option of optionsOf(inner)) visit(NAMED.get(shapeOf(option))!, option)
        if (inner._zod.def.type !== 'object') continue
        const named = NAMED.get(shapeOf(inner))
        if (named) visit(named, inner)
        else walk(`${prefix}${key}.`, inner)
      }
    }
    walk('', schema)
  }
  for (const schema of Object.values(schemas.RECORD_SCHEMAS)) {
    for (const option of schema._zod.def.type === 'union' ? optionsOf(schema) : [schema]) visit(NAMED.get(shapeOf(option))!, option)
  }
  return objects
}

/** The field column of the table under the heading that names `name` in backticks. */
function tableFields(name: string): string[] | undefined {
  const lines = guide.split('\n')
  const start = lines.findIndex((line) => /^#{2,4} /.test(line) && line.includes(`\`${name}\``))
  if (start === -1) return undefined
  const fields: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,4} /.test(line)) break
    const cell = /^\| `([^`]+)` \|/.exec(line)
    if (cell) fields.push(cell[1]!)
  }
  return fields
}

const objects = documentedObjects()

describe(GUIDE, () => {
  it('covers the record kinds and the pieces they share', () => {
    expect([...objects.keys()].sort()).toEqual(
      ['Actor', 'Affiliation', 'Alias', 'Coordinates', 'Correction', 'Count', 'DateReading', 'Duration', 'ExternalId', 'Figure', 'FingerprintEvidence', 'FullTextSource', 'Kinship', 'LocalizedText', 'Location', 'LocationReading', 'Note', 'Operation', 'OperationRelation', 'Outcome', 'ParentPlace', 'Participant', 'Quote', 'QuoteAbout', 'Redirect', 'ReferenceEvidence', 'ReferenceSource', 'RelatedPlace', 'ReportSource', 'SpanEvidence', 'TypesReading'].sort(),
    )
  })

  for (const [name, fields] of objects) {
    it(`has a table of every field of ${name}, and no field the schema lacks`, () => {
      const listed = tableFields(name)
      expect(listed, `no heading naming \`${name}\` followed by a field table`).toBeDefined()
      expect([...listed!].sort()).toEqual([...fields].sort())
    })
  }

  it('lists every value of every vocabulary', () => {
    const lists = Object.entries(schemas).filter(([name, value]) => /^[A-Z_]+$/.test(name) && Array.isArray(value)) as [string, readonly string[]][]
    expect(lists.length).toBeGreaterThanOrEqual(17)
    for (const [name, values] of lists) {
      expect(guide, `${name} is not named`).toContain(`\`${name}\``)
      for (const value of values) expect(guide, `${name}: ${value}`).toContain(`\`${value}\``)
    }
  })

  it('gives the ACLED type of every operation type', () => {
    for (const [type, acled] of Object.entries(schemas.OPERATION_TYPE_TO_ACLED)) {
      expect(guide).toContain(`| \`${type}\` | ${acled.eventType} | ${acled.subEventType} |`)
    }
  })
})

describe('docs/exports-and-cli.md', () => {
  const exportsGuide = readRepoFile('docs/exports-and-cli.md')

  it('lists every CSV table with its primary key', () => {
    for (const [name, table] of Object.entries(CSV_TABLES)) {
      expect(exportsGuide).toContain(`| \`${name}.csv\` |`)
      const row = exportsGuide.split('\n').find((line) => line.startsWith(`| \`${name}.csv\` |`))!
      expect(row.trimEnd().endsWith(`| ${table.primaryKey.map((key) => `\`${key}\``).join(', ')} |`), row).toBe(true)
    }
  })
})

describe('every guide', () => {
  const guides = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md'))

  it('includes the eight guides of the documentation', () => {
    expect(guides).toEqual(expect.arrayContaining(['getting-started.md', 'data-model.md', 'dates-and-precision.md', 'evidence-and-provenance.md', 'certainty-and-attribution.md', 'querying-and-timelines.md', 'exports-and-cli.md', 'corrections-and-versioning.md']))
  })

  for (const name of guides) {
    it(`${name} has a title in its front matter, and its links to pictures and guides resolve`, () => {
      const text = readRepoFile(`docs/${name}`)
      expect(text).toMatch(/^---\ntitle: \S.*\n---\n/)
      for (const [, target] of text.matchAll(/\]\(((?!https?:|#)[^)#\s]+)(?:#[^)]*)?\)/g)) {
        expect(existsSync(join(ROOT, 'docs', target!)), `${name} links to ${target}`).toBe(true)
      }
    })
  }

  it('are all in the TypeDoc site, in reading order', () => {
    const { projectDocuments } = JSON.parse(readRepoFile('typedoc.json')) as { projectDocuments: string[] }
    // Every guide, and CONTRIBUTING as a page of its own (not a raw file the README links to).
    expect(projectDocuments.filter((path) => path.startsWith('docs/')).sort()).toEqual(guides.map((name) => `docs/${name}`).sort())
    expect(projectDocuments).toContain('CONTRIBUTING.md')
    expect(projectDocuments[0]).toBe('docs/getting-started.md')
  })

  it('shows the timeline and the map where readers look for them', () => {
    expect(readRepoFile('docs/getting-started.md')).toContain('](assets/timeline.svg)')
    expect(readRepoFile('docs/getting-started.md')).toContain('](assets/map.svg)')
    expect(readRepoFile('docs/querying-and-timelines.md')).toContain('](assets/timeline.svg)')
    expect(readRepoFile('docs/data-model.md')).toContain('](assets/map.svg)')
  })
})
