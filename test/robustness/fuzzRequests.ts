import type { FlattenedField, Payload } from 'payload'

import { stringify } from 'qs-esm'

import { placeholderPng } from '../../src/internal.js'
import { consentRecord } from '../helpers/fixtures.js'
import { gifHeader } from '../helpers/gifHeader.js'
import { pngHeader } from '../helpers/pngHeader.js'
import { richText } from '../helpers/richText.js'
import { deepJson, hostileSegments, hostileValues } from './hostileValues.js'
import { type Random } from './random.js'

export type FuzzRequest = {
  /**
   * Send the editor's token.
   */
  asEditor: boolean
  body?: BodyInit
  headers?: Record<string, string>
  /**
   * What kind of mistake the request makes, for the report.
   */
  kind: string
  method: string
  path: string
}

/**
 * What the fuzzer knows about the running app: each collection's slug and field paths, the ids
 * it created, and images and a consent to build valid documents with.
 */
export type FuzzWorld = {
  collections: { fieldPaths: string[]; slug: string; upload: boolean }[]
  consentId: number | string
  created: Map<string, Set<number | string>>
  imageIds: (number | string)[]
}

const plural: Record<string, string> = {
  articles: 'Articles',
  'before-after-galleries': 'BeforeAfterGalleries',
  consents: 'Consents',
  faqs: 'Faqs',
  media: 'AllMedia',
  practitioners: 'Practitioners',
  testimonials: 'Testimonials',
  topics: 'Topics',
  users: 'Users',
}

const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'less_than_equal',
  'like',
  'contains',
  'near',
  'within',
  'bogus',
]

const fieldPathsOf = (fields: FlattenedField[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    if (field.type === 'group' || field.type === 'tab') {
      return [path, ...fieldPathsOf(field.flattenedFields, `${path}.`)]
    }
    if (field.type === 'array') {
      return [path, ...fieldPathsOf(field.flattenedFields, `${path}.0.`)]
    }
    return [path]
  })

export const describeCollections = (payload: Payload): FuzzWorld['collections'] =>
  payload.config.collections.map((collection) => ({
    fieldPaths: fieldPathsOf(collection.flattenedFields),
    slug: collection.slug,
    upload: Boolean(collection.upload),
  }))

const validDocument = (world: FuzzWorld, slug: string, r: Random): Record<string, unknown> => {
  const published = r.chance(0.3)
  const status = published ? { _status: 'published' } : {}
  switch (slug) {
    case 'articles':
      return { ...status, body: richText('Fuzzed body'), title: `Fuzz ${r.int(1e6)}` }
    case 'before-after-galleries':
      return {
        ...status,
        consent: world.consentId,
        pairs: [{ after: r.pick(world.imageIds), angle: 'front', before: r.pick(world.imageIds) }],
        title: `Fuzz gallery ${r.int(1e6)}`,
        treatmentType: 'hairline',
        unretouchedAttestation: true,
      }
    case 'consents':
      return consentRecord()
    case 'faqs':
      return { ...status, answer: richText('An answer'), question: `Fuzz question ${r.int(1e6)}?` }
    case 'practitioners':
      return { ...status, name: `Fuzz practitioner ${r.int(1e6)}` }
    case 'testimonials':
      return {
        ...status,
        clientName: 'F. Z.',
        consent: world.consentId,
        quote: 'It looks natural.',
        rating: 5,
      }
    case 'topics':
      return { name: `Fuzz topic ${r.int(1e6)}` }
    default:
      return {}
  }
}

// A fresh copy each time: writes nest values into one another, and a shared object would end up
// containing itself.
const hostile = (r: Random) => structuredClone(r.pick(hostileValues))

const setPath = (target: Record<string, unknown>, path: string, value: unknown) => {
  const keys = path.split('.')
  let node: Record<string, unknown> = target
  keys.slice(0, -1).forEach((key, index) => {
    const nextIsIndex = /^\d+$/.test(keys[index + 1]!)
    if (!node[key] || typeof node[key] !== 'object') {
      node[key] = nextIsIndex ? [] : {}
    }
    node = node[key] as Record<string, unknown>
  })
  node[keys[keys.length - 1]!] = value
}

