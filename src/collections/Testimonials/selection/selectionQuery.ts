import type { GraphQLExtension, GraphQLInfo, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../../options/types.js'

import { selectionArgs } from './selectionEndpoint.js'
import { selectionKinds, selectTestimonials } from './selectTestimonials.js'

type GraphQL = Parameters<GraphQLExtension>[0]

/**
 * The GraphQL twin of `GET /api/<testimonials>/selection`: `TestimonialSelection(kind, limit,
 * page)` answers the documents with what the list is. Named after the collection's GraphQL
 * type, so a renamed collection renames it too.
 */
export const selectionQuery = (
  options: SanitizedSmpClinicOptions,
  graphQL: GraphQL,
  context: GraphQLInfo,
): Record<string, unknown> => {
  const collection = context.collections[options.slugs.testimonials ?? '']
  const type = collection?.graphQL?.type
  if (!collection || !type || collection.config.graphQL === false) {
    return {}
  }
  const name = type.name
  const Kind = new graphQL.GraphQLEnumType({
    name: `${name}SelectionKind`,
    values: Object.fromEntries(
      selectionKinds.map((kind) => [kind.replace('-', '_'), { value: kind }]),
    ),
  })
  const Selection = new graphQL.GraphQLObjectType({
    name: `${name}Selection`,
    fields: {
      docs: {
        type: new graphQL.GraphQLNonNull(new graphQL.GraphQLList(new graphQL.GraphQLNonNull(type))),
      },
      hasNextPage: { type: new graphQL.GraphQLNonNull(graphQL.GraphQLBoolean) },
      isSelection: { type: new graphQL.GraphQLNonNull(graphQL.GraphQLBoolean) },
      kind: { type: new graphQL.GraphQLNonNull(Kind) },
      label: { type: new graphQL.GraphQLNonNull(graphQL.GraphQLString) },
      page: { type: new graphQL.GraphQLNonNull(graphQL.GraphQLInt) },
      totalPublished: { type: new graphQL.GraphQLNonNull(graphQL.GraphQLInt) },
    },
  })
  return {
    [`${name}Selection`]: {
      type: new graphQL.GraphQLNonNull(Selection),
      args: {
        kind: { type: Kind, defaultValue: 'all' },
        limit: { type: graphQL.GraphQLInt },
        page: { type: graphQL.GraphQLInt },
      },
      // Documents are read at depth 0: GraphQL resolves each relationship asked for, with the
      // reader's access, as it does for the collection's own queries.
      resolve: async (
        _source: unknown,
        args: { kind?: string; limit?: number; page?: number },
        { req }: { req: PayloadRequest },
      ) =>
        selectTestimonials(options, req, {
          ...selectionArgs(req, { kind: args.kind, limit: args.limit, page: args.page }),
          depth: 0,
        }),
    },
  }
}
