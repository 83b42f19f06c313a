import { didYouMean } from '../schemas/nearest-ids.js'
import { UsageError } from './usage-error.js'

/**
 * Checks that an id given on the command line exists (live or redirected), and otherwise
 * fails with a one-line message naming the flag, the id and the nearest known ids.
 */
export function checkId(flag: string, id: string, known: readonly string[], exists: (id: string) => boolean): string {
  if (exists(id)) return id
  throw new UsageError(`${flag}: unknown id "${id}"${didYouMean(id, known)}`)
}
