// Characters a terminal acts on or that reorder or hide text: C0 and C1 controls (ESC, CSI, line
// breaks), DEL, bidirectional marks, overrides and isolates, line/paragraph separators,
// invisible word joiners and BOM, and lone surrogates. ZWJ/ZWNJ stay: Arabic and Persian need them.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]|\p{Cs}/gu

/**
 * A value taken from the input (a flag, a file name, a record's field) made safe to print on one
 * terminal line: every control, escape, bidi and invisible character is shown as a `\uXXXX`
 * escape, so a file cannot colour, move, rewrite or reorder what the user sees.
 */
export function escapeForTerminal(value: string): string {
  return value.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