const json = (body: unknown) => ({
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
})

const knownId = (world: FuzzWorld, slug: string, r: Random): number | string => {
  const ids = [...(world.created.get(slug) ?? [])]
  return ids.length && r.chance(0.8) ? r.pick(ids) : r.pick(hostileSegments)
}

const contentSlugs = (world: FuzzWorld) =>
  world.collections.filter((each) => !each.slug.startsWith('payload-')).map((each) => each.slug)

const writeWithWrongType = (world: FuzzWorld, r: Random): FuzzRequest => {
  const collection = r.pick(
    world.collections.filter((each) => plural[each.slug] && !each.upload && each.slug !== 'users'),
  )
  const data = validDocument(world, collection.slug, r)
  const fields = r.int(3) + 1
  for (let index = 0; index < fields; index++) {
    setPath(data, r.pick(collection.fieldPaths), hostile(r))
  }
  if (r.chance(0.05)) {
    setPath(data, '_order', r.pick(['😀', 'a0', 'zzz', '', 5, 'A0', 'a00']))
  }
  const update = r.chance(0.35) && world.created.get(collection.slug)?.size
  const draft = r.chance(0.5) ? '?draft=true' : ''
  return {
    asEditor: r.chance(0.9),
    kind: 'wrong types in a write',
    method: update ? 'PATCH' : 'POST',
    path: update
      ? `/api/${collection.slug}/${knownId(world, collection.slug, r)}${draft}`
      : `/api/${collection.slug}${draft}`,
    ...json(data),
  }
}

const randomWhere = (
  world: FuzzWorld,
  slug: string,
  r: Random,
  depth = 0,
): Record<string, unknown> => {
  if (depth < 14 && r.chance(depth > 2 ? 0.6 : 0.2)) {
    return {
      [r.pick(['and', 'or', 'AND', 'Or'])]: [
        randomWhere(world, slug, r, depth + 1),
        randomWhere(world, slug, r, depth + 1),
      ],
    }
  }
  const paths = world.collections.find((each) => each.slug === slug)?.fieldPaths ?? []
  const path = r.pick([
    ...paths,
    'id',
    'author.name',
    'practitioner.galleries.title',
    'consent.subject',
    'nope',
    'body.root',
    '_status',
    'createdAt',
  ])
  const value = r.chance(0.6) ? r.pick(hostileSegments) : hostile(r)
  return { [path]: r.chance(0.1) ? value : { [r.pick(operators)]: value } }
}

const readWithHostileQuery = (world: FuzzWorld, r: Random): FuzzRequest => {
  const slug = r.pick(contentSlugs(world))
  const query: Record<string, unknown> = {}
  if (r.chance(0.7)) query.where = randomWhere(world, slug, r)
  if (r.chance(0.3))
    query.sort = r.pick([
      '-publishedAt',
      'author.name',
      'nope',
      '-',
      'title,-id',
      ...hostileSegments,
    ])
  if (r.chance(0.3))
    query.limit = r.pick(['0', '1', '10000', '10001', '-5', '0.5', '1e20', 'abc', ''])
  if (r.chance(0.3)) query.page = r.pick(['1', '2', '0', '1e20', '1000000', '1000001', 'x'])
  if (r.chance(0.3)) query.depth = r.pick(['0', '1', '2', '10', '100', '101', '-1', 'abc'])
  if (r.chance(0.1)) query.select = r.pick([{ title: 'true' }, 'title', { 'x.y.z': 'true' }])
  if (r.chance(0.1)) query.populate = r.pick([{ practitioners: { name: 'true' } }, 'x'])
  if (r.chance(0.1))
    query.joins = r.pick([
      'false',
      { galleries: { limit: 'abc' } },
      { articles: { sort: 'author.name' } },
      'x',
    ])
  if (r.chance(0.2)) query.draft = r.pick(['true', 'false', 'maybe'])
  if (r.chance(0.1)) query.locale = r.pick(['en', 'xx', '*', '%ff'])
  const search = stringify(query, { encode: r.chance(0.9) })
  const pathKind = r.int(3)
  const path =
    pathKind === 0
      ? `/api/${slug}`
      : pathKind === 1
        ? `/api/${slug}/count`
        : `/api/${slug}/${knownId(world, slug, r)}`
  return {
    asEditor: r.chance(0.4),
    kind: 'hostile query',
    method: 'GET',
    path: `${path}?${search}`,
  }
}

