#!/usr/bin/env node
// Fingerprints the supporting words of a report for a `fingerprint` evidence:
//   pbpaste | node scripts/fingerprint.mjs   →   {"normalization":"NFC","sha256":"…","length":42}
// The same algorithm as the library's fingerprintWords: NFC, SHA-256 of the UTF-8, length in code
// points. One trailing newline (from echo or an editor) is stripped; nothing else is changed.
import { createHash } from 'node:crypto'

const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
let text = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '')
if (text.length === 0) {
  console.error('fingerprint: no words on standard input')
  process.exit(1)
}
if (/\p{Cs}/u.test(text)) {
  console.error('fingerprint: the input is not well-formed UTF-8 text')
  process.exit(1)
}
text = text.normalize('NFC')
console.log(JSON.stringify({ normalization: 'NFC', sha256: createHash('sha256').update(text, 'utf8').digest('hex'), length: [...text].length }))
