import { displayWidth } from '../../render/display-width.js'
import { fitWidth } from '../../render/fit-width.js'

/** A column of a terminal table. */
export interface TableColumn {
  readonly header: string
  /** Right-align (counts). */
  readonly numeric?: boolean
  /** Cut longer cells to this width with `…`. */
  readonly maxWidth?: number
}

/**
 * Aligns rows under a header and a rule, then a count line (`7 operations`). The last column is
 * the Arabic one and is neither padded nor cut: a terminal that applies the bidi algorithm can
 * then reorder it without moving the aligned columns before it.
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], noun: readonly [string, string]): string {
  const last = columns.length - 1
  const widths = columns.map((column, c) => {
    const widest = Math.max(displayWidth(column.header), ...rows.map((r) => displayWidth(r[c] ?? '')))
    return column.maxWidth !== undefined ? Math.min(widest, Math.max(column.maxWidth, displayWidth(column.header))) : widest
  })
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => {
        const width = widths[c] ?? 0
        if (c === last) return cell
        if (columns[c]?.numeric === true) return ' '.repeat(Math.max(0, width - displayWidth(cell))) + cell
        return fitWidth(cell, width)
      })
      .join('  ')
      .trimEnd()
  const rule = widths.map((w, c) => '─'.repeat(c === last ? Math.min(w, 10) : w)).join('  ')
  return `${[line(columns.map((c) => c.header)), rule, ...rows.map(line), '', `${rows.length} ${rows.length === 1 ? noun[0] : noun[1]}`].join('\n')}\n`
}