const rawPath = (world: FuzzWorld, r: Random): FuzzRequest => {
  const slug = r.pick(world.collections).slug
  const segment = r.pick(hostileSegments)
  const [method, path] = r.pick([
    ['GET', `/api/${slug}/${segment}`],
    ['GET', `/api/${slug}/versions/${segment}`],
    ['DELETE', `/api/${slug}/${segment}`],
    ['PATCH', `/api/${slug}/${segment}`],
    ['POST', `/api/${slug}/${segment}/duplicate`],
    ['POST', `/api/${slug}/access/${segment}`],
    ['POST', `/api/${slug}/versions/${segment}`],
    ['GET', `/api/media/file/${segment}`],
    ['GET', `/api/consents/file/${segment}`],
    ['GET', `/api/media/file/`],
    ['GET', `/api/${segment}`],
    ['GET', `/api/globals/${segment}`],
    ['GET', `/${segment}`],
    [r.pick(['PUT', 'PROPFIND', 'LOCK', 'PURGE']), `/api/${slug}`],
    ['HEAD', `/api/${slug}`],
    ['OPTIONS', `/api/${slug}/${segment}`],
  ] as const)
  const body = method === 'PATCH' ? json({}) : {}
  return { asEditor: r.chance(0.5), kind: 'malformed path', method, path, ...body }
}

const junkBody = (world: FuzzWorld, r: Random): FuzzRequest => {
  const slug = r.pick(contentSlugs(world))
  const [body, type] = r.pick<[string, string]>([
    ['{bad json', 'application/json'],
    ['null', 'application/json'],
    ['"str"', 'application/json'],
    ['123', 'application/json'],
    ['[]', 'application/json'],
    ['', 'application/json'],
    [`${'['.repeat(5000)}${']'.repeat(5000)}`, 'application/json'],
    [JSON.stringify(deepJson(400)), 'application/json'],
    [JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024) }), 'application/json'],
    ['name=x', 'application/x-www-form-urlencoded'],
    ['<a/>', 'application/xml'],
    ['{"name":"x"}', 'text/plain'],
    ['--x\r\nbroken', 'multipart/form-data; boundary=x'],
  ])
  const override: Record<string, string> = r.chance(0.3)
    ? { 'x-http-method-override': r.pick(['GET', 'DELETE', 'get']) }
    : {}
  const update = r.chance(0.3)
  return {
    asEditor: r.chance(0.7),
    body,
    headers: { 'content-type': type, ...override },
    kind: 'malformed body',
    method: update ? 'PATCH' : 'POST',
    path: update ? `/api/${slug}/${knownId(world, slug, r)}` : `/api/${slug}`,
  }
}

const upload = (world: FuzzWorld, r: Random): FuzzRequest => {
  const [data, type] = r.pick<[Buffer, string]>([
    [placeholderPng({ density: 'dense', height: 48, width: 64 }), 'image/png'],
    [Buffer.from('this is not an image'), 'image/png'],
    [placeholderPng({ density: 'sparse', height: 48, width: 64 }).subarray(0, 40), 'image/png'],
    [pngHeader(65535, 65535), 'image/png'],
    [pngHeader(65535, 2), 'image/png'],
    [pngHeader(20000, 1), 'image/png'],
    [gifHeader(3000, 3000, 8), 'image/gif'],
    [Buffer.alloc(0), 'image/png'],
    [
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'image/svg+xml',
    ],
    [Buffer.from('%PDF-1.4 not really'), 'application/pdf'],
    [Buffer.from('MZ\u0090\u0000'), 'application/octet-stream'],
  ])
  const name = r.pick([
    'photo.png',
    '../../escape.png',
    'a\u0000b.png',
    '%2e%2e.png',
    `${'n'.repeat(300)}.png`,
    'spaced name é.png',
    '.png',
    'con.png',
  ])
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  const fields = r.pick<unknown>([
    { alt: 'Fuzzed image' },
    {},
    { alt: hostile(r) },
    { alt: 'x', alwaysPublic: 'yes' },
  ])
  form.append('_payload', r.chance(0.9) ? JSON.stringify(fields) : '{broken')
  const slug = r.chance(0.8) ? 'media' : 'consents'
  return {
    asEditor: r.chance(0.9),
    body: form,
    kind: 'hostile upload',
    method: 'POST',
    path: `/api/${slug}`,
  }
}

