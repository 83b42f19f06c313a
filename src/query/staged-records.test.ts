import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readDataFolder } from '../cli/data-folder.js'
import { countTotal } from '../schemas/count-readings.js'
import { corroborate } from './corroboration.js'
import { createDataset } from './create-dataset.js'
import { filterOperations } from './filter-operations.js'

// The records staged for issue 13 outside the repository, converted to the model by the staging
// folder's own tool into a temporary copy of data/: nothing of them is kept in the repository.
// Skipped wherever the staging folder is absent (CI, a user's checkout).
const STAGING = '/work/research/B-staging'
const present = existsSync(join(STAGING, 'to-main.mjs'))

describe.skipIf(!present)('the count rule and the category filter on the staged issue-13 records', () => {
  const dir = mkdtempSync(join(tmpdir(), 'staged-records-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const load = () => {
    cpSync(join(process.cwd(), 'data'), join(dir, 'data'), { recursive: true })
    for (const stage of ['1', '2', '3', '4']) {
      const run = spawnSync(process.execPath, [join(STAGING, 'to-main.mjs'), dir, stage], { encoding: 'utf8' })
      if (run.status !== 0) throw new Error(`to-main.mjs stage ${stage}: ${run.stderr}`)
    }
    return createDataset(readDataFolder(join(dir, 'data')).dataset)
  }
  const ds = present ? load() : undefined
  const op = (id: string) => ds!.dataset.operations.find((o) => o.id === id)!

  it('reads three Americans and the attacker killed at Palmyra as 4, no disagreement on the killed', () => {
    const palmyra = op('2025-12-13-palmyra-ambush')
    expect(countTotal(palmyra.outcomes, ['killed'])).toEqual({ min: 4, max: 4 })
    expect(corroborate(palmyra, ds).disagreements).not.toContain('count:killed')
  })

  it('finds every staged development with category development, and no staged operation', () => {
    const staged = JSON.parse(readFileSync(join(STAGING, 'developments.json'), 'utf8')) as { records: { id: string }[] }
    const developments = filterOperations({ category: 'development' }, ds!).map((o) => o.id)
    for (const { id } of staged.records) expect(developments).toContain(id)
    expect(filterOperations({ category: 'operation' }, ds!).every((o) => !developments.includes(o.id))).toBe(true)
  })
})
