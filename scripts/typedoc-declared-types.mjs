// @ts-check
/**
 * TypeDoc plugin: a signature whose parameter or return type is written in the source
 * (`getActor(...): Actor | undefined`) is documented as written, so `Actor` is a link to its
 * page. TypeDoc otherwise converts the type TypeScript resolved, and the record types
 * (`DeepReadonly<z.output<...>>`, a mapped type that keeps no name once inside a union or an
 * array) come out as eighty lines of expanded properties.
 */
import { Converter, ReflectionKind } from 'typedoc'
import ts from 'typescript'

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
}
