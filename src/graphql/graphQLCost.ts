import type {
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  ValueNode,
} from 'graphql'

import { getNamedType, GraphQLError, isInterfaceType, isObjectType, Kind } from 'graphql'

import type { SmpGraphQLLimits } from '../options/types.js'

/**
 * What `limit: 0` or `pagination: false` is counted as: the list is unbounded, so it is charged
 * as a large page.
 */
const unboundedList = 100

type Cost = { aliases: number; deepest: number; documents: number; fields: number }

const literal = (node: undefined | ValueNode, variables: Record<string, unknown>): unknown => {
  if (!node) {
    return undefined
  }
  switch (node.kind) {
    case Kind.INT:
      return Number(node.value)
    case Kind.BOOLEAN:
      return node.value
    case Kind.VARIABLE:
      return variables[node.name.value]
    default:
      return undefined
  }
}

/**
 * How many documents a field returns per parent, read from its `limit` and `pagination`
 * arguments, or 1 for a field that is not a paginated list.
 */
const pageSize = (
  definition: GraphQLField<unknown, unknown> | undefined,
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Record<string, unknown>,
): number => {
  const limitArg = definition?.args.find((arg) => arg.name === 'limit')
  if (!limitArg) {
    return 1
  }
  const given = (name: string) =>
    literal(args.find((arg) => arg.name.value === name)?.value, variables)
  if (given('pagination') === false) {
    return unboundedList
  }
  const limit = given('limit') ?? limitArg.defaultValue ?? 10
  if (typeof limit !== 'number' || !Number.isFinite(limit) || limit < 0) {
    return unboundedList
  }
  return limit === 0 ? unboundedList : limit
}

/**
 * Walks an operation with fragments expanded (a fragment already on the current path is not
 * expanded again: GraphQL's own rule reports the cycle), adding up what the request asks for.
 * Counting stops once a bound is passed.
 */
const measure = (
  context: ValidationContext,
  operation: SelectionSetNode,
  root: GraphQLNamedType | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  limits: SmpGraphQLLimits,
): Cost => {
  const cost: Cost = { aliases: 0, deepest: 0, documents: 0, fields: 0 }
  const open = new Set<string>()
  const typeNamed = (name: string) => context.getSchema().getType(name) ?? undefined

  const walk = (
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType | undefined,
    depth: number,
    multiplier: number,
  ): void => {
    for (const selection of selectionSet.selections) {
      if (cost.fields > limits.maxFields || cost.documents > limits.maxDocuments) {
        return
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value
        const fragment = fragments.get(name)
        if (!fragment || open.has(name)) {
          continue
        }
        open.add(name)
        walk(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value), depth, multiplier)
        open.delete(name)
        continue
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inlineType = selection.typeCondition
          ? typeNamed(selection.typeCondition.name.value)
          : type
        walk(selection.selectionSet, inlineType, depth, multiplier)
        continue
      }
      // Introspection reads the schema, not the database: its nesting is not counted (a client
      // generator's query is deep), but its fields and aliases are, like any others.
      const introspection = depth < 0 || selection.name.value.startsWith('__')
      cost.fields++
      if (selection.alias) {
        cost.aliases++
      }
      if (!introspection) {
        cost.deepest = Math.max(cost.deepest, depth)
      }
      const definition =
        type && (isObjectType(type) || isInterfaceType(type))
          ? type.getFields()[selection.name.value]
          : undefined
      const size = pageSize(definition, selection.arguments ?? [], variables)
      if (size > 1 || definition?.args.some((arg) => arg.name === 'limit')) {
        cost.documents += multiplier * size
      }
      if (selection.selectionSet) {
        walk(
          selection.selectionSet,
          definition ? getNamedType(definition.type) : undefined,
          introspection ? -1 : depth + 1,
          multiplier * size,
        )
      }
    }
  }

  walk(operation, root, 1, 1)
  return cost
}

/**
 * A GraphQL validation rule that refuses, before anything is resolved, a request over any of
 * `limits`: it names the bound, the request's figure and the limit. Each aliased root query runs
 * its own database query, so aliases, fields and documents together bound the work one request
 * can cause.
 */
export const graphQLCostRule =
  (limits: SmpGraphQLLimits, variables: Record<string, unknown> = {}): ValidationRule =>
  (context) => ({
    Document(document) {
      const fragments = new Map<string, FragmentDefinitionNode>()
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) {
          fragments.set(definition.name.value, definition)
        }
      }
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) {
          continue
        }
        const schema = context.getSchema()
        const root =
          definition.operation === 'query'
            ? schema.getQueryType()
            : definition.operation === 'mutation'
              ? schema.getMutationType()
              : schema.getSubscriptionType()
        // A variable left out takes its declared default, which counts like a value sent.
        const values: Record<string, unknown> = {}
        for (const declared of definition.variableDefinitions ?? []) {
          values[declared.variable.name.value] = literal(declared.defaultValue, {})
        }
        Object.assign(values, variables)
        const cost = measure(
          context,
          definition.selectionSet,
          root ?? undefined,
          fragments,
          values,
          limits,
        )

        const over = (
          [
            ['depth', cost.deepest, limits.maxDepth],
            ['aliases', cost.aliases, limits.maxAliases],
            ['fields', cost.fields, limits.maxFields],
            ['documents', cost.documents, limits.maxDocuments],
          ] as const
        ).find(([, figure, limit]) => figure > limit)
        if (over) {
          const [bound, figure, limit] = over
          context.reportError(
            new GraphQLError(
              `The request exceeds the GraphQL ${bound} limit (${limit}): it asks for at least ${figure}. Split it into smaller requests.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', figure, limit, bound } },
            ),
          )
        }
      }
    },
  })
