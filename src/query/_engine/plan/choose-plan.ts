import type { CandidateSource, QueryPlan } from './query-plan.js'

/**
 * Picks the candidate source with the smallest estimate, so a selective criterion (one actor,
 * one governorate, one month) bounds the work whatever order the criteria come in.
 *
 * @internal
 * @param sources - the sources the criteria allow
 * @param test - the exact test
 * @returns the plan
 */
export function choosePlan(sources: readonly CandidateSource[], test: (record: number) => boolean): QueryPlan {
  let best: CandidateSource | undefined
  for (const source of sources) if (best === undefined || source.estimate < best.estimate) best = source
  return best === undefined ? { test } : { ...best.collect(), test }
}
