import { describe, expect, it } from 'vitest'
import { buildTimeline } from '../query/build-timeline.js'
import { displayWidth } from './display-width.js'
import { renderTimelineText } from './render-timeline-text.js'

describe('renderTimelineText', () => {
  // The month of October only: the Muadamiyat operation (../2025-10-18, start unknown) has a group of its own before it.
  const october = buildTimeline({ from: '2025-10' }).filter((g) => g.key === '2025-10')
  const text = renderTimelineText(october)
  const lines = text.trimEnd().split('\n')

  it('prints a heading per group and aligned date | kind | label columns', () => {
    expect(lines[0]).toBe('2025-10  (2025-10-01 … 2025-10-31)')
    const rows = lines.filter((l) => /^ {2}\d/.test(l))
    expect(rows).toHaveLength(6)
    // The label comes from the data (a corrected translation must not break this layout test).
    const first = october[0]!.entries[0]!
    expect(rows[0]).toBe(`  2025-10-18/2025-10-24  quote      ${first.label.en}`)
    expect(rows[1]!.startsWith('  2025-10-18/2025-10-19  operation  Coalition ground incursion')).toBe(true)
    expect(new Set(rows.map((r) => r.search(/(?<=(operation|quote) +)\S/)))).toEqual(new Set([36]))
  })

  it('puts the Arabic label under the English, starting in the label column by display width', () => {
    const arabic = lines[2]!
    expect(arabic).toBe(`${' '.repeat(36)}توم برّاك: سورية عادت إلى صفّنا`)
  })

  it('cuts labels to the width by display width, and can leave Arabic out', () => {
    const narrow = renderTimelineText(buildTimeline({ from: '2025-10' }), { width: 60 })
    for (const line of narrow.trimEnd().split('\n').slice(1)) expect(displayWidth(line)).toBeLessThanOrEqual(60)
    expect(renderTimelineText(buildTimeline({ from: '2025-10' }), { arabic: 'none' })).not.toMatch(/[\u0600-\u06FF]/)
    expect(renderTimelineText([])).toBe('')
  })

  it('names a development as a development and an operation as an operation in the kind column', () => {
    const kinds = (category: 'operation' | 'development') =>
      new Set(renderTimelineText(buildTimeline({ category, include: ['operations'] }), { arabic: 'none' }).split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/\s{2,}/)[1]))
    expect(kinds('development')).toEqual(new Set(['development']))
    expect(kinds('operation')).toEqual(new Set(['operation']))
  })
})
