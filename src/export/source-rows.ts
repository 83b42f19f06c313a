import type { Dataset } from '../schemas/dataset.js'
import type { CsvRow, CsvTableRows } from './csv-tables.js'

/** The tables of sources and errata. */
export type SourceTableRows = Pick<CsvTableRows, 'sources' | 'corrections' | 'redirects'>

/**
 * Flattens the sources, corrections and redirects into their row tables: the records that
 * describe the dataset rather than the events.
 *
 * @param dataset - the dataset to read
 * @returns the rows of sources, corrections and redirects
 */
export function sourceRows(dataset: Dataset): SourceTableRows {
  const sources = dataset.sources.map(
    (s): CsvRow<'sources'> => ({
      id: s.id,
      kind: s.kind,
      publisher_id: s.publisher,
      title_en: s.title?.en ?? null,
      title_ar: s.title?.ar ?? null,
      published: s.published,
      language: s.language,
      text_direction: s.textDirection,
      normalization: s.normalization,
      sha256: s.sha256,
      length: s.length,
      utf16_length: s.utf16Length,
      file: s.file ?? null,
      url: s.url ?? null,
    }),
  )
  const corrections = dataset.corrections.map(
    (c): CsvRow<'corrections'> => ({ id: c.id, date: c.date, version: c.version, affects: c.affects.join(';'), change: c.change, reason: c.reason }),
  )
  const redirects = dataset.redirects.map((r): CsvRow<'redirects'> => ({ id: r.id, to_id: r.to, date: r.date, reason: r.reason }))
  return { sources, corrections, redirects }
}
