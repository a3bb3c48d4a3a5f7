import { createConsent, createGallery, createImage, inDays } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { testClock } from '../helpers/testClock.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * JSON-LD, SEO meta fields and the sitemap, read as a visitor over REST and GraphQL: what they
 * name follows the reader's access at the moment of the read, like every other field.
 */
const site = 'https://www.example-clinic.com'
const clock = testClock()
let server: TestServer
let author: { id: number | string; slug: string }

type Node = Record<string, unknown> & { '@id'?: string; '@type'?: string | string[] }

const graphOf = (jsonLd: string): Node[] => {
  expect(jsonLd).not.toMatch(/[<>&\u2028\u2029]/)
  const parsed = JSON.parse(jsonLd)
  expect(parsed['@context']).toBe('https://schema.org')
  return parsed['@graph']
}
const nodeOf = (graph: Node[], type: string) =>
  graph.find((node) => [node['@type']].flat().includes(type))

const publish = async (path: string, data: Record<string, unknown>) => {
  const { body, status } = await server.admin.rest('POST', path, { _status: 'published', ...data })
  if (status !== 201) {
    throw new Error(`${path}: ${status} ${JSON.stringify(body)}`)
  }
  return body.doc
}

beforeAll(async () => {
  server = await startTestServer({
    localization: { defaultLocale: 'en', fallback: true, locales: ['en', 'fr'] },
    plugin: {
      clock: clock.now,
      site: {
        organization: {
          logo: `${site}/logo.png`,
          name: 'Example SMP Clinic',
          sameAs: ['https://www.instagram.com/example-clinic'],
        },
        paths: { articles: '/{locale}/articles/{slug}' },
        url: `${site}/`,
      },
    },
  })
  author = await publish('/api/practitioners', {
    name: 'Dana Lee',
    photo: (await createImage(server.admin, 'Dana')).id,
    specialties: ['hairline'],
    title: 'Lead SMP artist',
  })
})
afterAll(async () => {
  await server?.close()
})

