import type { Dataset } from '../schemas/dataset.js'
import type { CsvRow, CsvTableRows } from './csv-tables.js'
import { dateColumns } from './date-columns.js'

/** The quote tables. */
export type QuoteTableRows = Pick<CsvTableRows, 'quotes' | 'quote_about'>

const ABOUT_COLUMN = { operations: 'operation_id', actors: 'actor_id', locations: 'location_id', topics: 'topic' } as const

/**
 * Flattens the quotes into their row table and the long table of what they are about.
 *
 * @param dataset - the dataset to read
 * @returns the rows of quotes and quote_about
 */
export function quoteRows(dataset: Dataset): QuoteTableRows {
  const quotes: CsvRow<'quotes'>[] = []
  const about: CsvRow<'quote_about'>[] = []
  for (const q of dataset.quotes) {
    quotes.push({
      id: q.id,
      speaker_id: q.speaker,
      text_ar: q.text.ar ?? null,
      text_en: q.text.en,
      translation_from: q.translation?.from ?? null,
      translation_to: q.translation?.to ?? null,
      translation_by: q.translation?.by ?? null,
      translation_note: q.translation?.note ?? null,
      gist_en: q.gist?.en ?? null,
      mode: q.mode,
      channel: q.channel,
      medium_id: q.medium ?? null,
      ...dateColumns(q.date),
      date_basis: q.dateBasis ?? null,
      date_expression: q.dateExpression ?? null,
      date_note: q.dateNote ?? null,
      asserted_by: q.assertedBy,
      certainty: q.certainty,
    })
    for (const list of ['operations', 'actors', 'locations', 'topics'] as const) {
      q.about[list].forEach((value, i) => {
        // One column per list, so each can carry its own foreign key.
        const row: CsvRow<'quote_about'> = { quote_id: q.id, about: list, list_index: i, operation_id: null, actor_id: null, location_id: null, topic: null }
        about.push({ ...row, [ABOUT_COLUMN[list]]: value })
      })
    }
  }
  return { quotes, quote_about: about }
}
