import { describe, expect, it } from 'vitest'
import { operations } from '../data/index.js'
import { buildTimeline } from '../query/build-timeline.js'
import { renderTimelineMarkdown } from './render-timeline-markdown.js'

describe('renderTimelineMarkdown', () => {
  it('renders a heading and a table per group', () => {
    const groups = buildTimeline({ from: '2025-07', to: '2025-10' })
    const md = renderTimelineMarkdown(groups)
    // One heading per group and one row per entry, however much data the range holds.
    expect(md.match(/^## /gm)).toHaveLength(groups.length)
    expect(md.match(/^\| (\d{4}|\.\.)/gm)).toHaveLength(groups.reduce((n, g) => n + g.entries.length, 0))
    expect(groups.length).toBeGreaterThanOrEqual(5)
    expect(md).toContain('| ../2025-10-18 | operation | 2025-10-muadamiyat-al-qalamoun-cell-dismantling | Interior Ministry says it dismantled a terrorist cell in Muadamiyat al-Qalamoun | فكّكت خلية إرهابية في منطقة معضمية القلمون شمال شرقي دمشق |')
  })

  it('escapes pipes in labels', () => {
    const md = renderTimelineMarkdown([
      { key: '2025', start: '2025-01-01', end: '2025-12-31', entries: [{ kind: 'operation', id: 'x', date: '2025', start: '2025-01-01', end: '2025-12-31', precision: 'year', label: { en: 'a | b' }, grade: 'single-source', record: operations[0]! }] },
    ])
    expect(md).toContain('| a \\| b |  |')
  })
})
