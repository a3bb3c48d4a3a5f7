import type { CollectionConfig, Config } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { en as payloadEnglish } from '@payloadcms/translations/languages/en'
import { fr as payloadFrench } from '@payloadcms/translations/languages/fr'
import { createLocalReq, getLocalI18n, type PayloadRequest } from 'payload'

import { smpClinicPlugin } from '../../src/index.js'
import { translations } from '../../src/internal.js'
import { createGallery, createTestimonial } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

const namespace = 'plugin-smp-clinic'
const english: Record<string, string> = translations.en[namespace]

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1])

/**
 * Strings that read the same in English and in another language: names, and words the two share.
 * Anything else identical to the English is a string someone forgot to translate.
 */
const sameAsEnglish: Record<string, string[]> = {
  es: [
    'tenantWebhookUrl',
    'articleReferenceUrl',
    'deliveryAttemptError',
    'fieldSeo',
    'fieldSlug',
    'galleryHairLossStageLudwig',
    'galleryHairLossStageNorwood',
  ],
  fr: [
    'articleReferenceUrl',
    'articlesPlural',
    'articlesSingular',
    'clinicLatitude',
    'clinicLongitude',
    'consentNotes',
    'consentSubject',
    'dashboardCollection',
    'deliveryCollection',
    'deliveryDocument',
    'externalReviewAttribution',
    'galleryAngle',
    'galleryHairLossStageLudwig',
    'galleryHairLossStageNorwood',
    'mediaSingular',
    'practitionerCertification',
    'practitionerCertifications',
    'practitionerPhoto',
    'tenantWebhookUrl',
    'testimonialProvenance',
    'testimonialSource',
    'topicDescription',
    'faqQuestion',
  ],
}

describe('the language files', () => {
  test.each(Object.keys(translations))(
    '%s has exactly the English keys, each a non-empty string with the same {{placeholders}}',
    (language) => {
      const strings: Record<string, unknown> =
        translations[language as keyof typeof translations][namespace]
      expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort())
      for (const [key, text] of Object.entries(strings)) {
        expect([key, typeof text === 'string' && text.trim() !== '']).toEqual([key, true])
        expect([key, placeholders(text as string).sort()]).toEqual([
          key,
          placeholders(english[key]!).sort(),
        ])
      }
    },
  )

  test.each(Object.keys(sameAsEnglish))(
    '%s leaves nothing in English but the words the languages share',
    (language) => {
      const strings: Record<string, string> =
        translations[language as keyof typeof translations][namespace]
      const identical = Object.keys(strings).filter((key) => strings[key] === english[key])
      expect(identical.sort()).toEqual([...sameAsEnglish[language]!].sort())
    },
  )

  test('French follows Canadian typography: a non-breaking space before a colon and inside « »', () => {
    const french = Object.values(translations.fr[namespace])
    expect(french.filter((text) => / [:»]|« /.test(text))).toEqual([])
    expect(french.filter((text) => text.includes("'"))).toEqual([])
  })
})

/**
 * Fast checks of the merged config, without booting Payload.
 */
const baseConfig = (i18n?: Config['i18n']): Config => ({
  collections: [{ slug: 'users', auth: true, fields: [] }],
  // Never connected: the plugin only transforms the config.
  db: sqliteAdapter({ client: { url: 'file::memory:' } }),
  i18n,
  secret: 'test',
})

const apply = (options: Parameters<typeof smpClinicPlugin>[0], config: Config) =>
  smpClinicPlugin(options)(config) as Config

const clinicStrings = (config: Config, language: string) =>
  (config.i18n?.translations as Record<string, Record<string, Record<string, string>>>)[language]?.[
    namespace
  ]

