import type { CollectionConfig, Config, Field } from 'payload'

import { buildConfig, definePlugin } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { smpClinicPlugin } from '../../src/index.js'

/**
 * Fast checks of what the plugin does to a config, without booting Payload.
 */
const baseConfig = (): Config => ({
  collections: [{ slug: 'users', auth: true, fields: [] }],
  // Never connected: the plugin only transforms the config.
  db: sqliteAdapter({ client: { url: 'file::memory:' } }),
  endpoints: [{ handler: () => Response.json({ ok: true }), method: 'get', path: '/host-health' }],
  onInit: async () => {},
  secret: 'test',
})

const apply = (options: Parameters<typeof smpClinicPlugin>[0] = {}, config = baseConfig()) =>
  smpClinicPlugin(options)(config) as Config & { collections: CollectionConfig[] }

const collection = (config: Config, slug: string) => {
  const found = config.collections?.find((c) => c.slug === slug)
  if (!found) throw new Error(`no collection ${slug}`)
  return found
}

/**
 * Every named field in a collection, with the collection it relates to where it has one.
 */
const fieldsOf = (fields: Field[], prefix = ''): Record<string, string | undefined> =>
  Object.assign(
    {},
    ...fields.map((field): Record<string, string | undefined> => {
      const name = 'name' in field ? `${prefix}${field.name}` : prefix
      if ('fields' in field && field.type !== 'array' && field.type !== 'group') {
        return fieldsOf(field.fields, prefix)
      }
      if (field.type === 'array' || field.type === 'group') {
        return { [name]: undefined, ...fieldsOf(field.fields, `${name}.`) }
      }
      const relationTo = 'relationTo' in field ? String(field.relationTo) : undefined
      return 'name' in field ? { [name]: relationTo } : {}
    }),
  )

const allSlugs = [
  'articles',
  'before-after-galleries',
  'consents',
  'faqs',
  'media',
  'practitioners',
  'testimonials',
  'topics',
]

describe('installing the plugin', () => {
  test('adds every clinic collection, in one admin group, after the host collections', () => {
    const config = apply()
    expect(config.collections[0]!.slug).toBe('users')
    const added = config.collections.slice(1)
    expect(added.map((c) => c.slug).sort()).toEqual(allSlugs)
    expect(new Set(added.map((c) => c.admin?.group))).toEqual(new Set(['Clinic']))
  })

  test('keeps the host config: collections, endpoints and onInit survive, and the input is not mutated', async () => {
    const input = baseConfig()
    const calls: string[] = []
    input.onInit = async () => {
      calls.push('host')
    }
    const frozen = JSON.stringify(input.collections)
    const config = apply({ seed: false }, input)
    expect(JSON.stringify(input.collections)).toBe(frozen)
    expect(input.endpoints).toHaveLength(1)
    expect(config.endpoints?.map((e) => e.path)).toEqual([
      '/host-health',
      '/smp-clinic/seed',
      '/smp-clinic/sitemap',
      '/smp-clinic/sitemap.xml',
      '/smp-clinic/health',
      '/smp-clinic/ready',
      '/smp-clinic/next-change',
      '/smp-clinic/response-cache',
      '/smp-clinic/labels',
      '/smp-clinic/sweep-files',
    ])
    expect(collection(config, 'users')).toBe(input.collections![0])
    // With seeding off the plugin's onInit guards search indexes (there are none here) and hands
    // over to the host's.
    await config.onInit!({ collections: {} } as never)
    expect(calls).toEqual(['host'])
  })

  test('refuses, with a clear message, a host collection that already uses one of its slugs', () => {
    const input = baseConfig()
    input.collections!.push({ slug: 'articles', fields: [] })
    expect(() => apply({}, input)).toThrow(
      /already has a collection "articles".*collections\.<name>\.slug/,
    )
  })

  test('relationships between its collections point at the resolved slugs', () => {
    expect(fieldsOf(collection(apply(), 'articles').fields)).toMatchObject({
      author: 'practitioners',
      heroImage: 'media',
      relatedFaqs: 'faqs',
      topics: 'topics',
    })
  })
})

