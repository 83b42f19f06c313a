import { describe, expect, it } from 'vitest'
import { dataset } from '../data/index.js'
import type { Operation } from '../schemas/operation.js'
import { operationsOf } from './operations-of.js'

// Plain reading of the rule: a participant in one of the roles, or (with no role) named in an outcome.
const naive = (actor: string, roles?: readonly string[]): string[] =>
  dataset.operations
    .filter((op: Operation) => op.participants.some((p) => p.actor === actor && (!roles || roles.includes(p.role))) || (!roles && op.outcomes.some((o) => (o.actors as readonly string[] | undefined)?.includes(actor))))
    .map((op) => op.id)

describe('operationsOf', () => {
  it('lists operations by participation or outcome, optionally by role', () => {
    expect(operationsOf('interior-ministry').map((o) => o.id)).toEqual(naive('interior-ministry'))
    expect(operationsOf('interior-ministry').map((o) => o.id)).toContain('2025-07-al-bab-airborne-landing')
    expect(operationsOf('isis', { role: 'target' }).map((o) => o.id)).toEqual(naive('isis', ['target']))
    expect(operationsOf('isis', { role: 'target' }).length).toBeLessThan(operationsOf('isis').length)
    // Named only in an outcome (killed in al-Bab), never a participant.
    expect(operationsOf('dhiya-al-hardani').map((o) => o.id)).toEqual(['2025-07-al-bab-airborne-landing'])
    expect(operationsOf('dhiya-al-hardani', { role: ['lead', 'target'] })).toEqual([])
  })
})