describe('JSON-LD', () => {
  test('an article is a MedicalWebPage about its topics, by its author, with its FAQs', async () => {
    const [topic, faq] = [
      await publish('/api/topics', { name: 'Hairline design' }),
      await publish('/api/faqs', {
        answer: richText('About three sessions.'),
        question: 'How many sessions?',
      }),
    ]
    const reviewer = await publish('/api/practitioners', {
      credentials: 'MD, FAAD',
      name: 'Dr. Sam Okafor',
      title: 'Dermatologist',
    })
    const article = await publish('/api/articles', {
      author: author.id,
      body: richText('Body text.'),
      excerpt: 'What to expect.',
      relatedFaqs: [faq.id],
      reviewedAt: '2026-10-01T00:00:00.000Z',
      reviewedBy: reviewer.id,
      title: 'Your first session',
      topics: [topic.id],
    })
    const { body } = await server.anonymous.get(`/api/articles/${article.id}`)
    const graph = graphOf(body.jsonLd)
    const url = `${site}/en/articles/${article.slug}`
    const page = nodeOf(graph, 'MedicalWebPage')!
    expect(page).toMatchObject({
      '@id': `${url}#webpage`,
      about: [{ '@type': 'Thing', name: 'Hairline design' }],
      description: 'What to expect.',
      inLanguage: 'en',
      lastReviewed: '2026-10-01T00:00:00.000Z',
      mainEntity: { '@id': `${url}#article` },
      publisher: { '@id': `${site}/#organization` },
      reviewedBy: { '@id': `${site}/practitioners/${reviewer.slug}#person` },
      url,
    })
    expect(nodeOf(graph, 'Article')).toMatchObject({
      '@id': `${url}#article`,
      author: { '@id': `${site}/practitioners/${author.slug}#person` },
      headline: 'Your first session',
      mainEntityOfPage: { '@id': `${url}#webpage` },
      publisher: { '@id': `${site}/#organization` },
      url,
    })
    expect(
      graph.find((node) => node['@id'] === `${site}/practitioners/${reviewer.slug}#person`),
    ).toMatchObject({
      hasCredential: [
        { '@type': 'EducationalOccupationalCredential', name: 'MD' },
        { '@type': 'EducationalOccupationalCredential', name: 'FAAD' },
      ],
      name: 'Dr. Sam Okafor',
    })
    expect(nodeOf(graph, 'Person')).toMatchObject({
      '@id': `${site}/practitioners/${author.slug}#person`,
      '@type': 'Person',
      jobTitle: 'Lead SMP artist',
      knowsAbout: ['Hairline'],
      worksFor: { '@id': `${site}/#organization` },
    })
    expect(nodeOf(graph, 'FAQPage')).toEqual({
      '@id': `${url}#faq`,
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          acceptedAnswer: { '@type': 'Answer', text: 'About three sessions.' },
          name: 'How many sessions?',
        },
      ],
    })
    expect(nodeOf(graph, 'MedicalClinic')).toEqual({
      '@id': `${site}/#organization`,
      '@type': 'MedicalClinic',
      image: `${site}/logo.png`,
      logo: `${site}/logo.png`,
      name: 'Example SMP Clinic',
      sameAs: ['https://www.instagram.com/example-clinic'],
      url: `${site}/`,
    })
    // Linked documents are named in the reader's locale, falling back where not translated.
    const translated = await server.admin.rest(
      'PATCH',
      `/api/practitioners/${author.id}?locale=fr`,
      {
        _status: 'published',
        title: 'Artiste SMP principale',
      },
    )
    expect(translated.status).toBe(200)
    const french = await server.anonymous.get(`/api/articles/${article.id}?locale=fr`)
    const frenchGraph = graphOf(french.body.jsonLd)
    expect(nodeOf(frenchGraph, 'MedicalWebPage')!['@id']).toBe(
      `${site}/fr/articles/${article.slug}#webpage`,
    )
    expect(nodeOf(frenchGraph, 'Person')!.jobTitle).toBe('Artiste SMP principale')
    expect(nodeOf(frenchGraph, 'FAQPage')!.mainEntity).toEqual([
      expect.objectContaining({ name: 'How many sessions?' }),
    ])
    const english = await server.anonymous.get(`/api/articles/${article.id}?locale=en`)
    expect(nodeOf(graphOf(english.body.jsonLd), 'Person')!.jobTitle).toBe('Lead SMP artist')
    const noFallback = await server.anonymous.get(
      `/api/articles/${article.id}?locale=fr&fallback-locale=none`,
    )
    expect(nodeOf(graphOf(noFallback.body.jsonLd), 'FAQPage')).toBeUndefined()
    const graphql = await server.anonymous.graphql(
      `{ Article(id: ${JSON.stringify(article.id)}) { jsonLd } }`,
    )
    expect(graphql.body.data.Article.jsonLd).toBe(body.jsonLd)
  })

  test('the clinic as editors keep it in its settings is the MedicalClinic of every page and of the home page', async () => {
    expect((await server.anonymous.rest('POST', '/api/globals/clinic-settings', {})).status).toBe(
      403,
    )
    const refusals: [Record<string, unknown>, string][] = [
      [{ telephone: 'call us' }, 'telephone'],
      [{ address: { addressCountry: 'Canada' } }, 'address.addressCountry'],
      [
        { openingHours: [{ closes: '18:00', days: ['Monday'], opens: '9am' }] },
        'openingHours.0.opens',
      ],
      [{ bookingUrl: 'javascript:alert(1)' }, 'bookingUrl'],
      [{ geo: { latitude: 91, longitude: 0 } }, 'geo.latitude'],
      [{ telephone: '((((((' }, 'telephone'],
      // Values of the wrong type are refused before the database sees them.
      [{ email: ['a@b.co'] }, 'email'],
      [{ bookingUrl: ['https://a.example'] }, 'bookingUrl'],
      [{ sameAs: [{ url: ['https://a.example'] }] }, 'sameAs.0.url'],
      [{ name: ['a'] }, 'name'],
      [{ geo: { latitude: 'abc', longitude: 12 } }, 'geo.latitude'],
    ]
    for (const [data, field] of refusals) {
      const answer = await server.admin.rest('POST', '/api/globals/clinic-settings', data)
      expect([answer.status, answer.body.errors?.[0]?.data?.errors?.[0]?.path]).toEqual([
        400,
        field,
      ])
    }
    const saved = await server.admin.rest('POST', '/api/globals/clinic-settings', {
      address: {
        addressCountry: 'US',
        addressLocality: 'Austin',
        addressRegion: 'TX',
        postalCode: '78701',
        streetAddress: '100 Congress Ave',
      },
      bookingUrl: 'https://www.example-clinic.com/book',
      geo: { latitude: 30.2672, longitude: -97.7431 },
      openingHours: [{ closes: '18:00', days: ['Monday', 'Tuesday'], opens: '09:00' }],
      sameAs: [{ url: 'https://g.page/example-clinic' }],
      telephone: '+1 512 555 0100',
    })
    expect(saved.status).toBe(200)
    try {
      const clinic = {
        '@id': `${site}/#organization`,
        '@type': 'MedicalClinic',
        address: {
          '@type': 'PostalAddress',
          addressCountry: 'US',
          addressLocality: 'Austin',
          addressRegion: 'TX',
          postalCode: '78701',
          streetAddress: '100 Congress Ave',
        },
        geo: { '@type': 'GeoCoordinates', latitude: 30.2672, longitude: -97.7431 },
        image: `${site}/logo.png`,
        logo: `${site}/logo.png`,
        name: 'Example SMP Clinic',
        openingHoursSpecification: [
          {
            '@type': 'OpeningHoursSpecification',
            closes: '18:00',
            dayOfWeek: ['Monday', 'Tuesday'],
            opens: '09:00',
          },
        ],
        potentialAction: {
          '@type': 'ReserveAction',
          target: { '@type': 'EntryPoint', urlTemplate: 'https://www.example-clinic.com/book' },
        },
        sameAs: ['https://g.page/example-clinic', 'https://www.instagram.com/example-clinic'],
        telephone: '+1 512 555 0100',
        url: `${site}/`,
      }
      const practitioner = await server.anonymous.get(`/api/practitioners/${author.id}`)
      expect(nodeOf(graphOf(practitioner.body.jsonLd), 'MedicalClinic')).toEqual(clinic)
      const home = await server.anonymous.get('/api/globals/clinic-settings')
      expect(home.status).toBe(200)
      expect(home.body.telephone).toBe('+1 512 555 0100')
      const homeGraph = graphOf(home.body.jsonLd)
      expect(nodeOf(homeGraph, 'MedicalClinic')).toEqual(clinic)
      expect(nodeOf(homeGraph, 'WebSite')).toEqual({
        '@id': `${site}/#website`,
        '@type': 'WebSite',
        name: 'Example SMP Clinic',
        publisher: { '@id': `${site}/#organization` },
        url: `${site}/`,
      })
      const graphql = await server.anonymous.graphql('{ ClinicSetting { telephone jsonLd } }')
      expect(graphql.body.data.ClinicSetting).toEqual({
        jsonLd: home.body.jsonLd,
        telephone: '+1 512 555 0100',
      })
    } finally {
      await server.admin.rest('POST', '/api/globals/clinic-settings', {
        address: {},
        bookingUrl: null,
        geo: {},
        openingHours: [],
        sameAs: [],
        telephone: null,
      })
    }
  })

  test('text that could close the script tag is escaped, and parses back unchanged', async () => {
    const title = 'A </script><script>alert(1)</script> & <!-- \u2028 test'
    const article = await publish('/api/articles', { body: richText('x'), title })
    const { body } = await server.anonymous.get(`/api/articles/${article.id}`)
    expect(body.jsonLd).not.toContain('</script')
    expect(nodeOf(graphOf(body.jsonLd), 'Article')!.headline).toBe(title)
  })

  test('a draft author, FAQ or topic is not named to visitors; editors see them', async () => {
    const draftAuthor = (
      await server.admin.rest('POST', '/api/practitioners?draft=true', {
        _status: 'draft',
        name: 'Not Yet Public',
      })
    ).body.doc
    const draftFaq = (
      await server.admin.rest('POST', '/api/faqs?draft=true', {
        _status: 'draft',
        answer: richText('Secret answer'),
        question: 'Secret question?',
      })
    ).body.doc
    const article = await publish('/api/articles', {
      author: draftAuthor.id,
      body: richText('x'),
      relatedFaqs: [draftFaq.id],
      title: 'With hidden links',
    })
    const visitor = await server.anonymous.get(`/api/articles/${article.id}`)
    expect(visitor.body.jsonLd).not.toMatch(/Not Yet Public|Secret|FAQPage|"author"/)
    const editor = await server.admin.get(`/api/articles/${article.id}`)
    expect(editor.body.jsonLd).toContain('Not Yet Public')
  })

  test('an article claims a medical review only when an editor recorded who reviewed it, and when', async () => {
    const plain = await publish('/api/articles', {
      author: author.id,
      body: richText('Not reviewed.'),
      title: 'Never reviewed',
    })
    const read = await server.anonymous.get(`/api/articles/${plain.id}`)
    expect(read.body.jsonLd).not.toMatch(/lastReviewed|reviewedBy/)
    const noCredential = await publish('/api/practitioners', { name: 'No Credential Yet' })
    const refusals: [Record<string, unknown>, string][] = [
      [{ reviewedAt: '2026-10-01T00:00:00.000Z' }, 'reviewedBy'],
      [{ reviewedBy: author.id }, 'reviewedAt'],
      [{ reviewedAt: '2026-10-01T00:00:00.000Z', reviewedBy: noCredential.id }, 'reviewedBy'],
    ]
    for (const [data, field] of refusals) {
      const answer = await server.admin.rest('PATCH', `/api/articles/${plain.id}`, data)
      expect([answer.status, answer.body.errors?.[0]?.data?.errors?.[0]?.path]).toEqual([
        400,
        field,
      ])
    }
    // A reviewer visitors cannot see (a draft profile) is not named, and no review is claimed.
    const hidden = (
      await server.admin.rest('POST', '/api/practitioners?draft=true', {
        _status: 'draft',
        credentials: 'MD',
        name: 'Hidden Reviewer',
      })
    ).body.doc
    const reviewed = await server.admin.rest('PATCH', `/api/articles/${plain.id}`, {
      reviewedAt: '2026-10-01T00:00:00.000Z',
      reviewedBy: hidden.id,
    })
    expect(reviewed.status).toBe(200)
    const visitor = await server.anonymous.get(`/api/articles/${plain.id}`)
    expect(visitor.body.jsonLd).not.toMatch(/lastReviewed|reviewedBy|Hidden Reviewer/)
    const editor = await server.admin.get(`/api/articles/${plain.id}`)
    expect(nodeOf(graphOf(editor.body.jsonLd), 'MedicalWebPage')!.lastReviewed).toBe(
      '2026-10-01T00:00:00.000Z',
    )
    // A review dated in the future is refused.
    const future = await server.admin.rest('PATCH', `/api/articles/${plain.id}`, {
      reviewedAt: '2099-12-01T00:00:00.000Z',
    })
    expect([future.status, future.body.errors?.[0]?.data?.errors?.[0]?.path]).toEqual([
      400,
      'reviewedAt',
    ])
    // A reviewer who loses their credentials: the review is no longer claimed, and the article
    // can still be edited.
    const doctor = await publish('/api/practitioners', { credentials: 'MD', name: 'Dr. Lapsed' })
    const byDoctor = await server.admin.rest('PATCH', `/api/articles/${plain.id}`, {
      reviewedAt: '2026-10-02T00:00:00.000Z',
      reviewedBy: doctor.id,
    })
    expect(byDoctor.status).toBe(200)
    const claimed = await server.anonymous.get(`/api/articles/${plain.id}`)
    expect(nodeOf(graphOf(claimed.body.jsonLd), 'MedicalWebPage')!.lastReviewed).toBe(
      '2026-10-02T00:00:00.000Z',
    )
    expect(
      (await server.admin.rest('PATCH', `/api/practitioners/${doctor.id}`, { credentials: '' }))
        .status,
    ).toBe(200)
    const lapsed = await server.anonymous.get(`/api/articles/${plain.id}`)
    expect(lapsed.body.jsonLd).not.toMatch(/lastReviewed|reviewedBy/)
    const edited = await server.admin.rest('PATCH', `/api/articles/${plain.id}`, {
      excerpt: 'Edited after the reviewer lost their credentials.',
    })
    expect(edited.status).toBe(200)
  })

  test('a practitioner is a Person working for the clinic, with the credentials on record, never a business', async () => {
    const { body } = await server.anonymous.get(`/api/practitioners/${author.id}`)
    const graph = graphOf(body.jsonLd)
    expect(nodeOf(graph, 'ProfilePage')!.mainEntity).toEqual({
      '@id': `${site}/practitioners/${author.slug}#person`,
    })
    expect(nodeOf(graph, 'Physician')).toBeUndefined()
    expect(nodeOf(graph, 'Person')!.image).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/media\/file\//)
    const doctor = await publish('/api/practitioners', {
      certifications: [{ issuer: 'SMP Academy', name: 'Master SMP', year: 2019 }],
      languages: ['English', 'Spanish'],
      licensedPhysician: true,
      name: 'Dr. Ray',
    })
    const read = await server.anonymous.get(`/api/practitioners/${doctor.id}`)
    const doctorGraph = graphOf(read.body.jsonLd)
    // schema.org's Physician is a medical business: no node is typed as one.
    expect(JSON.stringify(doctorGraph)).not.toMatch(/"@type":(\[[^\]]*)?"Physician"/)
    expect(nodeOf(doctorGraph, 'Person')).toMatchObject({
      '@type': 'Person',
      hasCredential: [
        { credentialCategory: 'license', name: 'Licensed physician' },
        {
          credentialCategory: 'certificate',
          dateCreated: '2019',
          name: 'Master SMP',
          recognizedBy: { '@type': 'Organization', name: 'SMP Academy' },
        },
      ],
      hasOccupation: { '@type': 'Occupation', name: 'Physician' },
      knowsLanguage: ['English', 'Spanish'],
      worksFor: { '@id': `${site}/#organization` },
    })
  })

  test('a gallery is an ImageGallery of its consented photos, and is gone with its consent', async () => {
    const consent = await createConsent(server.admin, { expiresAt: inDays(5) })
    const gallery = await createGallery(server.admin, {
      _status: 'published',
      consent: consent.id,
      practitioner: author.id,
    })
    const id = gallery.body.doc.id
    const { body } = await server.anonymous.get(`/api/before-after-galleries/${id}`)
    const node = nodeOf(graphOf(body.jsonLd), 'ImageGallery')!
    const urls = (node.image as { contentUrl: string }[]).map((image) => image.contentUrl)
    expect(urls).toEqual([gallery.before.url, gallery.after.url])
    for (const url of urls) {
      expect((await fetch(url)).status).toBe(200)
    }
    expect(node.creator).toEqual({ '@id': `${site}/practitioners/${author.slug}#person` })
    clock.set(consent.expiresAt)
    try {
      expect((await server.anonymous.get(`/api/before-after-galleries/${id}`)).status).toBe(404)
      const list = await server.anonymous.graphql('{ BeforeAfterGalleries { docs { jsonLd } } }')
      expect(JSON.stringify(list.body)).not.toContain(gallery.before.url)
    } finally {
      clock.reset()
    }
  })

  test('every FAQ is a question of the one FAQ page', async () => {
    const { body } = await server.anonymous.get('/api/faqs?limit=3')
    expect(body.docs.length).toBeGreaterThan(1)
    for (const faq of body.docs) {
      const page = nodeOf(graphOf(faq.jsonLd), 'FAQPage')!
      expect(page['@id']).toBe(`${site}/faq#faq`)
      expect(page.mainEntity).toEqual([expect.objectContaining({ name: faq.question })])
    }
  })

  test('no document describes itself with reviews or ratings (the clinic’s own testimonials)', async () => {
    for (const collection of ['articles', 'practitioners', 'before-after-galleries', 'faqs']) {
      const { body } = await server.anonymous.get(`/api/${collection}?limit=100`)
      expect(JSON.stringify(body)).not.toMatch(/Review"|AggregateRating|ratingValue/)
    }
    const testimonial = await server.anonymous.get('/api/testimonials?limit=1')
    expect(testimonial.body.docs[0]?.jsonLd).toBeUndefined()
  })

  test.each(['where[jsonLd][equals]=x', 'where[jsonLd][like]=Person', 'sort=jsonLd'])(
    'articles?%s answers 400, for visitors and editors',
    async (query) => {
      for (const client of [server.anonymous, server.admin]) {
        const { body, status } = await client.get(`/api/articles?${query}`)
        expect([status, body.errors?.[0]?.message]).toEqual([
          400,
          expect.stringContaining('jsonLd'),
        ])
      }
    },
  )

  test('visitors cannot filter through the meta image', async () => {
    const { status } = await server.anonymous.get(
      '/api/articles?where[meta.image.filename][exists]=true',
    )
    expect(status).toBe(400)
  })

  test('GraphQL refuses a filter on jsonLd', async () => {
    const { body } = await server.anonymous.graphql(
      '{ Articles(where: { jsonLd: { equals: "x" } }) { docs { id } } }',
    )
    expect(body.errors?.[0]?.extensions?.statusCode ?? 400).toBe(400)
    expect(body.data?.Articles ?? null).toBeNull()
  })

  test.each([
    ['practitioners', 'select[jsonLd]=true'],
    ['articles', 'select[jsonLd]=true'],
    ['articles', 'select[meta]=true'],
    ['before-after-galleries', 'select[meta][image]=true&select[jsonLd]=true'],
  ])('%s?%s gives the same values as a full read', async (collection, select) => {
    const full = (await server.anonymous.get(`/api/${collection}?depth=0&limit=5`)).body.docs
    const some = (await server.anonymous.get(`/api/${collection}?depth=0&limit=5&${select}`)).body
      .docs
    expect(some.map((doc: { id: unknown }) => doc.id)).toEqual(
      full.map((doc: { id: unknown }) => doc.id),
    )
    expect(some.length).toBeGreaterThan(0)
    some.forEach((doc: Record<string, any>, index: number) => {
      if (select.includes('jsonLd')) expect(doc.jsonLd).toBe(full[index].jsonLd)
      if (select === 'select[meta]=true') expect(doc.meta).toEqual(full[index].meta)
      if (select.includes('[image]')) expect(doc.meta.image).toEqual(full[index].meta.image)
    })
  })

  test('documents populated inside another carry no graph or derived meta of their own', async () => {
    const article = await publish('/api/articles', {
      author: author.id,
      body: richText('x'),
      title: 'Nested author',
    })
    const { body } = await server.anonymous.get(`/api/articles/${article.id}?depth=1`)
    expect(nodeOf(graphOf(body.jsonLd), 'Person')!.name).toBe('Dana Lee')
    expect(body.author.name).toBe('Dana Lee')
    expect(body.author.jsonLd).toBeNull()
    expect(body.author.meta.title).toBeNull()
    const own = await server.anonymous.get(`/api/practitioners/${author.id}`)
    expect(own.body.meta.title).toBe('Dana Lee')
  })

  test('over GraphQL too, only the documents asked for carry a graph, not those linked or joined to them', async () => {
    const faq = await publish('/api/faqs', {
      answer: richText('Yes, with care.'),
      question: 'Can I swim after a session?',
    })
    const article = await publish('/api/articles', {
      author: author.id,
      body: richText('x'),
      relatedFaqs: [faq.id],
      title: 'Linked over GraphQL',
    })
    const id = JSON.stringify(article.id)
    const { body } = await server.anonymous.graphql(
      `{ Article(id: ${id}) { jsonLd relatedFaqs { jsonLd } author { jsonLd
           articles { docs { jsonLd } } } }
         list: Articles(where: { id: { equals: ${id} } }) { items: docs { jsonLd
           faqs: relatedFaqs { jsonLd } } }
         Faqs(limit: 1) { docs { jsonLd } } }`,
    )
    expect(body.errors).toBeUndefined()
    const rest = await server.anonymous.get(`/api/articles/${article.id}`)
    expect(body.data.Article.jsonLd).toBe(rest.body.jsonLd)
    expect(body.data.Article.relatedFaqs).toEqual([{ jsonLd: null }])
    expect(body.data.Article.author.jsonLd).toBeNull()
    expect(body.data.Article.author.articles.docs.length).toBeGreaterThan(0)
    for (const joined of body.data.Article.author.articles.docs) {
      expect(joined.jsonLd).toBeNull()
    }
    expect(body.data.list.items).toEqual([{ faqs: [{ jsonLd: null }], jsonLd: rest.body.jsonLd }])
    expect(graphOf(body.data.Faqs.docs[0].jsonLd).length).toBeGreaterThan(0)
  })

  test('jsonLd cannot be written', async () => {
    const { body, status } = await server.admin.rest('PATCH', `/api/practitioners/${author.id}`, {
      jsonLd: '{"@type":"Review"}',
    })
    expect(status).toBe(200)
    expect(body.doc.jsonLd).not.toContain('Review')
  })
})