describe('per-collection options', () => {
  test('a disabled collection is absent, and so is every field that pointed to it', () => {
    const config = apply({ collections: { consents: false, practitioners: false } })
    const slugs = config.collections.map((c) => c.slug)
    expect(slugs).not.toContain('practitioners')
    expect(slugs).not.toContain('consents')
    for (const c of config.collections) {
      const targets = Object.values(fieldsOf(c.fields))
      expect(targets).not.toContain('practitioners')
      expect(targets).not.toContain('consents')
    }
    expect(fieldsOf(collection(config, 'testimonials').fields)).not.toHaveProperty('consent')
  })

  test('a renamed collection keeps its relationships: FAQs point at the new article slug', () => {
    const config = apply({ collections: { articles: { slug: 'posts' } } })
    expect(config.collections.map((c) => c.slug)).toContain('posts')
    expect(fieldsOf(collection(config, 'faqs').fields).relatedArticles).toBe('posts')
  })

  test('overrides: labels and admin merge, access replaces only the operations named, fields extend', () => {
    const readAll = () => true
    const config = apply({
      collections: {
        topics: {
          access: { read: readAll },
          admin: { description: 'Conditions we treat' },
          fields: ({ defaultFields }) => [...defaultFields, { name: 'icon', type: 'text' }],
          labels: { plural: 'Conditions', singular: 'Condition' },
        },
      },
    })
    const topics = collection(config, 'topics')
    expect(topics.labels).toEqual({ plural: 'Conditions', singular: 'Condition' })
    expect(topics.admin).toMatchObject({
      description: 'Conditions we treat',
      group: 'Clinic',
      useAsTitle: 'name',
    })
    expect(topics.access?.read).toBe(readAll)
    expect(typeof topics.access?.create).toBe('function')
    expect(Object.keys(fieldsOf(topics.fields))).toEqual(
      expect.arrayContaining(['name', 'slug', 'icon']),
    )
  })

  test("the plugin's hooks run before the host's on the same event", () => {
    const hostHook = () => ({})
    const config = apply({ collections: { testimonials: { hooks: { beforeChange: [hostHook] } } } })
    const hooks = collection(config, 'testimonials').hooks!.beforeChange!
    expect(hooks.length).toBeGreaterThan(1)
    expect(hooks.at(-1)).toBe(hostHook)
  })
})

describe('media', () => {
  const withImages = () => {
    const input = baseConfig()
    input.collections!.push({
      slug: 'images',
      access: { read: () => true },
      fields: [{ name: 'alt', type: 'text' }],
      upload: true,
    })
    return input
  }

  test("a host's own upload collection is used instead of adding one, and gains the privacy fields", () => {
    const config = apply({ media: 'images' }, withImages())
    expect(config.collections.map((c) => c.slug)).not.toContain('media')
    const pairs = fieldsOf(collection(config, 'before-after-galleries').fields)
    expect(pairs['pairs.before']).toBe('images')
    expect(fieldsOf(collection(config, 'images').fields)).toHaveProperty('publicUntil')
    expect(fieldsOf(collection(config, 'images').fields)).toHaveProperty('alwaysPublic')
  })

  test('naming a media collection that does not exist is refused', () => {
    expect(() => apply({ media: 'pictures' })).toThrow(/no collection with that slug/)
  })
})

describe('localization', () => {
  const localized = (options: Parameters<typeof smpClinicPlugin>[0]) => {
    const config = apply(options)
    const title = collection(config, 'articles').fields.find(
      (field) => 'name' in field && field.name === 'title',
    )
    return (title as { localized?: boolean }).localized
  }

  test('editorial text is translatable by default, and can be kept single-language', () => {
    expect(localized({})).toBe(true)
    expect(localized({ localize: false })).toBe(false)
  })
})

describe('disabled: true', () => {
  test('keeps every collection and field, so the database schema does not change', () => {
    const enabled = apply()
    const disabled = apply({ disabled: true })
    const shape = (config: Config) =>
      config.collections!.map((c) => [c.slug, Object.keys(fieldsOf(c.fields)).sort()])
    expect(shape(disabled)).toEqual(shape(enabled))
  })

  test('adds no endpoints, and its onInit only guards search indexes before the host’s', async () => {
    const input = baseConfig()
    const calls: string[] = []
    input.onInit = async () => {
      calls.push('host')
    }
    const config = apply({ disabled: true, seed: 'onInit' }, input)
    expect(config.endpoints).toBe(input.endpoints)
    // Privacy stays on when disabled: no seeding, no poller, but indexes are still guarded.
    await config.onInit!({ collections: {} } as never)
    expect(calls).toEqual(['host'])
  })
})

