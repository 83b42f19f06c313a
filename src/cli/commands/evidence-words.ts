import { resolveRecordEvidence, type ResolvedEvidence } from '../../evidence/resolve-evidence.js'
import { escapeForTerminal } from '../escape-for-terminal.js'
import type { GivenSourceText } from '../source-text.js'

/** The words of every span of each record, from the source text the user gave. */
export function evidenceWords(records: readonly { readonly id: string }[], given: GivenSourceText): { readonly id: string; readonly evidence: readonly ResolvedEvidence[] }[] {
  return records.map((record) => ({ id: record.id, evidence: resolveRecordEvidence(record, { sourceTexts: { [given.source]: given.text } }) }))
}

const dotted = (path: readonly PropertyKey[]): string => path.map(String).join('.')

// A span may run over a paragraph break: shown as ¶ so each span stays on one line.
const oneLine = (words: string): string => escapeForTerminal(words.replace(/\r\n|\r|\n/g, ' ¶ '))

/** A section for the terminal after the table or timeline: each record, then each span's path and words. */
export function renderEvidenceWords(records: readonly { readonly id: string }[], given: GivenSourceText, format: 'text' | 'md'): string {
  const found = evidenceWords(records, given)
  const file = escapeForTerminal(given.file)
  if (format === 'md') {
    const lines = ['## Evidence words', '', `The words of each evidence span, from ${file} (source \`${given.source}\`).`, '']
    for (const { id, evidence } of found) lines.push(`### ${id}`, '', ...evidence.map((e) => `- \`${dotted(e.path)}\`: ${oneLine(e.words).replaceAll('|', '\\|')}`), '')
    return `${lines.join('\n')}`
  }
  const lines = ['', `Evidence words (from ${file}, source ${given.source})`]
  for (const { id, evidence } of found) lines.push('', id, ...evidence.map((e) => `  ${dotted(e.path)}  ${oneLine(e.words)}`))
  return `${lines.join('\n')}\n`
}

/**
 * A copy of each record with the words of every span filled in as `exact`, as the repository's
 * data holds them: for JSON and NDJSON output.
 */
export function withExactWords<R extends { readonly id: string }>(records: readonly R[], given: GivenSourceText): unknown[] {
  return evidenceWords(records, given).map(({ evidence }, i) => {
    const copy = structuredClone(records[i]) as unknown
    for (const { path, words } of evidence) {
      let at = copy as Record<PropertyKey, unknown>
      for (const key of path) at = at[key] as Record<PropertyKey, unknown>
      at.exact = words
    }
    return copy
  })
}
