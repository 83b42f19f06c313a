import { displayWidth } from './display-width.js'
import { fitWidth } from './fit-width.js'
import type { Timeline } from '../query/types.js'
import { entryKind } from './entry-kind.js'
import { groupSpan } from './group-span.js'

/** Options for {@link renderTimelineText}. */
export interface RenderTimelineTextOptions {
  /**
   * Where the Arabic label goes: `'below'` (default) on its own line under the English, in the
   * label column, so terminals that apply the bidi algorithm reorder it without disturbing the
   * columns; `'none'` to leave it out.
   */
  readonly arabic?: 'below' | 'none'
  /** Maximum line width in terminal cells; longer labels are cut with `…`. Default: no limit. */
  readonly width?: number
}

/**
 * Renders a timeline for a terminal: a heading line per group (`2025-07  2025-07-01 … 2025-07-31`)
 * and one row per entry in three aligned columns, date | kind (`operation`, `development` or `quote`) | label, with the Arabic label on
 * the next line in the label column. Columns are aligned by display width (combining marks such
 * as shadda take no cell), not by string length. Pure: returns the text, prints nothing.
 *
 * @param timeline - groups from `buildTimeline`
 * @param options - `arabic` placement (default `'below'`), `width` limit (default none)
 * @returns the text, lines separated by `\n`, ending with a newline (empty for no groups)
 *
 * @example
 * ```ts
 * import { buildTimeline, renderTimelineText } from 'syria-counter-isis'
 * renderTimelineText(buildTimeline({ from: '2025-08', to: '2025-08', dateMode: 'within' }), { arabic: 'none' })
 * //=> '2025-08  (2025-08-01 … 2025-08-31)\n  2025-08-19/2025-08-20  operation  Coalition airborne landing in Atmeh\n'
 * ```
 */
export function renderTimelineText(timeline: Timeline, options: RenderTimelineTextOptions = {}): string {
  const arabic = options.arabic ?? 'below'
  let dateWidth = 0
  let kindWidth = 0
  for (const group of timeline) {
    for (const e of group.entries) {
      dateWidth = Math.max(dateWidth, displayWidth(e.date))
      kindWidth = Math.max(kindWidth, displayWidth(entryKind(e)))
    }
  }
  const indent = '  '
  const labelColumn = indent.length + dateWidth + 2 + kindWidth + 2
  const labelWidth = options.width === undefined ? Infinity : Math.max(8, options.width - labelColumn)
  const label = (text: string): string => (labelWidth === Infinity ? text : fitWidth(text, labelWidth, false))
  const lines: string[] = []
  for (const group of timeline) {
    lines.push(`${group.key}  (${groupSpan(group, '…')})`)
    for (const e of group.entries) {
      lines.push(`${indent}${fitWidth(e.date, dateWidth)}  ${fitWidth(entryKind(e), kindWidth)}  ${label(e.label.en)}`)
      if (arabic === 'below' && e.label.ar !== undefined) lines.push(`${' '.repeat(labelColumn)}${label(e.label.ar)}`)
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}
