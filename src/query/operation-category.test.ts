import { describe, expect, it } from 'vitest'
import { miniDevelopments } from '../../test/fixtures/mini-developments.js'
import { operationCategory } from '../schemas/operation-category.js'
import { buildTimeline } from './build-timeline.js'
import { corroborate } from './corroboration.js'
import { createDataset } from './create-dataset.js'
import { filterOperations } from './filter-operations.js'
import { operationsOf } from './operations-of.js'
import { relatedOperations } from './related-operations.js'

const ds = createDataset(miniDevelopments())
const ids = (ops: readonly { id: string }[]) => ops.map((op) => op.id)

describe('developments beside operations', () => {
  it('filters by category through the one criteria checker, with a did-you-mean', () => {
    expect(ids(filterOperations({ category: 'development' }, ds))).toEqual(['dev-coalition-accession'])
    expect(ids(filterOperations({ category: 'operation' }, ds))).toEqual(['op-al-bab', 'op-ambush'])
    expect(ids(filterOperations({ category: 'development', actors: ['coalition'], role: 'receiving' }, ds))).toEqual(['dev-coalition-accession'])
    expect(() => filterOperations({ category: 'developments' as never }, ds)).toThrow(/Invalid category "developments" in filterOperations criteria \(did you mean "development"\?\): expected 'operation' or 'development'/)
    expect(() => filterOperations({ category: ['development'] as never }, ds)).toThrow(RangeError)
  })

  it('keeps kind operation on the timeline and exposes the record for its category', () => {
    const entries = buildTimeline({ include: ['operations'] }, ds).flatMap((g) => g.entries)
    expect(entries.map((e) => [e.kind, e.id, operationCategory(e.record as never)])).toEqual([
      ['operation', 'op-al-bab', 'operation'],
      ['operation', 'op-ambush', 'operation'],
      ['operation', 'dev-coalition-accession', 'development'],
    ])
    const developments = buildTimeline({ category: 'development' }, ds).flatMap((g) => g.entries)
    // The mini quote is undated, so only the development is left.
    expect(developments.map((e) => [e.kind, e.id])).toEqual([['operation', 'dev-coalition-accession']])
    expect(() => buildTimeline({ category: 'operations' as never }, ds)).toThrow(/Invalid category "operations" in buildTimeline options \(did you mean "operation"\?\)/)
  })

  it('finds a development by its new roles and by follows, both ways', () => {
    expect(ids(operationsOf('coalition', { role: 'receiving' }, ds))).toEqual(['dev-coalition-accession'])
    expect(relatedOperations('dev-coalition-accession', ds).map((r) => [r.direction, r.kind, r.operation.id])).toEqual([['outgoing', 'follows', 'op-al-bab']])
    expect(relatedOperations('op-al-bab', ds).map((r) => [r.direction, r.kind, r.operation.id])).toEqual([['incoming', 'follows', 'dev-coalition-accession']])
  })

  it('counts killed per group in minKilled: the coalition 3 and the attacker 1 are 4', () => {
    expect(ids(filterOperations({ minKilled: 4 }, ds))).toEqual(['op-ambush'])
    expect(ids(filterOperations({ minKilled: 5 }, ds))).toEqual([])
    expect(corroborate(ds.dataset.operations.find((op) => op.id === 'op-ambush')!, ds).disagreements).toEqual([])
  })
})
