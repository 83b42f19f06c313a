import type { RecordKind } from '../../schemas/record-kinds.js'

/**
 * A record parser compiled from the record's Zod schema: it returns the same value Zod's parse
 * returns (same keys in the same order, `.default()` values filled in, unknown keys refused),
 * deeply frozen, or {@link FAIL} when the record does not pass. It answers only "valid, and here
 * is the copy" or "not valid": the caller then runs Zod itself for the error messages.
 *
 * It is compiled once, on first use, by walking the schemas' definitions, so the fields the
 * schemas gain need no change here; a construct it does not know (a transform, a lazy, a
 * catchall...) makes {@link compileRecordParsers} throw, and the caller keeps to Zod. The
 * definition types and check classes it reads are Zod 4's (`schema._zod.def`, `_zod.traits`).
 *
 * @internal
 */
export type RecordParser = (value: unknown) => unknown

/** The one frozen empty array the copies share (frozen, so no one can fill it). */
const EMPTY: readonly unknown[] = Object.freeze([])

/** What a compiled parser returns for a value that does not pass its schema. */
export const FAIL: unique symbol = Symbol('fail')

/**
 * Called by the compiled parsers as they copy: `claim` with every object whose schema has an
 * `assertedBy` key (after its own checks, before it is frozen; `root` for the record itself),
 * `evidence` with every array under an `evidence` key. This is where the reference and span
 * checks collect what they need, in the same walk as the copy.
 *
 * @internal
 */
export interface CopyHooks {
  claim(claim: Record<string, unknown>, root: boolean): void
  evidence(evidence: readonly unknown[]): void
}

/** Thrown at compile time for a schema construct the compiler does not handle. @internal */
export class UnsupportedSchema extends Error {}

interface ZodCheckLike {
  readonly _zod: {
    readonly def: { readonly check: string; readonly when?: (payload: Payload) => boolean; readonly minimum?: number; readonly value?: unknown; readonly inclusive?: boolean; readonly pattern?: RegExp }
    readonly traits?: ReadonlySet<string>
    readonly check: (payload: Payload) => unknown
  }
}

interface ZodLike extends ZodCheckLike {
  readonly _zod: ZodCheckLike['_zod'] & {
    readonly def: ZodCheckLike['_zod']['def'] & {
      readonly type: string
      readonly checks?: readonly ZodCheckLike[]
      readonly coerce?: boolean
      readonly shape?: Readonly<Record<string, ZodLike>>
      readonly catchall?: ZodLike
      readonly element?: ZodLike
      readonly innerType?: ZodLike
      readonly options?: readonly ZodLike[]
      readonly discriminator?: string
      readonly unionFallback?: boolean
      readonly defaultValue?: unknown
    }
    readonly optin?: 'optional' | 'defaulted'
    readonly optout?: 'optional'
    readonly values?: ReadonlySet<unknown>
    readonly propValues?: Readonly<Record<string, ReadonlySet<unknown>>>
  }
}

interface Payload {
  value: unknown
  issues: unknown[]
}

// One payload for every check run: checks only read it and push issues, and a check that pushes
// one ends the copy, so nothing outlives the call. Saves an allocation per checked value.
const payload: Payload = { value: undefined, issues: [] }

/** Runs one Zod check the way Zod's `runChecks` does on a value that has no issue yet. */
function runCheck(check: ZodCheckLike, value: unknown): unknown {
  payload.value = value
  if (payload.issues.length > 0) payload.issues = []
  const when = check._zod.def.when
  if (when !== undefined && !when(payload)) return value
  const result = check._zod.check(payload)
  if (result instanceof Promise) throw new UnsupportedSchema('asynchronous check')
  const out = payload.issues.length > 0 ? FAIL : payload.value
  payload.value = undefined
  return out
}

// Strings remembered per check and call: enough for every distinct date of a long series.
const MEMO_LIMIT = 1 << 16

const NO_TRAITS: ReadonlySet<string> = new Set()
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/**
 * The builder of an object's copy for one combination `present` of its optional keys: a
 * function of every field's parsed value (in schema order) returning one object literal of the
 * required and defaulted keys and the present optional ones, in schema order, as Zod writes
 * them. Kept in `builders` by combination.
 */
function literalBuilder(builders: Map<number, unknown>, layout: readonly (readonly [string, number])[], present: number): (...values: unknown[]) => object {
  const params = layout.map((_, i) => `a${i}`)
  const entries = layout.flatMap(([key, bit], i) => (bit < 0 || (present & (1 << bit)) !== 0 ? [`${JSON.stringify(key)}: a${i}`] : []))
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const build = new Function(...params, `return { ${entries.join(', ')} }`) as (...values: unknown[]) => object
  builders.set(present, build)
  return build
}