describe('the admin panel', () => {
  const dashboardPanel = 'payload-plugin-smp-clinic/rsc#ClinicDashboard'

  test("the clinic panel joins the host's dashboard components instead of replacing them", () => {
    const input = baseConfig()
    input.admin = { components: { beforeDashboard: ['./host/Welcome#Welcome'] } }
    const config = apply({}, input)
    expect(config.admin?.components?.beforeDashboard).toEqual([
      './host/Welcome#Welcome',
      dashboardPanel,
    ])
    expect(
      apply({ admin: { dashboard: false } }).admin?.components?.beforeDashboard,
    ).toBeUndefined()
  })

  test('consent state and sample columns, and the gallery comparison, come from the client export', () => {
    const config = apply()
    const flatten = (fields: Field[]): Field[] =>
      fields.flatMap((field) => ('fields' in field ? [field, ...flatten(field.fields)] : [field]))
    const components = (slug: string, name: string) =>
      (
        flatten(collection(config, slug).fields).find(
          (field) => 'name' in field && field.name === name,
        )?.admin as { components?: unknown }
      )?.components
    expect(components('testimonials', 'consentState')).toEqual({
      Cell: 'payload-plugin-smp-clinic/client#ConsentStateCell',
      Field: 'payload-plugin-smp-clinic/client#ConsentStateField',
    })
    expect(components('before-after-galleries', 'isSample')).toEqual({
      Cell: 'payload-plugin-smp-clinic/client#SampleCell',
    })
    expect(components('before-after-galleries', 'comparison')).toEqual({
      Field: {
        clientProps: { mediaSlug: 'media' },
        path: 'payload-plugin-smp-clinic/client#BeforeAfterComparison',
      },
    })
  })

  test('live preview is off by default and fills the URL template of each collection given one', () => {
    expect(collection(apply(), 'articles').admin?.livePreview).toBeUndefined()
    const config = apply({
      admin: {
        livePreview: {
          breakpoints: [{ name: 'phone', height: 800, label: 'Phone', width: 390 }],
          urls: {
            articles: 'https://clinic.example/{locale}/articles/{slug}?preview=1',
            beforeAfterGalleries: 'https://clinic.example/results/{id}',
          },
        },
      },
    })
    const url = (slug: string, data: Record<string, unknown>) => {
      const fill = collection(config, slug).admin?.livePreview?.url as (args: never) => unknown
      return fill({ data, locale: { code: 'fr', label: 'Français' } } as never)
    }
    expect(url('articles', { id: 4, slug: 'é clair' })).toBe(
      'https://clinic.example/fr/articles/%C3%A9%20clair?preview=1',
    )
    expect(url('articles', { title: 'Not saved yet' })).toBeNull()
    expect(url('before-after-galleries', { id: 7 })).toBe('https://clinic.example/results/7')
    expect(collection(config, 'articles').admin?.livePreview?.breakpoints).toHaveLength(1)
    expect(collection(config, 'practitioners').admin?.livePreview).toBeUndefined()
    expect(collection(config, 'faqs').admin?.livePreview).toBeUndefined()
  })
})