describe('merging the strings into the config', () => {
  test("the host's i18n.translations beat the i18n option, which beats the plugin's own", () => {
    const config = apply(
      {
        i18n: {
          translations: {
            fr: { [namespace]: { articlesPlural: 'Option', galleriesPlural: 'Galeries (option)' } },
          },
        },
      },
      baseConfig({
        translations: {
          fr: {
            [namespace]: { articlesPlural: 'Chroniques' },
            hostNamespace: { greeting: 'Bonjour' },
          },
        },
      }),
    )
    expect(clinicStrings(config, 'fr')).toMatchObject({
      articlesPlural: 'Chroniques',
      galleriesPlural: 'Galeries (option)',
      topicsPlural: 'Thèmes',
    })
    expect(clinicStrings(config, 'en')!.articlesPlural).toBe('Articles')
    expect(
      (config.i18n?.translations as Record<string, Record<string, unknown>>).fr!.hostNamespace,
    ).toEqual({ greeting: 'Bonjour' })
  })

  test('a language the host offers that the plugin does not ship gets the English words', () => {
    const german = { ...payloadEnglish, translations: {} } as typeof payloadEnglish
    const config = apply({}, baseConfig({ supportedLanguages: { de: german, en: payloadEnglish } }))
    expect(clinicStrings(config, 'de')!.articlesPlural).toBe('Articles')
  })

  test('a misspelt key in the i18n option is refused, naming it', () => {
    expect(() =>
      apply(
        { i18n: { translations: { fr: { [namespace]: { articlePlural: 'Articles' } as never } } } },
        baseConfig(),
      ),
    ).toThrow(/i18n\.translations\.fr: "articlePlural" is not one of the plugin's strings/)
  })

  test.each([
    [
      'a language code',
      'fr',
      /smpClinicPlugin: i18n must be an object such as \{ translations: .*not the text 'fr'/,
    ],
    ['null', null, /smpClinicPlugin: i18n must be an object .*not null/],
    [
      'a misspelt "translations"',
      { translation: { fr: { [namespace]: { articlesPlural: 'Chroniques' } } } },
      /smpClinicPlugin: i18n\."translation" is not an option; the only one is i18n\.translations/,
    ],
    [
      'an empty string',
      { translations: { fr: { [namespace]: { articlesPlural: '' } } } },
      /i18n\.translations\.fr: "articlesPlural" must be a non-empty string/,
    ],
    [
      'a string of spaces',
      { translations: { es: { [namespace]: { articlesPlural: '  ' } } } },
      /i18n\.translations\.es: "articlesPlural" must be a non-empty string/,
    ],
  ])(
    'an i18n option that is %s stops startup with an error saying what is expected',
    (_, i18n, message) => {
      expect(() => apply({ i18n: i18n as never }, baseConfig())).toThrow(message)
    },
  )

  test('the admin group is named in each language the admin offers; a group option is used as given', () => {
    const groups = (config: Config) =>
      new Set(
        (config.collections as CollectionConfig[])
          .filter((collection) => collection.slug !== 'users')
          .map((collection) => JSON.stringify(collection.admin?.group)),
      )
    const offered = baseConfig({ supportedLanguages: { en: payloadEnglish, fr: payloadFrench } })
    expect(groups(apply({}, offered))).toEqual(
      new Set([JSON.stringify({ en: 'Clinic', fr: 'Clinique' })]),
    )
    expect(groups(apply({ group: 'Contenu' }, offered))).toEqual(
      new Set([JSON.stringify('Contenu')]),
    )
    // English alone (Payload's default): nothing to choose between.
    expect(groups(apply({}, baseConfig()))).toEqual(new Set([JSON.stringify('Clinic')]))
  })
})

describe('an editor working in French or Spanish', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer({ plugin: { seed: false } })
  })
  afterAll(async () => {
    await server?.close()
  })

  const send = async (method: string, path: string, json: unknown, headers = {}) => {
    const response = await fetch(new URL(path, server.url), {
      body: JSON.stringify(json),
      headers: server.admin.headers({ 'Content-Type': 'application/json', ...headers }),
      method,
    })
    return { body: await response.json(), status: response.status }
  }

  const fieldErrors = (body: any): { label?: string; message: string; path: string }[] =>
    body.errors?.[0]?.data?.errors ?? []

  const publishDraftGallery = async (headers: Record<string, string>) => {
    const { body, status } = await createGallery(server.admin, { _status: 'draft' }, '?draft=true')
    expect(status).toBe(201)
    return send(
      'PATCH',
      `/api/before-after-galleries/${body.doc.id}`,
      { _status: 'published' },
      headers,
    )
  }

  test('publishing a gallery without consent, asked in French, is refused with a 400 naming the consent field in French', async () => {
    const { body, status } = await publishDraftGallery({ 'Accept-Language': 'fr-CA,fr;q=0.9' })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([
      {
        label: 'Consentement',
        message: translations.fr[namespace].consentBlocksMissing,
        path: 'consent',
      },
    ])
    expect(body.errors[0].message).toMatch(/Consentement$/)
  })

  test('the payload-lng cookie an editor sets on the account page wins over the browser language', async () => {
    const { body, status } = await publishDraftGallery({
      'Accept-Language': 'fr',
      Cookie: 'payload-lng=es',
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)[0]).toMatchObject({
      message: translations.es[namespace].consentBlocksMissing,
      path: 'consent',
    })
  })

  test("a field's own validation answers in French too", async () => {
    const { body, status } = await send(
      'POST',
      '/api/testimonials',
      { clientName: 'T. C.', quote: 'Naturel.', rating: 7 },
      { 'Accept-Language': 'fr' },
    )
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([
      expect.objectContaining({
        message: 'La note doit être un nombre entier d’étoiles, de 1 à 5.',
        path: 'rating',
      }),
    ])
  })

  const french = translations.fr[namespace]

  /**
   * How the plugin's own checks answer a request in French. Over HTTP the dev server's guard
   * (dev/http) refuses a bad limit, a bad `where` and a non-object body before Payload runs;
   * the plugin's checks answer every other caller (the Local API, a host's own server).
   */
  const refusalInFrench = async (run: (req: PayloadRequest) => Promise<unknown>) => {
    const i18n = await getLocalI18n({ config: server.payload.config, language: 'fr' })
    const req = await createLocalReq({ req: { i18n } }, server.payload)
    const error = (await run(req).then(
      () => undefined,
      (failure: unknown) => failure,
    )) as {
      data?: { errors?: { message: string; path: string }[] }
      message: string
      status: number
    }
    expect(error).toBeDefined()
    expect(error.status).toBe(400)
    return error
  }

  test("a limit that is not a number is refused with a 400 in the request's French", async () => {
    const error = await refusalInFrench((req) =>
      server.payload.find({ collection: 'articles', depth: 0, limit: 'abc' as never, req }),
    )
    expect(error.message).toBe('«\u00a0limit\u00a0» doit être un nombre entier d’au moins 0.')
  })

  test("a date filter that is not a date is refused with a 400 in the request's French", async () => {
    const error = await refusalInFrench((req) =>
      server.payload.find({
        collection: 'articles',
        depth: 0,
        req,
        where: { publishedAt: { equals: 'x' } },
      }),
    )
    expect(error.message).toBe(
      `La requête n’est pas valide. publishedAt.equals: ${french.queryExpectedDate}`,
    )
  })

  test("a document sent as a list is refused with a 400 in the request's French", async () => {
    const error = await refusalInFrench((req) =>
      server.payload.create({ collection: 'articles', data: [{ title: 'Liste' }] as never, req }),
    )
    expect(error.data?.errors).toEqual([{ message: french.inputExpectedDocument, path: 'data' }])
  })

  test('a title that is not text, asked in French, is refused with a 400 saying so in French', async () => {
    const { body, status } = await send(
      'POST',
      '/api/articles',
      { title: 5 },
      {
        'Accept-Language': 'fr',
      },
    )
    expect(status).toBe(400)
    expect(fieldErrors(body)).toContainEqual(
      expect.objectContaining({ message: french.inputExpectedText, path: 'title' }),
    )
  })

  test('a visitor asking to seed, in French, is refused with a 403 in French', async () => {
    const response = await fetch(new URL('/api/smp-clinic/seed', server.url), {
      headers: server.anonymous.headers({ 'Accept-Language': 'fr' }),
      method: 'POST',
    })
    expect(response.status).toBe(403)
    expect((await response.json()).errors[0].message).toBe(french.seedEditorsOnly)
  })

  test('a visitor’s malformed filter over HTTP is refused in French, naming the path', async () => {
    const response = await fetch(
      new URL('/api/articles?where[publishedAt][equals]=not-a-date', server.url),
      { headers: server.anonymous.headers({ cookie: 'payload-lng=fr' }) },
    )
    expect(response.status).toBe(400)
    const message: string = (await response.json()).errors[0].message
    expect(message).toContain(french.queryExpectedDate)
    expect(message.startsWith(french.queryNotValid.split('{{')[0]!)).toBe(true)
    expect(message).toContain('publishedAt')
  })

  test('without a language preference the messages are the English ones, word for word', async () => {
    const { body, status } = await createTestimonial(server.admin, { _status: 'published' })
    expect(status).toBe(400)
    expect(fieldErrors(body)[0]).toMatchObject({
      label: 'Consent',
      message:
        'A signed consent is required before this can be published. Attach one in the Consent field.',
      path: 'consent',
    })
  })

  test("labels, descriptions and options resolve in French through Payload's own i18n", async () => {
    const i18n = await getLocalI18n({ config: server.payload.config, language: 'fr' })
    const resolve = (label: unknown) =>
      typeof label === 'function' ? label({ i18n, t: i18n.t }) : label
    const galleries = server.payload.collections['before-after-galleries']!.config
    const field = (name: string) =>
      galleries.flattenedFields.find((candidate) => candidate.name === name) as {
        label?: unknown
        options?: { label: unknown; value: string }[]
      }
    expect(resolve(galleries.labels.plural)).toBe('Galeries avant-après')
    expect(resolve(galleries.admin.description)).toBe(
      translations.fr[namespace].galleriesDescription,
    )
    expect(galleries.admin.group).toEqual({ en: 'Clinic', es: 'Clínica', fr: 'Clinique' })
    expect(resolve(field('consent').label)).toBe('Consentement')
    expect(field('treatmentType').options!.map((option) => resolve(option.label))).toEqual([
      'Ligne frontale',
      'Densité',
      'Camouflage de cicatrice',
      'Camouflage de l’alopécie',
      'Amincissement chez la femme',
      'Autre',
    ])
  })
})
