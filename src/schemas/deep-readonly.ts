/**
 * `T` with every property and array readonly, at any depth: the type of a record as the
 * package hands it out (the shipped records are deeply frozen at run time too).
 */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T
