import type { Operation } from '../schemas/operation.js'

// Stand-in for the model of issue 13 (OPERATION_TYPE_CATEGORY / operationCategory in
// src/schemas/), coded against its contract until it lands on main; then this file goes.
const DEVELOPMENT_TYPES: ReadonlySet<string> = new Set(['coalition-accession', 'facility-handover', 'withdrawal', 'detainee-transfer', 'camp-closure', 'meeting', 'policy-statement', 'operations-tally'])

/** @internal */
export function operationCategory(operation: Pick<Operation, 'types'>): 'operation' | 'development' {
  return operation.types.some((type) => DEVELOPMENT_TYPES.has(type)) ? 'development' : 'operation'
}
