import { createHash } from 'node:crypto'
import { sources } from '../data/index.js'
import { readInputText } from './read-input-file.js'
import { UsageError } from './usage-error.js'

/** The text of a full-text source, read from the file the user gave and checked against its record. */
export interface GivenSourceText {
  /** The file, as the user named it. */
  readonly file: string
  /** Id of the source whose text it is. */
  readonly source: string
  /** The text (NFC), the one the source record's `sha256` and `length` describe. */
  readonly text: string
}

/** The source records that pin a text: a full-text source carries its `sha256` and `length`. */
interface PinnedSource {
  readonly id: string
  readonly sha256: string
  readonly length: number
}

function pinned(): PinnedSource[] {
  return (sources as readonly unknown[]).filter((s): s is PinnedSource => {
    const r = s as Record<string, unknown>
    return typeof r.id === 'string' && typeof r.sha256 === 'string' && typeof r.length === 'number'
  })
}

/**
 * Reads `--source-text FILE` (alias `--article`) with the CLI's one safe reader and checks that
 * it is the text of a full-text source of the dataset, by the SHA-256 and code-point length its
 * record states: only that text has the words at the offsets the evidence gives. A byte-order
 * mark is dropped and the text put in NFC first, as the offsets count NFC code points.
 */
export function readSourceTextFlag(flags: { readonly 'source-text'?: string | undefined; readonly article?: string | undefined }): GivenSourceText | undefined {
  if (flags['source-text'] !== undefined && flags.article !== undefined) throw new UsageError('--article is another name for --source-text; give one of them')
  const flag = flags['source-text'] !== undefined ? '--source-text' : '--article'
  const file = flags['source-text'] ?? flags.article
  if (file === undefined) return undefined
  const read = readInputText(file)
  if (!read.ok) throw new UsageError(`${flag} ${read.problem}`)
  const text = read.text.replace(/^\uFEFF/, '').normalize('NFC')
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex')
  const candidates = pinned()
  const source = candidates.find((s) => s.sha256 === sha256)
  if (source) return { file, source: source.id, text }
  const length = [...text].length
  // Quotes nothing of the file: its length and hash say enough to tell the copies apart.
  const expected = candidates.map((s) => `"${s.id}" (${s.length} code points, SHA-256 ${s.sha256})`).join(' or ')
  throw new UsageError(`${flag} ${file}: not the text of source ${expected}: it has ${length} code points, SHA-256 ${sha256}; give the copy the evidence offsets refer to`)
}
