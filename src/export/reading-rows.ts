import { describeEdtf } from '../dates/describe-edtf.js'
import type { Dataset } from '../schemas/dataset.js'
import type { Participant } from '../schemas/operation.js'
import type { CsvRow, CsvTableRows } from './csv-tables.js'
import { formatCount } from './format-count.js'

/** The readings table. */
export type ReadingTableRows = Pick<CsvTableRows, 'readings'>

type Claim = Pick<Participant, 'assertedBy' | 'certainty' | 'evidence' | 'reasoning'>

const NOT_A_DATE = { date_start: null, date_end: null, time: null, date_basis: null, derivation: null } as const

/**
 * Every reading of every operation, one row each: the date, place and types readings, then
 * each outcome as a reading of its count and each participant as a reading of who took part,
 * with the sources and publishers they are read in and who asserts them.
 *
 * @param dataset - the dataset to read
 * @returns the rows of the readings table
 */
export function readingRows(dataset: Dataset): ReadingTableRows {
  const publisherOf = new Map(dataset.sources.map((s) => [s.id, 'publisher' in s ? s.publisher : undefined]))
  const provenance = (claim: Claim) => {
    const sources = [...new Set(claim.evidence.map((e) => e.source))]
    const publishers = [...new Set(sources.flatMap((id) => publisherOf.get(id) ?? []))]
    return {
      source: sources.join(';'),
      publisher: publishers.length === 0 ? null : publishers.join(';'),
      asserted_by: claim.assertedBy,
      certainty: claim.certainty,
      reasoning: claim.reasoning ?? null,
    }
  }
  const rows: CsvRow<'readings'>[] = []
  for (const op of dataset.operations) {
    op.readings.forEach((r, i) => {
      const at = { record_id: op.id, path: `readings[${i}]`, field: r.field }
      if (r.field === 'date') {
        const days = describeEdtf(r.date)
        rows.push({
          ...at,
          value: r.date,
          date_start: days.openStart ? null : days.start,
          date_end: days.openEnd ? null : days.end,
          time: r.time ?? null,
          date_basis: r.dateBasis,
          derivation: r.derivation ?? null,
          ...provenance(r),
        })
      } else {
        rows.push({ ...at, value: r.field === 'location' ? r.location : r.types.join(';'), ...NOT_A_DATE, ...provenance(r) })
      }
    })
    op.outcomes.forEach((o, i) => {
      const value = o.count === undefined ? null : formatCount(o.count.min, o.count.max)
      rows.push({ record_id: op.id, path: `outcomes[${i}]`, field: `count:${o.kind}`, value, ...NOT_A_DATE, ...provenance(o) })
    })
    op.participants.forEach((p, i) => rows.push({ record_id: op.id, path: `participants[${i}]`, field: `participant:${p.role}`, value: p.actor, ...NOT_A_DATE, ...provenance(p) }))
  }
  return { readings: rows }
}
