import { evidenceOf, isSpan } from '../evidence/verify-evidence.js'
import type { Note } from '../schemas/claim.js'
import type { Dataset } from '../schemas/dataset.js'
import { formatPath } from '../schemas/validation-error.js'
import { COLLECTION_OF, RECORD_KINDS } from '../schemas/record-kinds.js'
import type { CsvRow, CsvTableRows } from './csv-tables.js'

/** The tables that annotate records of every kind. */
export type AnnotationTableRows = Pick<CsvTableRows, 'notes' | 'evidence'>

interface AnyRecord {
  readonly id: string
  readonly notes?: readonly Note[]
}

function ownerOf(path: readonly PropertyKey[]): string | null {
  return path.length === 0 ? null : formatPath(path)
}

/**
 * Collects what annotates records of every kind into three long tables keyed by record kind,
 * record id and path: notes and evidence (spans, fingerprints, reference values), wherever they
 * sit in the record.
 *
 * @param dataset - the dataset to read
 * @returns the rows of notes and evidence
 */
export function annotationRows(dataset: Dataset): AnnotationTableRows {
  const notes: CsvRow<'notes'>[] = []
  const evidence: CsvRow<'evidence'>[] = []
  for (const kind of RECORD_KINDS) {
    const records: readonly AnyRecord[] = dataset[COLLECTION_OF[kind]]
    for (const record of records) {
      const base = { record_kind: kind, record_id: record.id }
      record.notes?.forEach((n, i) =>
        notes.push({ ...base, list_index: i, path: `notes[${i}]`, text_en: n.text.en, text_ar: n.text.ar ?? null, asserted_by: n.assertedBy, certainty: n.certainty, reasoning: n.reasoning ?? null }),
      )
      for (const { path, evidence: e } of evidenceOf(record)) {
        evidence.push({
          ...base,
          path: formatPath(path),
          owner_path: ownerOf(path.slice(0, -2)),
          list_index: Number(path.at(-1)),
          type: isSpan(e) ? 'span' : e.type,
          source: e.source,
          exact: isSpan(e) ? (e.exact ?? null) : null,
          codepoint_start: isSpan(e) ? e.start : null,
          codepoint_end: isSpan(e) ? e.end : null,
          utf16_start: isSpan(e) ? e.utf16.start : null,
          utf16_end: isSpan(e) ? e.utf16.end : null,
          sha256: e.type === 'reference' ? null : (e.sha256 ?? null),
          length: isSpan(e) ? e.end - e.start : e.type === 'fingerprint' ? e.length : null,
          quote: isSpan(e) ? null : (e.quote ?? null),
          locator: e.type === 'reference' ? (e.locator ?? null) : null,
        })
      }
    }
  }
  return { notes, evidence }
}
