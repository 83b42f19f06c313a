import { describeEdtf } from '../dates/describe-edtf.js'
import type { Dataset } from '../schemas/dataset.js'
import type { Operation } from '../schemas/operation.js'
import type { CsvRow, CsvTableRows } from './csv-tables.js'
import { formatCount } from './format-count.js'

/** The readings table. */
export type ReadingTableRows = Pick<CsvTableRows, 'readings'>

// The reading fields the table spells out (a reading is a claim with one value of the operation).
interface ReadingFields {
  readonly field: string
  readonly date?: string
  readonly time?: string
  readonly dateBasis?: string
  readonly derivation?: string
  readonly location?: string
  readonly types?: readonly string[]
}

/**
 * Every reading of every operation, one row each: the date, place and types readings, then
 * each outcome as a reading of its count and each participant as a reading of who took part,
 * with the sources and publishers they are read in and who asserts them.
 *
 * @param dataset - the dataset to read
 * @returns the rows of the readings table
 */
export function readingRows(dataset: Dataset): ReadingTableRows {
  const publisherOf = new Map(dataset.sources.map((s) => [s.id, (s as { readonly publisher?: string }).publisher]))
  const rows: CsvRow<'readings'>[] = []
  const provenance = (claim: Pick<Operation, 'assertedBy' | 'certainty' | 'evidence'>) => {
    const sources = [...new Set(claim.evidence.map((e) => e.source))]
    const publishers = [...new Set(sources.flatMap((id) => publisherOf.get(id) ?? []))]
    return { source: sources.join(';'), publisher: publishers.length === 0 ? null : publishers.join(';'), asserted_by: claim.assertedBy, certainty: claim.certainty }
  }
  const none = { date_start: null, date_end: null, time: null, date_basis: null, derivation: null }
  for (const op of dataset.operations) {
    const readings = (op as { readonly readings?: readonly (ReadingFields & Pick<Operation, 'assertedBy' | 'certainty' | 'evidence'>)[] }).readings ?? []
    readings.forEach((r, i) => {
      const value = r.field === 'date' ? r.date : r.field === 'location' ? r.location : r.types?.join(';')
      const days = r.date === undefined ? undefined : describeEdtf(r.date)
      rows.push({
        record_id: op.id,
        path: `readings[${i}]`,
        field: r.field,
        value: value ?? null,
        date_start: days === undefined || days.openStart ? null : days.start,
        date_end: days === undefined || days.openEnd ? null : days.end,
        time: r.time ?? null,
        date_basis: r.dateBasis ?? null,
        derivation: r.derivation ?? null,
        ...provenance(r),
      })
    })
    op.outcomes.forEach((o, i) => {
      const value = o.count === undefined ? null : formatCount(o.count.min, o.count.max)
      rows.push({ record_id: op.id, path: `outcomes[${i}]`, field: `count:${o.kind}`, value, ...none, ...provenance(o) })
    })
    op.participants.forEach((p, i) => rows.push({ record_id: op.id, path: `participants[${i}]`, field: `participant:${p.role}`, value: p.actor, ...none, ...provenance(p) }))
  }
  return { readings: rows }
}