class Compiler {
  private readonly constants: unknown[] = []
  private readonly functions: string[] = []
  private readonly names = new Map<ZodLike, string>()
  private count = 0
  private memos = 0

  constant(value: unknown): string {
    this.constants.push(value)
    return `k[${this.constants.length - 1}]`
  }

  /** The name of a function `(v) => copy | FAIL` for `schema`; `root` marks a record schema. */
  fn(schema: ZodLike, root = false): string {
    if (!root) {
      const known = this.names.get(schema)
      if (known !== undefined) return known
    }
    const name = `f${this.count++}`
    if (!root) this.names.set(schema, name)
    this.functions.push(`function ${name}(v) {\n${this.body(schema, root)}\n}`)
    return name
  }

  /** Code that runs `schema`'s checks on `v` (already of the right type), returning FAIL if one fails. */
  private checks(schema: ZodLike, kind: 'string' | 'array' | 'other'): string {
    const z = schema._zod
    const list: ZodCheckLike[] = [...(z.traits?.has('$ZodCheck') ? [schema as ZodCheckLike] : []), ...(z.def.checks ?? [])]
    const lines: string[] = []
    for (const check of list) {
      // A `.check(fn)` is a bare `{ _zod: { check, def } }`, with no traits.
      const traits: ReadonlySet<string> = check._zod.traits ?? NO_TRAITS
      const def = check._zod.def
      if (traits.has('$ZodCheckRegex') && def.pattern !== undefined && !def.pattern.global && !def.pattern.sticky) {
        lines.push(`if (!${this.constant(def.pattern)}.test(v)) return FAIL`)
      } else if (traits.has('$ZodCheckMinLength') && typeof def.minimum === 'number' && kind === 'array') {
        lines.push(`if (v.length < ${def.minimum}) return FAIL`)
      } else if (traits.has('$ZodCheckMinLength') && typeof def.minimum === 'number' && kind === 'string') {
        // Zod counts code points where UTF-16 units leave it in doubt; twice the floor always clears it.
        lines.push(`if (v.length < ${2 * def.minimum}) { v = runCheck(${this.constant(check)}, v); if (v === FAIL) return FAIL }`)
      } else if ((traits.has('$ZodCheckGreaterThan') || traits.has('$ZodCheckLessThan')) && typeof def.value === 'number' && kind === 'other' && schema._zod.def.type === 'number') {
        const op = traits.has('$ZodCheckGreaterThan') ? (def.inclusive ? '>=' : '>') : def.inclusive ? '<=' : '<'
        lines.push(`if (!(v ${op} ${def.value})) return FAIL`)
      } else if (traits.has('$ZodCheckNumberFormat') && (def as { format?: string }).format === 'safeint' && kind === 'other') {
        lines.push('if (!Number.isSafeInteger(v)) return FAIL')
      } else if (def.check === 'overwrite') {
        throw new UnsupportedSchema('overwrite check')
      } else {
        if (kind === 'string') {
          // A check of a string sees only the string, so a string that passed once passes again:
          // kept per dataset (dates, span words and names recur), up to a bound.
          const seen = `m[${this.memos++}]`
          lines.push(`if (!${seen}.has(v)) { const w = runCheck(${this.constant(check)}, v); if (w === FAIL) return FAIL; if (w === v && ${seen}.size < ${MEMO_LIMIT}) ${seen}.add(v); v = w }`)
        } else lines.push(`v = runCheck(${this.constant(check)}, v); if (v === FAIL) return FAIL`)
      }
    }
    return lines.join('\n')
  }

