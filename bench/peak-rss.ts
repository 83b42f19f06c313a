/**
 * One peak-RSS measurement for `bench/measure-size.ts`, in a fresh process so nothing else is
 * resident: `node --import tsx bench/peak-rss.ts <dir> <json|create>` reads the JSON chunks the
 * parent wrote to `<dir>` (`<collection>.<k>.json`, one after the other, as a user reads files),
 * `JSON.parse`s them and, in `create` mode, calls `createDataset` on the result while the parsed
 * records are still held (as `createDataset(JSON.parse(text))` holds them). It prints
 * `{ "afterParseBytes": ..., "peakBytes": ... }`: `process.resourceUsage().maxRSS` after the
 * parse and at the end.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createDataset } from '../src/query/create-dataset.js'
import { SOURCE_ID, SOURCE_TEXT } from './synthetic.js'

const [dir, mode] = process.argv.slice(2)
if (dir === undefined || (mode !== 'json' && mode !== 'create')) throw new Error('usage: peak-rss.ts <dir> <json|create>')
const maxRss = (): number => process.resourceUsage().maxRSS * 1024
const raw: Record<string, unknown[]> = {}
for (const file of readdirSync(dir).sort()) {
  const collection = file.split('.')[0]!
  const part = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown[]
  const list = (raw[collection] ??= [])
  for (let i = 0; i < part.length; i++) list.push(part[i])
}
const afterParseBytes = maxRss()
let created: unknown
if (mode === 'create') created = createDataset(raw, { sourceTexts: { [SOURCE_ID]: SOURCE_TEXT } })
process.stdout.write(`${JSON.stringify({ afterParseBytes, peakBytes: maxRss(), records: created === undefined ? 0 : 1 })}\n`)
