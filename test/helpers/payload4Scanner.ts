import ts from 'typescript'

/**
 * Finds, in TypeScript source, what Payload 4 removes or changes (its 3.0 to 4.0 migration guide)
 * and what Payload 3 code must therefore spell out. Each finding names the rule and the line.
 */
export type Finding = { line: number; rule: string; text: string }

// Local API operations returning documents: Payload 4 lowers their default depth from 2 to 1.
const withDepth = new Set([
  'create',
  'delete',
  'duplicate',
  'find',
  'findByID',
  'findGlobal',
  'findVersionByID',
  'findVersions',
  'restoreVersion',
  'update',
  'updateGlobal',
])
// Local API operations whose `overrideAccess` default turns from true to false in Payload 4.
const withAccess = new Set([...withDepth, 'count', 'countVersions', 'findDistinct'])
const jobOperations = new Set(['cancel', 'cancelByID', 'queue', 'run', 'runByID'])
const removedImports = [
  /^@payloadcms\/next\/(client|rsc|templates|utilities|views)(\/|\.js$|$)/,
  /^next\/(navigation|link)(\.js)?$/,
  /^next\/dist\/(client|shared\/lib)\/(components\/)?(navigation|link)/,
]
// Payload's own header on this module: not public API, may change without a major version.
const privateImports = [/^payload\/internal(\/|\.js$|$)/]
const removedIdentifiers = new Set([
  'createLocalReq',
  'slugField',
  'forceSelect',
  'strictDraftTypes',
  'transactionIDPromise',
  'typescriptSchema',
])

const propertyNames = (node: ts.ObjectLiteralExpression) =>
  new Set(
    node.properties
      .map((property) =>
        property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
          ? property.name.text
          : undefined,
      )
      .filter((name): name is string => Boolean(name)),
  )

const literalProperty = (node: ts.ObjectLiteralExpression, name: string) => {
  const found = node.properties.find(
    (property): property is ts.PropertyAssignment =>
      ts.isPropertyAssignment(property) &&
      (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) &&
      property.name.text === name,
  )
  return found && ts.isStringLiteral(found.initializer) ? found.initializer.text : undefined
}

// `payload.find`, `req.payload.find`, `args.req.payload.jobs.queue`: the receiver ends in payload.
const receiverIsPayload = (expression: ts.Expression) =>
  (ts.isIdentifier(expression) && expression.text === 'payload') ||
  (ts.isPropertyAccessExpression(expression) && expression.name.text === 'payload')

/** Scans one file's text. `allow` lists rules the file may break (the compatibility shims). */
export const scanSource = (fileName: string, text: string, allow: string[] = []): Finding[] => {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  )
  const findings: Finding[] = []
  const report = (node: ts.Node, rule: string) => {
    if (!allow.includes(rule)) {
      findings.push({
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        rule,
        text: node.getText().split('\n')[0]!.slice(0, 120),
      })
    }
  }

  const visit = (node: ts.Node) => {
    const imported =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
        ? node.moduleSpecifier.text
        : undefined
    if (imported !== undefined && removedImports.some((pattern) => pattern.test(imported))) {
      report(node, 'removed import')
    }
    if (imported !== undefined && privateImports.some((pattern) => pattern.test(imported))) {
      report(node, 'private Payload API')
    }
    // Admin component paths are strings: `'@payloadcms/next/rsc#Component'`.
    if (
      ts.isStringLiteral(node) &&
      removedImports.some((pattern) => pattern.test(node.text.split('#')[0]!)) &&
      !ts.isImportDeclaration(node.parent) &&
      !ts.isExportDeclaration(node.parent)
    ) {
      report(node, 'removed import')
    }
    if (
      (ts.isIdentifier(node) ||
        (ts.isStringLiteral(node) &&
          ts.isPropertyAssignment(node.parent) &&
          node.parent.name === node)) &&
      removedIdentifiers.has(node.text)
    ) {
      report(node, `removed API ${node.text}`)
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const { expression: receiver, name } = node.expression
      const isLocalApi = receiverIsPayload(receiver) && withAccess.has(name.text)
      const isJobs =
        ts.isPropertyAccessExpression(receiver) &&
        receiver.name.text === 'jobs' &&
        receiverIsPayload(receiver.expression) &&
        jobOperations.has(name.text)
      if (isLocalApi || isJobs) {
        let [args] = node.arguments
        while (args && (ts.isAsExpression(args) || ts.isParenthesizedExpression(args))) {
          args = args.expression
        }
        const names = args && ts.isObjectLiteralExpression(args) ? propertyNames(args) : undefined
        if (!names) {
          report(node, 'Local API call without an object literal')
        } else {
          if (!names.has('overrideAccess')) {
            report(node, 'Local API call without overrideAccess')
          }
          const depth = ts.isObjectLiteralExpression(args!)
            ? args.properties.find(
                (property): property is ts.PropertyAssignment =>
                  ts.isPropertyAssignment(property) && property.name.getText() === 'depth',
              )
            : undefined
          const depthUnset = depth !== undefined && depth.initializer.getText() === 'undefined'
          if (isLocalApi && withDepth.has(name.text) && (!names.has('depth') || depthUnset)) {
            report(node, 'Local API call without depth')
          }
        }
      }
    }
    if (ts.isObjectLiteralExpression(node)) {
      const type = literalProperty(node, 'type')
      const names = propertyNames(node)
      if (
        (type === 'relationship' || type === 'upload') &&
        (names.has('min') || names.has('max'))
      ) {
        report(node, 'min/max on a relationship field')
      }
      // A task: `slug` and `handler`. Payload 4 drops the `state` a handler could return.
      const handler = node.properties.find(
        (property) =>
          (ts.isPropertyAssignment(property) || ts.isMethodDeclaration(property)) &&
          property.name.getText() === 'handler',
      )
      if (handler && names.has('slug')) {
        const hasState = (value: ts.Expression | undefined): boolean => {
          while (value && ts.isParenthesizedExpression(value)) {
            value = value.expression
          }
          return (
            value !== undefined &&
            ts.isObjectLiteralExpression(value) &&
            propertyNames(value).has('state')
          )
        }
        const returnsState = (inner: ts.Node): boolean =>
          (ts.isReturnStatement(inner) && hasState(inner.expression)) ||
          (ts.isArrowFunction(inner) && !ts.isBlock(inner.body) && hasState(inner.body)) ||
          ts.forEachChild(inner, (child) => (returnsState(child) ? true : undefined)) === true
        if (returnsState(handler)) {
          report(handler, 'task handler returning state')
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return findings
}
