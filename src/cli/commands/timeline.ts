import { buildTimeline } from '../../query/build-timeline.js'
import { renderTimelineMarkdown } from '../../render/render-timeline-markdown.js'
import { renderTimelineText } from '../../render/render-timeline-text.js'
import type { CommandResult } from './command-result.js'
import { choice, dateRangeFlags } from './flags.js'

/** Flags of `timeline`, as parsed. */
export interface TimelineFlags {
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly by?: string | undefined
  readonly format?: string | undefined
}

// The JSON lists the entries by id, as it always has: the records themselves are a lookup away.
function withoutRecords(timeline: ReturnType<typeof buildTimeline>): unknown {
  return timeline.map((group) => ({ ...group, entries: group.entries.map(({ record: _record, ...entry }) => entry) }))
}

/** `timeline [--from] [--to] [--by day|month|year] [--format text|md|json]`. */
export function timelineCommand(flags: TimelineFlags): CommandResult {
  const groupBy = choice('--by', flags.by ?? 'month', ['day', 'month', 'year'] as const)
  const format = choice('--format', flags.format ?? 'text', ['text', 'md', 'json'] as const)
  const timeline = buildTimeline({ groupBy, ...dateRangeFlags(flags) })
  const output =
    format === 'json' ? `${JSON.stringify(withoutRecords(timeline), null, 2)}\n` : format === 'md' ? renderTimelineMarkdown(timeline) : renderTimelineText(timeline, process.stdout.columns ? { width: process.stdout.columns } : {})
  return { output: output.endsWith('\n') ? output : `${output}\n`, exitCode: 0 }
}
