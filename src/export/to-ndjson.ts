import { dataset as shipped } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import { COLLECTION_OF, type RecordKind } from '../schemas/record-kinds.js'

/**
 * The records of one kind as NDJSON (newline-delimited JSON, also JSON Lines): one record per
 * line, exactly as in the dataset (every default filled in), each line ended by `\n`. An empty
 * collection is an empty string. DuckDB (`read_json`), pandas (`read_json(lines=True)`) and
 * `jq` read it as is; JSON escapes every line break inside a string, so a line is a record. The
 * separators that JSON leaves raw but some line splitters break on (U+2028, U+2029 and NEL,
 * U+0085) are written as `\u2028`, `\u2029` and `\u0085` escapes, which every JSON reader
 * decodes back to the same character.
 *
 * @param kind - the record kind: `source`, `actor`, `location`, `operation`, `quote`,
 *   `correction` or `redirect`
 * @param dataset - the dataset to export (default: the shipped one)
 * @returns the NDJSON text
 *
 * @example
 * ```ts
 * import { toNdjson } from 'syria-counter-isis/export'
 * const lines = toNdjson('operation').split('\n')
 * lines.length //=> 28
 * JSON.parse(lines[0] ?? '').id //=> '2025-07-al-bab-airborne-landing'
 * toNdjson('redirect') //=> '{"id":"2025-07-east-aleppo-interior-ministry-operation","to":"2025-07-al-bab-airborne-landing","date":"2026-12-01","reason":"Merged into the al-Bab operation: the article describes one July 2025 raid twice, in its own report and in a security source\'s account given at the time; counting it twice inflated every tally."}\n'
 * ```
 */
export function toNdjson(kind: RecordKind, dataset: Dataset = shipped): string {
  const records: readonly unknown[] = dataset[COLLECTION_OF[kind]]
  return records.map((record) => `${ndjsonLine(record)}\n`).join('')
}

// Outside strings JSON has no such characters, so replacing them everywhere only touches strings.
const LINE_SEPARATORS = /[\u0085\u2028\u2029]/g

/** One value as a line of NDJSON (without the `\n`): JSON with the Unicode line separators escaped. */
export function ndjsonLine(value: unknown): string {
  return JSON.stringify(value).replace(LINE_SEPARATORS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
