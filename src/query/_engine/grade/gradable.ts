// The parts of records that grading reads, written as plain structural types so the engine
// depends on no schema module and any dataset shape with these fields can be graded.

/** @internal An evidence: only the source it points to matters for grading. */
export interface GradableEvidence {
  readonly source: string
}

/** @internal Any claim: who asserts it and the evidence it rests on. */
export interface GradableClaim {
  readonly assertedBy: string
  readonly evidence: readonly GradableEvidence[]
}

/** @internal A reading of one value of an operation, as a source gives it. */
export interface GradableReading extends GradableClaim {
  readonly field: string
  readonly date?: string | undefined
  readonly location?: string | undefined
  readonly types?: readonly string[] | undefined
}

/** @internal An outcome: its kind, count, the actors it names and, when they differ from the operation's, place and date. */
export interface GradableOutcome extends GradableClaim {
  readonly kind: string
  readonly actors?: readonly string[] | undefined
  readonly count?: { readonly min: number; readonly max: number | null } | undefined
  readonly location?: string | undefined
  readonly date?: string | undefined
}

/** @internal A figure: what it counts, its count and the label that sets it apart from others of its measure. */
export interface GradableFigure extends GradableClaim {
  readonly measure: string
  readonly count: { readonly min: number; readonly max: number | null }
  readonly label?: { readonly en: string } | undefined
}

/** @internal A participant: who takes part, in which role. */
export interface GradableParticipant extends GradableClaim {
  readonly actor: string
  readonly role: string
}

/** @internal The operation fields grading reads. */
export interface GradableOperation extends GradableClaim {
  readonly participants: readonly GradableParticipant[]
  readonly outcomes: readonly GradableOutcome[]
  readonly figures?: readonly GradableFigure[] | undefined
  readonly readings?: readonly GradableReading[] | undefined
  readonly duration?: GradableClaim | undefined
  readonly relations: readonly GradableClaim[]
  readonly notes: readonly GradableClaim[]
}

/** @internal A source: its kind, and for independence its publisher and what it carries. */
export interface GradableSource {
  readonly id: string
  readonly kind: string
  readonly publisher?: string | undefined
  readonly carries?: readonly string[] | undefined
}

/** @internal The records grading looks up: sources, the actors' affiliations, the places' parents. */
export interface GradableDataset {
  readonly sources: readonly GradableSource[]
  readonly actors: readonly { readonly id: string; readonly affiliations?: readonly { readonly actor: string }[] | undefined }[]
  readonly locations: readonly { readonly id: string; readonly parent?: { readonly location: string } | undefined }[]
}
