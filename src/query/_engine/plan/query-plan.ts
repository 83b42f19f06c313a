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
