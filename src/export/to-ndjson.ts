import { dataset as shipped } from '../data/index.js'
import type { Dataset } from '../schemas/dataset.js'
import { COLLECTION_OF, type RecordKind } from '../schemas/record-kinds.js'

/**
 * The records of one kind as NDJSON (newline-delimited JSON, also JSON Lines): one record per
 * line, exactly as in the dataset (every default filled in), each line ended by `\n`. An empty
 * collection is an empty string. DuckDB (`read_json`), pandas (`read_json(lines=True)`) and
 * `jq` read it as is; JSON escapes every line break inside a string, so a line is a record.
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
 * lines.length //=> 8
 * JSON.parse(lines[0] ?? '').id //=> '2025-07-al-bab-airborne-landing'
 * toNdjson('redirect') //=> ''
 * ```
 */
export function toNdjson(kind: RecordKind, dataset: Dataset = shipped): string {
  const records: readonly unknown[] = dataset[COLLECTION_OF[kind]]
  return records.map((record) => `${JSON.stringify(record)}\n`).join('')
}
