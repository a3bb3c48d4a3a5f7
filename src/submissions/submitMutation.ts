import type { GraphQLExtension, GraphQLInfo, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { receiveSubmission } from './submitEndpoint.js'

type GraphQL = Parameters<GraphQLExtension>[0]

type Answer = {
  errors?: { data?: { errors?: { message: string; path: string }[] }; message: string }[]
  message?: string
}

/**
 * `SubmitStory(input)`: the public form as a GraphQL mutation, for a site that speaks only
 * GraphQL. It takes everything the multipart endpoint takes but the photos (GraphQL carries no
 * files: a story with photos goes to `POST /api/smp-clinic/submissions`), passes the same
 * layers and stores the same way. A refusal is an error whose `extensions` carry the status,
 * each field's problem and, over a rate limit, `retryAfter` in seconds.
 */
export const submitStoryMutation = (
  options: SanitizedSmpClinicOptions,
  graphQL: GraphQL,
  _context: GraphQLInfo,
): Record<string, unknown> => {
  const settings = options.submissions
  if (!settings) {
    return {}
  }
  const { GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType } =
    graphQL
  const text = graphQL.GraphQLString
  const required = <Type extends ConstructorParameters<typeof GraphQLNonNull>[0]>(type: Type) =>
    new GraphQLNonNull(type)
  const texts = new GraphQLList(required(text))
  const name = `${options.graphQL.prefix}SubmitStory`
  const Input = new GraphQLInputObjectType({
    name: `${name}Input`,
    fields: {
      aiAssistance: { type: text },
      challengeResponse: {
        description: 'The challenge provider’s response token, when one is configured.',
        type: text,
      },
      channels: { type: texts },
      email: { type: required(text) },
      expiresAt: { type: text },
      expiryEvent: { type: text },
      faceDisplay: { type: text },
      formToken: { type: required(text) },
      homepage: { description: 'The honeypot: leave it empty.', type: text },
      name: { type: required(text) },
      nameDisplay: { type: text },
      practitioner: { type: graphQL.GraphQLID },
      rating: { type: required(GraphQLInt) },
      signature: { type: required(text) },
      statements: { type: texts },
      story: { type: required(text) },
      treatment: { type: required(text) },
    },
  })
  const Result = new GraphQLObjectType({
    name: `${name}Result`,
    fields: { message: { type: required(text) } },
  })
  return {
    [name]: {
      // Nullable: a document with several submissions answers each, refused or not.
      type: Result,
      args: { input: { type: required(Input) } },
      resolve: async (
        _source: unknown,
        { input }: { input: Record<string, unknown> },
        { req }: { req: PayloadRequest },
      ) => {
        const data = new FormData()
        // The honeypot, empty unless the input fills it.
        data.set('homepage', typeof input.homepage === 'string' ? input.homepage : '')
        for (const [key, value] of Object.entries(input)) {
          const field = key === 'challengeResponse' ? settings.challenge?.field : key
          if (!field || field === 'homepage' || value === null || value === undefined) {
            continue
          }
          for (const each of Array.isArray(value) ? value : [value]) {
            data.append(field, String(each))
          }
        }
        const response = await receiveSubmission(options, settings, req, data)
        const answer = (await response.json()) as Answer
        if (response.ok) {
          return { message: answer.message }
        }
        const retryAfter = response.headers.get('retry-after')
        throw new APIError(
          answer.errors?.[0]?.message ?? response.statusText,
          response.status,
          {
            errors: (answer.errors ?? []).flatMap((error) => error.data?.errors ?? []),
            ...(retryAfter ? { retryAfter: Number(retryAfter) } : {}),
          },
          true,
        )
      },
    },
  }
}
