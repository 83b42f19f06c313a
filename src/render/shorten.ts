/**
 * Shortens text to at most `max` code points, at a word boundary where one is near, with `…`.
 *
 * @internal
 * @param text - the text
 * @param max - the maximum length in code points
 * @returns the text, shortened if needed
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = [...flat]
  if (chars.length <= max) return flat
  const cut = chars.slice(0, max - 1).join('')
  const space = cut.lastIndexOf(' ')
  return `${space > cut.length * 0.6 ? cut.slice(0, space) : cut}…`
}
