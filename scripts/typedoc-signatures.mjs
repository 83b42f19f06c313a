// @ts-check
/**
 * TypeDoc plugin (see `typedoc.json`): the API reference shows signatures the way a user reads
 * them. A parameter, return or property type written in the source (`getActor(...): Actor |
 * undefined`) is documented as written, so `Actor` is a link to its page: TypeDoc otherwise
 * converts the type TypeScript resolved, and the record types (`DeepReadonly<z.output<...>>`,
 * a mapped type that keeps no name once inside a union or an array) come out as eighty lines
 * of expanded properties. And of a function's overloads, the one with the `@example` is listed
 * first.
 */
import { Converter, ReflectionKind, TypeScript as ts } from 'typedoc'

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (!declaration || !('parameters' in declaration)) return
    if (declaration.type && !ts.isTypePredicateNode(declaration.type) && declaration.type.kind !== ts.SyntaxKind.ThisType) {
      signature.type = context.converter.convertType(context, declaration.type)
    }
    for (const [i, parameter] of (signature.parameters ?? []).entries()) {
      const node = declaration.parameters[i]
      if (node?.type && parameter.kind === ReflectionKind.Parameter) parameter.type = context.converter.convertType(context, node.type)
    }
  })
  // Overloads: the one a user calls (the shipped dataset, typed ids) carries the `@example` and
  // is listed first. The source order stays as it is: `Parameters<typeof f>` reads the last
  // overload, the typed form, and callers (the tests among them) rely on it.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Function)) {
      if (!('signatures' in reflection) || !reflection.signatures || reflection.signatures.length < 2) continue
      const hasExample = (/** @type {import('typedoc').SignatureReflection} */ s) => (s.comment?.getTag('@example') ? 0 : 1)
      reflection.signatures = [...reflection.signatures].sort((a, b) => hasExample(a) - hasExample(b))
    }
  })
  // Properties of interfaces (`Dataset.actors: readonly Actor[]`) likewise; their type is set
  // after this event, so the swap waits for TypeDoc's deferred conversion step.
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property)) return
    const node = context.getSymbolFromReflection(reflection)?.getDeclarations()?.find((d) => ts.isPropertySignature(d) || ts.isPropertyDeclaration(d))
    if (!node?.type) return
    const type = node.type
    context.converter.deferConversion(() => {
      reflection.type = context.converter.convertType(context.withScope(reflection), type)
    })
  })
}
