/**
 * Every test's scratch folders (mkdtemp under `os.tmpdir()`: CLI runs, scratch data copies,
 * packed-tarball consumers, the docs build) go into one folder for the run, removed at the end,
 * so `npm test` leaves nothing behind in the system's temporary folder. Set KEEP_TEST_TMP=1 to
 * keep it for a look after a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'syria-counter-isis-test-'))
  // Read by os.tmpdir() in the test workers, which start after this runs.
  process.env.TMPDIR = root
  return () => {
    if (process.env.KEEP_TEST_TMP === '1') console.info(`test scratch folders kept in ${root}`)
    else rmSync(root, { recursive: true, force: true })
  }
}
