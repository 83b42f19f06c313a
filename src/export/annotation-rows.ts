import { evidenceOf } from '../evidence/verify-evidence.js'
import type { Note } from '../schemas/claim.js'
import type { Dataset } from '../schemas/dataset.js'
import { formatPath } from '../schemas/validation-error.js'
import { COLLECTION_OF, RECORD_KINDS } from '../schemas/record-kinds.js'
import type { CsvRow, CsvTableRows } from './csv-tables.js'

/** The tables that annotate records of every kind. */
export type AnnotationTableRows = Pick<CsvTableRows, 'notes' | 'evidence' | 'citations'>

interface AnyRecord {
  readonly id: string
  readonly notes?: readonly Note[]
}

function ownerOf(path: readonly PropertyKey[]): string | null {
  return path.length === 0 ? null : formatPath(path)
}

function isCitation(value: unknown): value is { readonly text: string; readonly note?: string } {
  return typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string'
}

// Citations sit at fixed names (`citation`, `citations`) but at any depth, as evidence does.
function citationsOf(value: unknown, path: readonly PropertyKey[], visit: (citation: { readonly text: string; readonly note?: string }, path: readonly PropertyKey[]) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => citationsOf(item, [...path, i], visit))
    return
  }
  if (typeof value !== 'object' || value === null) return
  for (const [key, child] of Object.entries(value)) {
    if (key === 'citation' && isCitation(child)) visit(child, [...path, key])
    else if (key === 'citations' && Array.isArray(child)) child.forEach((c, i) => isCitation(c) && visit(c, [...path, key, i]))
    else if (key !== 'evidence') citationsOf(child, [...path, key], visit)
  }
}

/**
 * Collects what annotates records of every kind into three long tables keyed by record kind,
 * record id and path: notes, evidence spans and citations, wherever they sit in the record.
 *
 * @param dataset - the dataset to read
 * @returns the rows of notes, evidence and citations
 */
export function annotationRows(dataset: Dataset): AnnotationTableRows {
  const notes: CsvRow<'notes'>[] = []
  const evidence: CsvRow<'evidence'>[] = []
  const citations: CsvRow<'citations'>[] = []
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
          source: e.source,
          exact: e.exact,
          codepoint_start: e.start,
          codepoint_end: e.end,
          utf16_start: e.utf16.start,
          utf16_end: e.utf16.end,
          prefix: e.prefix ?? null,
          suffix: e.suffix ?? null,
        })
      }
      citationsOf(record, [], (c, path) => {
        const last = path.at(-1)
        const listed = typeof last === 'number'
        citations.push({
          ...base,
          path: formatPath(path),
          owner_path: ownerOf(path.slice(0, listed ? -2 : -1)),
          list_index: listed ? last : null,
          text: c.text,
          note: c.note ?? null,
        })
      })
    }
  }
  return { notes, evidence, citations }
}
