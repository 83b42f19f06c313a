import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCsv, unescapeFormula } from './format-csv.js'

describe('formatCsv (RFC 4180)', () => {
  it('separates with commas, ends every record with CRLF and leaves plain cells bare', () => {
    expect(formatCsv(['a', 'b'], [['x', 1], [true, null]])).toBe('a,b\r\nx,1\r\ntrue,\r\n')
  })

  it('quotes exactly the cells with a comma, quote, CR or LF, doubling quotes', () => {
    expect(formatCsv(['v'], [['a,b'], ['say "hi"'], ['cr\r'], ['lf\n'], [' spaced '], ['دمشق']])).toBe(
      'v\r\n"a,b"\r\n"say ""hi"""\r\n"cr\r"\r\n"lf\n"\r\n spaced \r\nدمشق\r\n',
    )
  })

  it('writes a byte order mark only when asked', () => {
    expect(formatCsv(['a'], [], { bom: true })).toBe('\uFEFFa\r\n')
    expect(formatCsv(['a'], [])).toBe('a\r\n')
  })

  it('round-trips any strings through csv-parse', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), { minLength: 1 }), (rows) => {
        const back = parse(formatCsv(['a', 'b'], rows), { columns: true }) as { a: string; b: string }[]
        expect(back.map((r) => [r.a, r.b])).toEqual(rows)
      }),
    )
  })

  it('escapes formula-like text cells only when asked, and never numbers', () => {
    const rows = [['=1+1'], ['+9'], ['-x'], ['@SUM(A1)'], ['\tx'], ['\rx'], ["'kept"], ['plain'], [-3], [null]]
    expect(formatCsv(['v'], rows, { escapeFormulas: true })).toBe("v\r\n'=1+1\r\n'+9\r\n'-x\r\n'@SUM(A1)\r\n'\tx\r\n\"'\rx\"\r\n''kept\r\nplain\r\n-3\r\n\r\n")
    expect(formatCsv(['v'], [['=1+1']])).toBe('v\r\n=1+1\r\n')
  })

  it('round-trips any strings through escaping and unescapeFormula', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('=A1', "'=A1", "''", '-', '@', '\t', '\r=')), fc.string()), { minLength: 1 }), (rows) => {
        const text = formatCsv(['a', 'b'], rows, { escapeFormulas: true })
        const back = parse(text, { columns: true }) as { a: string; b: string }[]
        for (const row of back) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/)
        expect(back.map((r) => [unescapeFormula(r.a), unescapeFormula(r.b)])).toEqual(rows)
      }),
    )
  })
})
