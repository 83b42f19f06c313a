import type { Timeline } from '../query/types.js'
import { entryKind } from './entry-kind.js'
import { groupSpan } from './group-span.js'

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}

/**
 * Renders a timeline as Markdown: a `##` heading per group (its EDTF key and days) and a table
 * of its entries with columns Date, Kind (`operation`, `development` or `quote`), Id, English and Arabic. Pipes in labels are escaped.
 * Pure: returns the text.
 *
 * @param timeline - groups from `buildTimeline`
 * @returns the Markdown (empty for no groups)
 *
 * @example
 * ```ts
 * import { buildTimeline, renderTimelineMarkdown } from 'syria-counter-isis'
 * renderTimelineMarkdown(buildTimeline({ from: '2025-08', to: '2025-08', dateMode: 'within' })).split('\n').slice(0, 5)
 * //=> ['## 2025-08 (2025-08-01 – 2025-08-31)', '', '| Date | Kind | Id | English | Arabic |', '| --- | --- | --- | --- | --- |', '| 2025-08-19/2025-08-20 | operation | 2025-08-atmeh-airborne-landing | Coalition airborne landing in Atmeh | عملية إنزال جوي في بلدة أطمة بريف إدلب الشمالي |']
 * ```
 */
export function renderTimelineMarkdown(timeline: Timeline): string {
  const out: string[] = []
  for (const group of timeline) {
    out.push(`## ${group.key} (${groupSpan(group, '–')})`, '', '| Date | Kind | Id | English | Arabic |', '| --- | --- | --- | --- | --- |')
    for (const e of group.entries) out.push(`| ${cell(e.date)} | ${entryKind(e)} | ${e.id} | ${cell(e.label.en)} | ${cell(e.label.ar ?? '')} |`)
    out.push('')
  }
  return out.join('\n')
}