describe('SEO meta fields', () => {
  test('empty values follow the content; written ones win; the canonical URL is the page', async () => {
    const hero = await createImage(server.admin, 'Hero')
    const article = await publish('/api/articles', {
      body: richText('The body explains everything about the first session in detail.'),
      excerpt: 'A short excerpt.',
      heroImage: hero.id,
      title: 'Meta defaults',
    })
    const { body } = await server.anonymous.get(`/api/articles/${article.id}?depth=1`)
    expect(body.meta).toMatchObject({
      canonical: `${site}/en/articles/${article.slug}`,
      description: 'A short excerpt.',
      image: { id: hero.id, url: hero.url },
      title: 'Meta defaults',
    })
    const flat = await server.anonymous.get(`/api/articles/${article.id}?depth=0`)
    expect(flat.body.meta.image).toBe(hero.id)
    const written = await server.admin.rest('PATCH', `/api/articles/${article.id}`, {
      meta: { canonical: 'https://elsewhere.example/first', title: 'Written title' },
    })
    expect(written.body.doc.meta).toMatchObject({
      canonical: 'https://elsewhere.example/first',
      description: 'A short excerpt.',
      title: 'Written title',
    })
    const graphql = await server.anonymous.graphql(
      `{ Article(id: ${JSON.stringify(article.id)}) { meta { title description canonical image { url } } } }`,
    )
    expect(graphql.body.data.Article.meta).toEqual({
      canonical: 'https://elsewhere.example/first',
      description: 'A short excerpt.',
      image: { url: hero.url },
      title: 'Written title',
    })
  })

  test.each([
    'javascript:alert(1)',
    'https:evil.example',
    'http:/\\evil.example',
    'https://user:pass@evil.example/',
    `https://clinic.example/${'a'.repeat(2100)}`,
  ])('a canonical URL %s is refused, naming the field', async (canonical) => {
    const { body, status } = await server.admin.rest('PATCH', `/api/practitioners/${author.id}`, {
      meta: { canonical },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0].path).toBe('meta.canonical')
  })

  test('a canonical URL is stored normalized, so it is safe in an attribute', async () => {
    const { body, status } = await server.admin.rest('PATCH', `/api/practitioners/${author.id}`, {
      meta: { canonical: 'HTTPS://Clinic.Example/a "b"<script>' },
    })
    expect(status).toBe(200)
    expect(body.doc.meta.canonical).toBe('https://clinic.example/a%20%22b%22%3Cscript%3E')
    await server.admin.rest('PATCH', `/api/practitioners/${author.id}`, {
      meta: { canonical: null },
    })
  })

  test('a practitioner and a gallery get their title and description from the content, and a client photo is never the sharing image', async () => {
    const practitioner = await server.anonymous.get(`/api/practitioners/${author.id}`)
    expect(practitioner.body.meta).toMatchObject({
      canonical: `${site}/practitioners/${author.slug}`,
      title: 'Dana Lee',
    })
    expect(practitioner.body.meta.image).toEqual(
      expect.objectContaining({ id: practitioner.body.photo.id }),
    )
    const consent = await createConsent(server.admin)
    const gallery = await createGallery(server.admin, {
      _status: 'published',
      consent: consent.id,
    })
    const read = await server.anonymous.get(
      `/api/before-after-galleries/${gallery.body.doc.id}?depth=0`,
    )
    expect(read.body.meta).toMatchObject({
      canonical: `${site}/results/${read.body.slug}`,
      image: null,
      title: read.body.title,
    })
    // Nor an image chosen before it became a client's photo: it is not served, and the page
    // that had chosen it can still be saved.
    const chosen = await createImage(server.admin, 'Chosen first')
    const sharing = await publish('/api/articles', {
      body: richText('x'),
      meta: { image: chosen.id },
      title: 'Sharing image chosen first',
    })
    const sharingRead = async () =>
      (await server.anonymous.get(`/api/articles/${sharing.id}?depth=0`)).body.meta.image
    const consentLater = await createConsent(server.admin)
    const other = await createImage(server.admin, 'Another before')
    const later = await createGallery(server.admin, {
      _status: 'published',
      consent: consentLater.id,
      pairs: [{ after: chosen.id, angle: 'front', before: other.id }],
    })
    expect([later.status, later.body.errors]).toEqual([201, undefined])
    expect(await sharingRead()).toBeNull()
    expect(
      (await server.admin.rest('PATCH', `/api/articles/${sharing.id}`, { excerpt: 'Still saves.' }))
        .status,
    ).toBe(200)
    // Nor through another document that shows it, nor written by an editor.
    const article = await publish('/api/articles', {
      body: richText('x'),
      heroImage: gallery.after.id,
      title: 'A client photo as hero',
    })
    const articleRead = await server.anonymous.get(`/api/articles/${article.id}?depth=0`)
    expect(articleRead.body.heroImage).toBe(gallery.after.id)
    expect(articleRead.body.meta.image).toBeNull()
    const refused = await server.admin.rest('PATCH', `/api/articles/${article.id}`, {
      meta: { image: gallery.after.id },
    })
    expect([refused.status, refused.body.errors?.[0]?.data?.errors?.[0]?.path]).toEqual([
      400,
      'meta.image',
    ])
  })
})