describe('SEO fields defer to @payloadcms/plugin-seo', () => {
  // Stand-ins that change the config as plugin-seo does (a `meta` group appended to the listed
  // collections); the real plugin, published at another Payload version, runs in the consumer app.
  const seoGroup: Field = { name: 'meta', type: 'group', fields: [{ name: 'title', type: 'text' }] }
  const addMeta = (config: Config, slugs: string[]): Config => ({
    ...config,
    collections: config.collections?.map((c) =>
      slugs.includes(c.slug) ? { ...c, fields: [...c.fields, seoGroup] } : c,
    ),
  })
  const definedSeo = definePlugin<{ collections: string[] }>({
    slug: '@payloadcms/plugin-seo',
    plugin: ({ collections, config }) => addMeta(config, collections),
  })
  // Payload 3's plugin-seo is a plain closure: recognised by what it does to a config.
  const closureSeo =
    (pluginConfig: { collections: string[] }) =>
    (config: Config): Config => ({
      ...addMeta(config, pluginConfig.collections),
      endpoints: [
        ...(config.endpoints ?? []),
        { handler: () => Response.json({}), method: 'post', path: '/plugin-seo/generate-title' },
      ],
    })
  const metaOwners = async (plugins: Config['plugins']) => {
    const built = (await buildConfig({ ...baseConfig(), plugins })) as unknown as Config
    return Object.fromEntries(
      ['articles', 'practitioners', 'before-after-galleries'].map((slug) => [
        slug,
        collection(built, slug).fields.filter((f) => 'name' in f && f.name === 'meta').length,
      ]),
    )
  }

  test.each([
    ['made with definePlugin', () => definedSeo({ collections: ['articles'] })],
    ['as a closure', () => closureSeo({ collections: ['articles'] })],
  ])(
    'plugin-seo %s after the clinic plugin gets the collections it lists; ours the rest',
    async (_name, seo) => {
      expect(await metaOwners([smpClinicPlugin(), seo()])).toEqual({
        articles: 1,
        'before-after-galleries': 1,
        practitioners: 1,
      })
      const built = (await buildConfig({
        ...baseConfig(),
        plugins: [smpClinicPlugin(), seo()],
      })) as unknown as Config
      const articleMeta = collection(built, 'articles').fields.find(
        (f) => 'name' in f && f.name === 'meta',
      ) as { fields: Field[] }
      expect(articleMeta.fields.map((f) => ('name' in f ? f.name : ''))).toEqual(['title'])
      const practitionerMeta = collection(built, 'practitioners').fields.find(
        (f) => 'name' in f && f.name === 'meta',
      ) as { fields: Field[] }
      expect(practitionerMeta.fields.map((f) => ('name' in f ? f.name : ''))).toEqual([
        'title',
        'description',
        'image',
        'canonical',
      ])
    },
  )

  test('any later plugin that adds its own `meta` is recognised by doing it; one that adds none, or fails on a bare config, changes nothing', async () => {
    const ownMeta = (config: Config): Config => addMeta(config, ['practitioners'])
    const picky = (config: Config): Config => {
      if (!config.collections?.some((c) => c.slug === 'users')) {
        throw new Error('needs a users collection')
      }
      return addMeta(config, ['articles'])
    }
    const bystander = (config: Config): Config => ({ ...config, endpoints: config.endpoints })
    expect(await metaOwners([smpClinicPlugin(), ownMeta, bystander])).toEqual({
      articles: 1,
      'before-after-galleries': 1,
      practitioners: 1,
    })
    const built = (await buildConfig({
      ...baseConfig(),
      plugins: [smpClinicPlugin(), ownMeta],
    })) as unknown as Config
    const practitionerMeta = collection(built, 'practitioners').fields.find(
      (f) => 'name' in f && f.name === 'meta',
    ) as { fields: Field[] }
    expect(practitionerMeta.fields.map((f) => ('name' in f ? f.name : ''))).toEqual(['title'])
    // A plugin that cannot be asked is not assumed to add anything (only plugin-seo by name is).
    const config = apply({}, { ...baseConfig(), plugins: [picky] })
    expect(fieldsOf(collection(config, 'articles').fields)).toHaveProperty('meta')
  })

  test('plugin-seo listed before the clinic plugin cannot reach its collections: ours are added', async () => {
    expect(
      await metaOwners([closureSeo({ collections: ['articles'] }), smpClinicPlugin()]),
    ).toEqual({ articles: 1, 'before-after-galleries': 1, practitioners: 1 })
  })

  test('site.seoFields false adds none', () => {
    const config = apply({ site: { seoFields: false } })
    expect(fieldsOf(collection(config, 'articles').fields)).not.toHaveProperty('meta')
    expect(fieldsOf(collection(config, 'articles').fields)).toHaveProperty('jsonLd')
  })

  test('site options are checked: URLs absolute, paths rooted', () => {
    expect(() => apply({ site: { url: 'www.example.com' } })).toThrow(/site\.url.*absolute/)
    expect(() => apply({ site: { paths: { articles: 'articles/{slug}' } } })).toThrow(
      /site\.paths\.articles.*start with \//,
    )
  })
})

describe('image formats', () => {
  test('WebP twins by default; AVIF on request, refused when sharp cannot write it', () => {
    const names = (config: Config) =>
      (collection(config, 'media').upload as { imageSizes: { name: string }[] }).imageSizes.map(
        (size) => size.name,
      )
    expect(names(apply())).toContain('card480Webp')
    expect(names(apply()).some((name) => name.endsWith('Avif'))).toBe(false)
    expect(names(apply({ uploads: { formats: ['webp', 'avif'] } }))).toContain('square1600Avif')
    const noAvif = { format: { heif: { output: { buffer: false } } } } as unknown as Config['sharp']
    expect(() =>
      apply({ uploads: { formats: ['avif'] } }, { ...baseConfig(), sharp: noAvif }),
    ).toThrow(/cannot write AVIF/)
    expect(() => apply({ uploads: { formats: ['gif' as never] } })).toThrow(/not one of avif, webp/)
  })
})