const graphQL = (world: FuzzWorld, r: Random): FuzzRequest => {
  const many = r.pick(Object.values(plural))
  const nest = (depth: number): string =>
    depth === 0 ? 'id' : `id author { id articles { docs { ${nest(depth - 1)} } } }`
  const laughs = Array.from({ length: 16 }, (_, index) =>
    index === 0
      ? 'fragment F0 on Query { Topics { docs { id name } } }'
      : `fragment F${index} on Query { ...F${index - 1} ...F${index - 1} }`,
  ).join(' ')
  const query = r.pick([
    `{ Articles { docs { ${nest(r.int(8) + 1)} } } }`,
    `{ ${Array.from({ length: r.pick([5, 30, 500]) }, (_, i) => `a${i}: Topics(limit: 1) { docs { id } }`).join(' ')} }`,
    `{ ${Array.from({ length: 40 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ')} }`,
    'query ($l: Int = 100000) { Articles(limit: $l) { docs { id } } }',
    'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    `query { ...F15 } ${laughs}`,
    `{ ${many}(limit: ${r.pick(['-1', '0', '100000', '1'])}, page: ${r.pick(['0', '1', '-3', '2147483647'])}) { docs { id } totalDocs } }`,
    `{ ${many}(where: { id: { equals: ${r.pick(['"abc"', '0', '-1', '"1"'])} } }) { docs { id } } }`,
    `{ ${many}(sort: "${r.pick(['author.name', 'nope', '-', '%ff'])}") { docs { id } } }`,
    `{ Article(id: ${r.pick(['"abc"', '0', '-1', '99999999999999999999'])}) { id title } }`,
    'query($l: Int) { Topics(limit: $l) { docs { id } } }',
    `mutation { createTopic(data: { name: ${JSON.stringify(r.pick(['\u0000', '', ' ', 'ok', 'x'.repeat(5000)]))} }) { id } }`,
    'mutation { updateFaq(id: 1, data: { question: "   " }) { id } }',
    `{ ${'{'.repeat(r.pick([10, 3000]))} }`,
    '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }',
    `{ ${'Topics { docs { id } } '.repeat(2000)} }`,
    'syntax error {',
  ])
  const variables = r.pick<unknown>([undefined, { l: 'x' }, { l: 1e20 }, [], 'str'])
  // Queries by GET (the response cache answers them), with persisted-query hashes good and bad.
  if (r.chance(0.3)) {
    const extensions = r.pick<unknown>([
      undefined,
      { persistedQuery: { sha256Hash: 'f'.repeat(64), version: 1 } },
      { persistedQuery: { sha256Hash: r.pick(['', 'zz', 5, null, 'A'.repeat(64)]), version: 1 } },
      { persistedQuery: 'x' },
      '{broken',
    ])
    const search = new URLSearchParams()
    if (r.chance(0.8)) search.set('query', query.slice(0, r.pick([100, 4000])))
    if (variables !== undefined) search.set('variables', JSON.stringify(variables))
    if (extensions !== undefined)
      search.set(
        'extensions',
        typeof extensions === 'string' ? extensions : JSON.stringify(extensions),
      )
    if (r.chance(0.2)) search.set('operationName', r.pick(['', 'Nope', '%00']))
    return {
      asEditor: r.chance(0.2),
      kind: 'GraphQL by GET',
      method: r.pick(['GET', 'GET', 'HEAD']),
      path: `/api/graphql?${search}`,
    }
  }
  return {
    asEditor: r.chance(0.4),
    kind: 'GraphQL',
    method: 'POST',
    path: '/api/graphql',
    ...json({ query, variables }),
  }
}