describe('sitemap', () => {
  test('lists every public page with its path, last change and locale alternates, and nothing else', async () => {
    const draft = (
      await server.admin.rest('POST', '/api/articles?draft=true', {
        _status: 'draft',
        body: richText('x'),
        title: 'Draft for the sitemap',
      })
    ).body.doc
    const consent = await createConsent(server.admin, { expiresAt: inDays(3) })
    const gallery = (
      await createGallery(server.admin, { _status: 'published', consent: consent.id })
    ).body.doc
    const { body, status } = await server.admin.get('/api/smp-clinic/sitemap')
    expect(status).toBe(200)
    const paths = body.entries.map((entry: { path: string }) => entry.path)
    const articles = (await server.anonymous.get('/api/articles?limit=0&depth=0')).body.docs
    for (const article of articles) {
      const entry = body.entries.find(
        (e: { collection: string; id: unknown }) =>
          e.id === article.id && e.collection === 'articles',
      )
      expect(entry).toEqual({
        alternates: [
          {
            locale: 'en',
            path: `/en/articles/${article.slug}`,
            url: `${site}/en/articles/${article.slug}`,
          },
          {
            locale: 'fr',
            path: `/fr/articles/${article.slug}`,
            url: `${site}/fr/articles/${article.slug}`,
          },
        ],
        collection: 'articles',
        id: article.id,
        lastModified: article.updatedAt,
        path: `/en/articles/${article.slug}`,
        url: `${site}/en/articles/${article.slug}`,
      })
    }
    expect(paths).not.toContain(`/en/articles/${draft.slug}`)
    expect(paths).toContain(`/results/${gallery.slug}`)
    expect(paths.filter((path: string) => path === '/faq')).toHaveLength(1)
    expect(body.siteUrl).toBe(site)

    clock.set(consent.expiresAt)
    try {
      const later = await server.anonymous.get('/api/smp-clinic/sitemap')
      expect(later.body.entries.map((entry: { path: string }) => entry.path)).not.toContain(
        `/results/${gallery.slug}`,
      )
    } finally {
      clock.reset()
    }
  })

  test('sitemap.xml is a sitemaps.org document with escaped URLs', async () => {
    const response = await fetch(`${server.url}/api/smp-clinic/sitemap.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/xml/)
    const xml = await response.text()
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/,
    )
    expect(xml).toContain(`<loc>${site}/practitioners/${author.slug}</loc>`)
    expect(xml).toMatch(
      /<xhtml:link rel="alternate" hreflang="fr" href="https:\/\/www\.example-clinic\.com\/fr\/articles\//,
    )
    expect(xml).not.toMatch(/&(?!#\d+;)/)
  })
})
