import * as z from 'zod'
import { RECORD_SCHEMAS } from '../schemas/dataset.js'
import { COLLECTION_OF, type RecordKind } from '../schemas/record-kinds.js'

/** A JSON Schema document (draft 2020-12), as plain JSON. */
export type JsonSchema = Record<string, unknown>

/**
 * The JSON Schema (draft 2020-12) of one record kind, generated from its Zod schema, for
 * validating records outside JavaScript. It describes the input form: fields with defaults
 * (empty lists) may be left out. Cross-record rules (ids resolve, spans match the source) are
 * beyond JSON Schema; use the CLI's `validate` for those. Within a record it says what Zod
 * says, with two documented limits: that an EDTF interval does not end before it starts, and
 * checks that compare two fields (such as an affiliation's end after its start), need
 * `parseDataset`. Its `$id` is its file name, `<kind>.schema.json`.
 *
 * @example
 * ```ts
 * import { recordJsonSchema } from 'syria-counter-isis/export'
 * recordJsonSchema('actor').$id //=> 'actor.schema.json'
 * recordJsonSchema('actor').required
 * //=> ['id', 'kind', 'name', 'evidence']
 * ```
 */
export function recordJsonSchema(kind: RecordKind): JsonSchema {
  const { $schema, ...schema } = z.toJSONSchema(RECORD_SCHEMAS[kind], { io: 'input', target: 'draft-2020-12' }) as JsonSchema
  // A relative $id (the file name) lets a validator register every schema and resolve the data
  // files' `$ref`s among them, without this package claiming a URL it does not own.
  return { $schema, $id: `${kind}.schema.json`, title: `syria-counter-isis ${kind}`, ...schema }
}

/**
 * The JSON Schema of a data file of one kind (`{ "$schema": ..., "records": [...] }`, as in the
 * repository's `data/`), referring to the record schema in the same folder, so editors validate
 * data files as they are typed. Its `$id` is its file name, `<collection>.schema.json`.
 *
 * @example
 * ```ts
 * import { dataFileJsonSchema } from 'syria-counter-isis/export'
 * dataFileJsonSchema('actor').properties
 * //=> { $schema: { type: 'string' }, records: { type: 'array', items: { $ref: './actor.schema.json' } } }
 * ```
 */
export function dataFileJsonSchema(kind: RecordKind): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${COLLECTION_OF[kind]}.schema.json`,
    title: `syria-counter-isis ${COLLECTION_OF[kind]} file`,
    description: `A data file of ${COLLECTION_OF[kind]}: records sorted by id.`,
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      records: { type: 'array', items: { $ref: `./${kind}.schema.json` } },
    },
    required: ['records'],
    additionalProperties: false,
  }
}
