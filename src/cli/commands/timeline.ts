import { buildTimeline } from '../../query/build-timeline.js'
import { renderTimelineMarkdown } from '../../render/render-timeline-markdown.js'
import { renderTimelineText } from '../../render/render-timeline-text.js'
import { readSourceTextFlag, type GivenSourceText } from '../source-text.js'
import type { CommandResult } from './command-result.js'
import { evidenceWords, renderEvidenceWords } from './evidence-words.js'
import { OPERATION_CATEGORIES } from '../../schemas/vocabulary-values.js'
import { choice, dateRangeFlags } from './flags.js'
import type { SourceTextFlags } from './query-output.js'

/** Flags of `timeline`, as parsed. */
export interface TimelineFlags extends SourceTextFlags {
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly by?: string | undefined
  readonly category?: string | undefined
  readonly format?: string | undefined
}

type Timeline = ReturnType<typeof buildTimeline>

// The JSON lists the entries by id, as it always has: the records themselves are a lookup away.
// With the source text, each entry carries the words of its record's evidence spans.
function withoutRecords(timeline: Timeline, given: GivenSourceText | undefined): unknown {
  return timeline.map((group) => ({
    ...group,
    entries: group.entries.map(({ record, ...entry }) => (given ? { ...entry, evidence: evidenceWords([record], given)[0]!.evidence.map(({ path, source, words }) => ({ path: path.map(String).join('.'), source, words })) } : entry)),
  }))
}

/** `timeline [--from] [--to] [--by day|month|year] [--category operation|development] [--format text|md|json]`. */
export function timelineCommand(flags: TimelineFlags): CommandResult {
  const groupBy = choice('--by', flags.by ?? 'month', ['day', 'month', 'year'] as const)
  const format = choice('--format', flags.format ?? 'text', ['text', 'md', 'json'] as const)
  const category = flags.category === undefined ? undefined : choice('--category', flags.category, OPERATION_CATEGORIES)
  const timeline = buildTimeline({ groupBy, ...dateRangeFlags(flags), ...(category ? { category } : {}) })
  const given = readSourceTextFlag(flags)
  const output =
    format === 'json' ? `${JSON.stringify(withoutRecords(timeline, given), null, 2)}\n` : format === 'md' ? renderTimelineMarkdown(timeline) : renderTimelineText(timeline, process.stdout.columns ? { width: process.stdout.columns } : {})
  const ended = output.endsWith('\n') ? output : `${output}\n`
  if (given === undefined || format === 'json') return { output: ended, exitCode: 0 }
  const records = timeline.flatMap((group) => group.entries.map((entry) => entry.record))
  return { output: `${ended}${renderEvidenceWords(records, given, format)}`, exitCode: 0 }
}