  private body(schema: ZodLike, root: boolean): string {
    const def = schema._zod.def
    if (def.coerce === true) throw new UnsupportedSchema('coercion')
    const wrapperChecks = (): void => {
      if ((def.checks?.length ?? 0) > 0 || schema._zod.traits?.has('$ZodCheck') === true) throw new UnsupportedSchema(`checks on ${def.type}`)
    }
    switch (def.type) {
      case 'string':
        return `if (typeof v !== 'string') return FAIL\n${this.checks(schema, 'string')}\nreturn v`
      case 'number':
        return `if (typeof v !== 'number' || !Number.isFinite(v)) return FAIL\n${this.checks(schema, 'other')}\nreturn v`
      case 'boolean':
        return `if (typeof v !== 'boolean') return FAIL\n${this.checks(schema, 'other')}\nreturn v`
      case 'enum':
      case 'literal': {
        const values = schema._zod.values
        if (values === undefined) throw new UnsupportedSchema(`${def.type} without values`)
        return `if (!${this.constant(values)}.has(v)) return FAIL\n${this.checks(schema, 'other')}\nreturn v`
      }
      case 'nullable': {
        wrapperChecks()
        return `if (v === null) return null\nreturn ${this.fn(def.innerType!)}(v)`
      }
      case 'optional': {
        wrapperChecks()
        if (def.innerType!._zod.optin === 'defaulted') throw new UnsupportedSchema('optional default')
        return `if (v === undefined) return undefined\nreturn ${this.fn(def.innerType!)}(v)`
      }
      case 'default': {
        wrapperChecks()
        const inner = this.fn(def.innerType!)
        const fallback = this.constant(() => deepFreezeCopy(def.defaultValue))
        return `if (v === undefined) return ${fallback}()\nv = ${inner}(v)\nif (v === undefined) return ${fallback}()\nreturn v`
      }
      case 'array': {
        const element = this.fn(def.element!)
        return [
          'if (!Array.isArray(v)) return FAIL',
          'const n = v.length',
          'const out = new Array(n)',
          `for (let i = 0; i < n; i++) { const x = ${element}(v[i]); if (x === FAIL) return FAIL; out[i] = x }`,
          'v = out',
          this.checks(schema, 'array'),
          // Every empty array is one frozen empty array: records have many (no relations, no notes).
          `return n === 0 ? ${this.constant(EMPTY)} : Object.freeze(v)`,
        ].join('\n')
      }
      case 'union': {
        const options = def.options!
        if (def.discriminator !== undefined) {
          if (def.unionFallback === true) throw new UnsupportedSchema('discriminated union with a fallback')
          const byValue = new Map<unknown, string>()
          for (const option of options) {
            const values = option._zod.propValues?.[def.discriminator]
            if (values === undefined) throw new UnsupportedSchema('discriminated union option without values')
            const name = this.fn(option)
            for (const value of values) if (!byValue.has(value)) byValue.set(value, name)
          }
          const lines = ["if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL", `switch (v[${JSON.stringify(def.discriminator)}]) {`]
          for (const [value, name] of byValue) {
            if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean' && value !== null) throw new UnsupportedSchema('discriminator value')
            lines.push(`case ${JSON.stringify(value)}: v = ${name}(v); break`)
          }
          lines.push('default: return FAIL', '}', 'if (v === FAIL) return FAIL', this.checks(schema, 'other'), 'return v')
          return lines.join('\n')
        }
        const names = options.map((option) => this.fn(option))
        return [
          'let x = FAIL',
          ...names.map((name) => `if (x === FAIL) x = ${name}(v)`),
          'if (x === FAIL) return FAIL',
          'v = x',
          this.checks(schema, 'other'),
          'return v',
        ].join('\n')
      }
      case 'object':
        return this.object(schema, root)
      default:
        throw new UnsupportedSchema(`schema type ${def.type}`)
    }
  }