const endpoints = (world: FuzzWorld, r: Random): FuzzRequest => {
  const [method, path, body] = r.pick<[string, string, unknown]>([
    ['POST', '/api/smp-clinic/seed', undefined],
    ['GET', '/api/users/me', undefined],
    [
      'POST',
      '/api/users/login',
      r.pick([{ email: 5 }, { email: 'x@y.z', password: {} }, null, { email: 'a'.repeat(10_000) }]),
    ],
    ['POST', '/api/users/first-register', { email: 'x', password: '' }],
    ['POST', '/api/users/unlock', { email: [] }],
    ['POST', '/api/users/reset-password', { password: 'x', token: r.pick(hostileSegments) }],
    ['POST', `/api/users/verify/${r.pick(hostileSegments)}`, undefined],
    ['GET', '/api/access', undefined],
    ['GET', `/api/${r.pick(contentSlugs(world))}/versions?limit=${r.pick(['1', 'x'])}`, undefined],
    ['POST', `/api/payload-jobs/run`, undefined],
    ['GET', '/api/payload-preferences/x', undefined],
    [
      'GET',
      `/api/testimonials/selection?${stringify({
        depth: r.pick(['0', '1', '9', '-1', 'x']),
        kind: r.pick(['all', 'featured', 'best-rated', ...hostileSegments]),
        limit: r.pick(['1', '100', '101', '0', '1e2', '']),
        page: r.pick(['1', '2', '0', 'x']),
      })}`,
      undefined,
    ],
    ['GET', '/api/smp-clinic/submission-form', undefined],
    ['POST', '/api/smp-clinic/submissions', r.pick<unknown>([{}, null, { story: 5 }, []])],
    [
      r.pick(['GET', 'POST']),
      `/api/smp-clinic/submissions/${r.pick(['confirm', 'revoke'])}?token=${encodeURIComponent(String(r.pick(hostileSegments)))}`,
      undefined,
    ],
    [
      'POST',
      `/api/smp-external-reviews/import?platform=${r.pick(['trustpilot', 'google', 'x'])}`,
      r.pick<unknown>([
        [],
        { reviews: 'x' },
        [{ author: 5, rating: 'x' }],
        [{ author: 'a', rating: 9, text: 'x', url: 'javascript:alert(1)' }],
        [{ date: '2026-01-01', rating: 4, text: '\u0000', url: 'https://www.trustpilot.com/r/1' }],
      ]),
    ],
  ])
  return {
    asEditor: method === 'POST' && path.startsWith('/api/users/') ? false : r.chance(0.5),
    kind: 'other endpoints',
    method,
    path,
    ...(body === undefined ? {} : json(body)),
  }
}

const deletes = (world: FuzzWorld, r: Random): FuzzRequest => {
  const slug = r.pick(contentSlugs(world).filter((each) => world.created.get(each)?.size))
  if (!slug) {
    return rawPath(world, r)
  }
  const ids = [...world.created.get(slug)!]
  return r.chance(0.5)
    ? {
        asEditor: r.chance(0.8),
        kind: 'delete',
        method: 'DELETE',
        path: `/api/${slug}/${r.pick(ids)}`,
      }
    : {
        asEditor: r.chance(0.8),
        kind: 'bulk update',
        method: 'PATCH',
        path: `/api/${slug}?${stringify({ where: { id: { in: ids.slice(0, 3) } } })}`,
        ...json(
          r.pick<unknown>([{ title: '\u0000' }, { _status: 'published' }, { pairs: 999999 }, {}]),
        ),
      }
}

/**
 * One fuzz request, drawn with the weights of what probes send most: bad writes and queries,
 * then malformed paths and bodies, uploads, GraphQL and the other endpoints.
 */
export const nextFuzzRequest = (world: FuzzWorld, r: Random): FuzzRequest => {
  const roll = r.next()
  if (roll < 0.24) return writeWithWrongType(world, r)
  if (roll < 0.46) return readWithHostileQuery(world, r)
  if (roll < 0.56) return rawPath(world, r)
  if (roll < 0.65) return junkBody(world, r)
  if (roll < 0.73) return upload(world, r)
  if (roll < 0.88) return graphQL(world, r)
  if (roll < 0.94) return endpoints(world, r)
  return deletes(world, r)
}
