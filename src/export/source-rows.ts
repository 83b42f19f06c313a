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
  const sources = dataset.sources.map((s): CsvRow<'sources'> => {
    const none = { publisher_id: null, carries: null, title_en: null, title_ar: null, work: null, published: null, published_basis: null, retrieved: null, text_direction: null, normalization: null, sha256: null, length: null, utf16_length: null, file: null, url: null, address: null, repository: null, repository_path: null, read_via: null }
    const base = { ...none, id: s.id, kind: s.kind, genre: s.genre, language: s.language }
    if (s.kind === 'reference') {
      return { ...base, title_en: s.title, work: s.work, retrieved: s.retrieved ?? null, address: s.address ?? null, repository: s.repository ?? null, repository_path: s.path ?? null, read_via: s.readVia ?? null }
    }
    const common = { ...base, publisher_id: s.publisher, title_en: s.title?.en ?? null, title_ar: s.title?.ar ?? null, published: s.published ?? null, text_direction: s.textDirection, url: s.url ?? null }
    if (s.kind === 'report') return { ...common, carries: s.carries?.join(';') ?? null, published_basis: s.publishedBasis }
    return { ...common, normalization: s.normalization, sha256: s.sha256, length: s.length, utf16_length: s.utf16Length, file: s.file ?? null }
  })
  const corrections = dataset.corrections.map(
    (c): CsvRow<'corrections'> => ({ id: c.id, date: c.date, version: c.version, affects: c.affects.join(';'), change: c.change, reason: c.reason }),
  )
  const redirects = dataset.redirects.map((r): CsvRow<'redirects'> => ({ id: r.id, to_id: r.to, date: r.date, reason: r.reason }))
  return { sources, corrections, redirects }
}
