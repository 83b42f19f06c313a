import { describe, expect, it } from 'vitest'
import { defaultDataset } from './default-dataset.js'
import { relatedOperations } from './related-operations.js'

describe('relatedOperations', () => {
  it('gives both directions with their kinds', () => {
    expect(relatedOperations('2025-10-muadamiyat-al-qalamoun-cell-dismantling').map((r) => [r.direction, r.kind, r.operation.id])).toEqual([
      // al-Dumayr coincided with the ministry's announcement (a quote), not with this operation.
      ['incoming', 'possibly-same-as', '2025-10-18-rif-dimashq-joint-operation'],
    ])
    const joint = relatedOperations('2025-10-18-rif-dimashq-joint-operation')
    expect(joint.map((r) => r.direction)).toEqual(['outgoing', 'outgoing'])
    expect(joint[0]!.relation.certainty).toBeDefined()
    expect(relatedOperations('2025-08-atmeh-airborne-landing')).toEqual([])
    expect(relatedOperations('nope', defaultDataset())).toEqual([])
  })
})