  private object(schema: ZodLike, root: boolean): string {
    const def = schema._zod.def
    const shape = def.shape!
    const strict = def.catchall !== undefined
    if (strict && def.catchall!._zod.def.type !== 'never') throw new UnsupportedSchema('catchall')
    const keys = Object.keys(shape)
    if (Object.getOwnPropertySymbols(shape).length > 0) throw new UnsupportedSchema('symbol keys')
    const lines = ["if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL", 'let n = 0']
    // Each field is parsed into a local first and the copy is then made by one object literal,
    // so it is born with its final shape (in-object fields, no property store grown key by key:
    // about a third less work and garbage than assigning to `{}`). Zod writes an optional key
    // only when present, so a record's literal depends on which optional keys it has: one
    // builder per combination met, compiled on first sight (`b`).
    const optional: string[] = []
    const fields: { readonly key: string; readonly local: string; readonly bit?: number }[] = []
    keys.forEach((key, i) => {
      if (key === '__proto__') throw new UnsupportedSchema('__proto__ key')
      const field = shape[key]!
      const k = JSON.stringify(key)
      const read = IDENTIFIER.test(key) ? `v.${key}` : `v[${k}]`
      const x = `x${i}`
      const { optin, optout } = field._zod
      const type = field._zod.def.type
      // Zod's object parse: a required key must be present; an optional one is copied when
      // present; a defaulted one is always written (its default when absent).
      if (type === 'optional' && optin === 'optional' && optout === 'optional') {
        const bit = optional.length
        if (bit >= 30) throw new UnsupportedSchema('more than 30 optional keys')
        optional.push(key)
        fields.push({ key, local: x, bit })
        lines.push(`let ${x} = ${read}`, `if (${x} !== undefined) { ${x} = ${this.fn(field)}(${x}); if (${x} === FAIL) return FAIL; n++ } else if (${k} in v) return FAIL`)
      } else if (type === 'default' && optin === 'defaulted' && optout === undefined) {
        fields.push({ key, local: x })
        lines.push(`let ${x} = ${read}`, `if (${x} !== undefined) n++; else if (${k} in v) return FAIL`, `${x} = ${this.fn(field)}(${x})`, `if (${x} === FAIL) return FAIL`)
      } else if (optin === undefined && optout === undefined) {
        fields.push({ key, local: x })
        lines.push(`let ${x} = ${read}`, `if (${x} === undefined) return FAIL`, `${x} = ${this.fn(field)}(${x})`, `if (${x} === FAIL) return FAIL`, 'n++')
      } else {
        throw new UnsupportedSchema(`optionality of ${key}`)
      }
    })
    if (optional.length === 0) {
      lines.push(`const o = { ${fields.map((f) => `${JSON.stringify(f.key)}: ${f.local}`).join(', ')} }`)
    } else {
      const present = fields.filter((f) => f.bit !== undefined).map((f) => `(${f.local} !== undefined ? ${1 << f.bit!} : 0)`).join(' | ')
      const builders = this.constant(new Map<number, unknown>())
      const layout = this.constant(fields.map((f) => [f.key, f.bit ?? -1] as const))
      lines.push(`const p = ${present}`, `const o = (${builders}.get(p) ?? b(${builders}, ${layout}, p))(${fields.map((f) => f.local).join(', ')})`)
    }
    if (strict) lines.push('let m = 0', 'for (const key in v) m++', 'if (m !== n) return FAIL')
    lines.push('v = o', this.checks(schema, 'other'))
    if (keys.includes('assertedBy')) lines.push(`h.claim(v, ${root})`)
    if (keys.includes('evidence')) lines.push('if (Array.isArray(v.evidence)) h.evidence(v.evidence)')
    lines.push('return Object.freeze(v)')
    return lines.join('\n')
  }

  build(roots: readonly (readonly [RecordKind, ZodLike])[], hooks: CopyHooks): CompiledParsers {
    const names = roots.map(([kind, schema]) => [kind, this.fn(schema, true)] as const)
    const source = `${this.functions.join('\n')}\nreturn { ${names.map(([kind, name]) => `${JSON.stringify(kind)}: ${name}`).join(', ')} }`
    // Compiled once per process: closures made afresh on every call would start cold each time.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const factory = new Function('k', 'FAIL', 'runCheck', 'h', 'm', 'b', source) as (k: unknown[], fail: typeof FAIL, run: typeof runCheck, h: CopyHooks, m: Set<unknown>[], b: typeof literalBuilder) => Record<RecordKind, RecordParser>
    const memos = Array.from({ length: this.memos }, () => new Set<unknown>())
    return { parsers: factory(this.constants, FAIL, runCheck, hooks, memos, literalBuilder), forget: () => memos.forEach((memo) => memo.clear()) }
  }
}

/** The compiled parsers, and `forget`, which empties the strings they remember (call it after each dataset). @internal */
export interface CompiledParsers {
  readonly parsers: Readonly<Record<RecordKind, RecordParser>>
  readonly forget: () => void
}

/** A deep copy of a default value, frozen (Zod returns a shallow copy; JSON-like values only). */
function deepFreezeCopy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.length === 0 ? EMPTY : Object.freeze(value.map(deepFreezeCopy))
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) out[key] = deepFreezeCopy((value as Record<string, unknown>)[key])
  return Object.freeze(out)
}

/**
 * Compiles a parser per record kind from the record schemas, calling `hooks` as they copy. Throws {@link UnsupportedSchema}
 * for a construct it does not handle, or whatever `new Function` throws where code generation is
 * not allowed (a Content Security Policy): the caller then uses Zod alone.
 *
 * @internal
 */
export function compileRecordParsers(schemas: Readonly<Record<RecordKind, unknown>>, hooks: CopyHooks): CompiledParsers {
  const compiler = new Compiler()
  return compiler.build((Object.keys(schemas) as RecordKind[]).map((kind) => [kind, schemas[kind] as ZodLike] as const), hooks)
}
