/**
 * How a filter runs: a candidate source (the smallest the indexes give) and an exact test that
 * every candidate must pass. Candidates are either record indices or date-order positions, both
 * ascending; `undefined` means every record.
 *
 * @internal
 */
export interface QueryPlan {
  readonly test: (record: number) => boolean
  readonly records?: Uint32Array
  readonly positions?: Uint32Array
}

/** @internal A candidate source before collection: its size is known up front. */
export interface CandidateSource {
  readonly estimate: number
  readonly collect: () => { readonly records?: Uint32Array; readonly positions?: Uint32Array }
}

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
