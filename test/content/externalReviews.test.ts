import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { startTestServer, type TestServer } from '../helpers/testServer.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: false } })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

/**
 * Three reviews as Trustpilot's CSV export writes them: its own column names, a quoted text with a
 * comma, doubled quotes and a line break, and a 2-star review (every rating is imported).
 */
const trustpilotCsv = [
  'Review Id,Review Created (UTC),Review Consumer User,Review Title,Review Content,Review Stars,Review Link',
  '6601,2026-03-02 10:15:00,Sam Ortiz,Natural hairline,"Subtle, and nobody notices. The ""shaved look"" is exactly what I wanted.",5,https://www.trustpilot.com/reviews/6601',
  '6602,2026-04-11 08:00:00,Lee K.,Took a while,"Three sessions.\nThe second was sore.",2,https://www.trustpilot.com/reviews/6602',
  '6603,2026-05-20 17:30:00,Ana P.,Great team,Friendly and honest about what SMP can do.,4,https://uk.trustpilot.com/reviews/6603',
].join('\r\n')

const importFile = (
  client: TestServer['admin'],
  text: string,
  name = 'reviews.csv',
  platform = '',
) => {
  const form = new FormData()
  form.append('file', new Blob([text], { type: 'text/csv' }), name)
  if (platform) {
    form.append('platform', platform)
  }
  return fetch(`${server.url}/api/smp-external-reviews/import`, {
    body: form,
    headers: client.headers(),
    method: 'POST',
  }).then(async (response) => ({ body: await response.json(), status: response.status }))
}

const count = async () =>
  (await server.admin.get('/api/smp-external-reviews?limit=0')).body.totalDocs as number

const problemPaths = (body: any) =>
  (body.errors ?? []).flatMap((error: any) =>
    (error.data?.errors ?? []).map(({ path }: { path: string }) => path),
  )

describe('reviews from other platforms, imported with attribution', () => {
  test('a Trustpilot export is stored unedited, attributed, with the link back', async () => {
    const imported = await importFile(server.admin, trustpilotCsv)
    expect(imported).toEqual({ body: { created: 3, skipped: 0, total: 3 }, status: 200 })

    const { body } = await server.anonymous.get('/api/smp-external-reviews?sort=reviewedAt')
    expect(body.docs).toHaveLength(3)
    expect(body.docs[0]).toMatchObject({
      attribution: 'Review from Trustpilot',
      author: 'Sam Ortiz',
      kind: 'review',
      platform: 'trustpilot',
      rating: 5,
      reviewedAt: new Date('2026-03-02 10:15:00').toISOString(),
      text: 'Subtle, and nobody notices. The "shaved look" is exactly what I wanted.',
      title: 'Natural hairline',
      url: 'https://www.trustpilot.com/reviews/6601',
    })
    expect(body.docs[1]).toMatchObject({ rating: 2, text: 'Three sessions.\nThe second was sore.' })
    // Not the clinic's testimonials: no consent, no structured data.
    for (const doc of body.docs) {
      expect(doc).not.toHaveProperty('consent')
      expect(doc).not.toHaveProperty('jsonLd')
    }
    expect((await server.anonymous.get('/api/testimonials?limit=0')).body.totalDocs).toBe(0)
  })

  test('importing the same export again stores nothing new', async () => {
    expect(await importFile(server.admin, trustpilotCsv)).toEqual({
      body: { created: 0, skipped: 3, total: 3 },
      status: 200,
    })
    expect(await count()).toBe(3)
  })

  test('a file with any problem imports nothing and names each row and field', async () => {
    const before = await count()
    const csv = [
      'author,date,rating,text,url',
      'Kim,2026-06-01,5,Great,https://www.trustpilot.com/reviews/7001',
      'Kim,2026-06-02,6,Too many stars,https://www.trustpilot.com/reviews/7002',
      'Jo,2026-06-03,4,Elsewhere,https://example.com/reviews/7003',
      ',2999-01-01,4,,https://www.trustpilot.com/reviews/7004',
      'Kim,2026-06-01,5,Again,https://www.trustpilot.com/reviews/7001',
    ].join('\n')
    const { body, status } = await importFile(server.admin, csv, 'mixed.csv', 'trustpilot')
    expect(status).toBe(400)
    expect(problemPaths(body).sort()).toEqual(
      [
        'rows.2.rating',
        'rows.3.url',
        'rows.4.author',
        'rows.4.reviewedAt',
        'rows.4.text',
        'rows.5.url',
      ].sort(),
    )
    expect(JSON.stringify(body)).toContain('trustpilot.com')
    expect(await count()).toBe(before)
  })

  test('Google keeps only the place id: the link is built from it, and a review text is refused', async () => {
    const place = await server.admin.rest('POST', '/api/smp-external-reviews', {
      kind: 'profile',
      platform: 'google',
      profileId: 'ChIJN1t_tDeuEmsRUsoyG83frY4',
    })
    expect(place.status).toBe(201)
    expect(place.body.doc).toMatchObject({
      attribution: 'Reviews on Google',
      url: 'https://search.google.com/local/reviews?placeid=ChIJN1t_tDeuEmsRUsoyG83frY4',
    })
    const review = await server.admin.rest('POST', '/api/smp-external-reviews', {
      author: 'Pat',
      platform: 'google',
      rating: 5,
      reviewedAt: '2026-01-01T00:00:00.000Z',
      text: 'Copied from Google',
      url: 'https://maps.google.com/review/1',
    })
    expect(review.status).toBe(400)
    expect(problemPaths(review.body)).toEqual(['text'])
    const empty = await server.admin.rest('POST', '/api/smp-external-reviews', {
      author: 'Pat',
      platform: 'google',
      rating: 5,
      reviewedAt: '2026-01-01T00:00:00.000Z',
      url: 'https://maps.google.com/review/2',
    })
    // Said once: the terms, not a missing text.
    expect(problemPaths(empty.body)).toEqual(['text'])
    expect(JSON.stringify(empty.body)).not.toMatch(/Give the review/)
    expect(JSON.stringify(review.body)).toMatch(/Google’s terms do not allow storing/)
  })

  test('a stored review is kept as posted: editing its words is refused with the field', async () => {
    const { body } = await server.admin.get(
      '/api/smp-external-reviews?where[author][equals]=Lee%20K.',
    )
    const id = body.docs[0].id
    const edit = await server.admin.rest('PATCH', `/api/smp-external-reviews/${id}`, {
      rating: 5,
      text: 'Three painless sessions.',
    })
    expect(edit.status).toBe(400)
    expect(problemPaths(edit.body).sort()).toEqual(['rating', 'text'])
    expect((await server.anonymous.get(`/api/smp-external-reviews/${id}`)).body.rating).toBe(2)
  })

  test('visitors read them but cannot import, create, edit or delete', async () => {
    const { body } = await server.anonymous.get('/api/smp-external-reviews?limit=1')
    const id = body.docs[0].id
    expect((await importFile(server.anonymous, trustpilotCsv)).status).toBe(403)
    expect(
      (
        await server.anonymous.rest('POST', '/api/smp-external-reviews', {
          kind: 'profile',
          platform: 'google',
          profileId: 'x',
        })
      ).status,
    ).toBe(403)
    expect(
      (await server.anonymous.rest('PATCH', `/api/smp-external-reviews/${id}`, { title: 'x' }))
        .status,
    ).toBe(403)
    expect((await server.anonymous.rest('DELETE', `/api/smp-external-reviews/${id}`)).status).toBe(
      403,
    )
  })

  test.each([
    ['a platform that is a property of every object', { platform: 'constructor' }, 'platform'],
    ['a link a browser reads as relative', { url: 'https:trustpilot.com/r/noslash' }, 'url'],
    ['a link with one slash', { url: 'https:/trustpilot.com/r/oneslash' }, 'url'],
    ['a link with a user name', { url: 'https://evil.test@trustpilot.com/r/user' }, 'url'],
    ['a link with a password', { url: 'https://user:pw@trustpilot.com/r/pw' }, 'url'],
    ['a link with a port', { url: 'https://trustpilot.com:8443/r/port' }, 'url'],
    ['a plain http link', { url: 'http://trustpilot.com/r/http' }, 'url'],
    ['a link with a tab', { url: 'https://trustpilot.com/r/\ttab' }, 'url'],
    ['a look-alike host', { url: 'https://trustpilot.com.evil.test/r/1' }, 'url'],
    ['a date before any review site', { reviewedAt: '1990-01-01T00:00:00.000Z' }, 'reviewedAt'],
    ['a title longer than 500 characters', { title: 'x'.repeat(501) }, 'title'],
  ])('%s is refused with a 400 naming the field', async (_name, change, path) => {
    const { body, status } = await server.admin.rest('POST', '/api/smp-external-reviews', {
      author: 'Tess',
      platform: 'trustpilot',
      rating: 4,
      reviewedAt: '2026-02-01T00:00:00.000Z',
      text: 'Good.',
      url: 'https://www.trustpilot.com/reviews/probe',
      ...change,
    })
    expect(status).toBe(400)
    expect(problemPaths(body)).toEqual([path])
  })

  test('one review is stored once, however its link is spelled, and cannot be copied', async () => {
    const csv = [
      'author,date,rating,text,url',
      'Noor,2026-06-01,5,Kind staff,https://www.trustpilot.com/reviews/spelled',
    ].join('\n')
    expect((await importFile(server.admin, csv, 'once.csv')).body).toEqual({
      created: 1,
      skipped: 0,
      total: 1,
    })
    for (const url of [
      'https://trustpilot.com/reviews/spelled',
      'https://www.trustpilot.com/reviews/spelled/',
      'https://WWW.TRUSTPILOT.COM/reviews/SPELLED',
      'https://www.trustpilot.com/reviews/spelled#top',
      'https://www.trustpilot.com/reviews/spelled?utm_source=mail',
      'https://www.trustpilot.com/reviews/spelle%64',
      'https://www.trustpilot.com/reviews/spelled%2F',
      'https://www.trustpilot.com/reviews/spelled;x',
      'https://www.trustpilot.com/reviews/spelle%64;%ZZ',
      'https://de.trustpilot.com/reviews/spelled',
    ]) {
      const again = await importFile(
        server.admin,
        `author,date,rating,text,url\nNoor,2026-06-01,5,Kind staff,${url}`,
      )
      expect([url, again.body]).toEqual([url, { created: 0, skipped: 1, total: 1 }])
    }
    const twiceInOneFile = await importFile(
      server.admin,
      'author,date,rating,text,url\nA,2026-06-02,5,x,https://www.trustpilot.com/r/twin\nB,2026-06-02,5,y,https://trustpilot.com/r/twin/',
    )
    expect(problemPaths(twiceInOneFile.body)).toEqual(['rows.2.url'])
    const { body } = await server.admin.get('/api/smp-external-reviews?where[author][equals]=Noor')
    expect(body.docs[0].url).toBe('https://www.trustpilot.com/reviews/spelled')
    const copy = await server.admin.rest(
      'POST',
      `/api/smp-external-reviews/${body.docs[0].id}/duplicate`,
      {},
    )
    expect(copy.status).toBeGreaterThanOrEqual(400)
    expect(copy.status).toBeLessThan(500)
    expect(
      (await server.admin.get('/api/smp-external-reviews?where[author][equals]=Noor')).body
        .totalDocs,
    ).toBe(1)
  })

  test('dates are read as export files write them, and nothing else', async () => {
    const rows = [
      ['2026-03-02 10:15:00', null],
      ['2026-03-02T10:15:00+02:00', null],
      ['3', 'rows.3.reviewedAt'],
      ['2024-02-30', 'rows.4.reviewedAt'],
      ['1/2/2024', 'rows.5.reviewedAt'],
      ['Thursday 2024', 'rows.6.reviewedAt'],
      ['2026-03-02T10:15:00+25:00', 'rows.7.reviewedAt'],
    ] as const
    const csv = [
      'author,date,rating,text,url',
      ...rows.map(
        ([date], index) => `D${index},${date},4,x,https://www.trustpilot.com/r/date-${index}`,
      ),
    ].join('\n')
    const refused = await importFile(server.admin, csv)
    expect(problemPaths(refused.body)).toEqual(rows.flatMap(([, path]) => (path ? [path] : [])))
    const accepted = await importFile(
      server.admin,
      rows.slice(0, 2).length ? csv.split('\n').slice(0, 3).join('\n') : '',
    )
    expect(accepted.body).toMatchObject({ created: 2 })
    const stored = (
      await server.admin.get('/api/smp-external-reviews?where[author][in]=D0,D1&sort=author')
    ).body.docs.map((doc: { reviewedAt: string }) => doc.reviewedAt)
    expect(stored).toEqual(['2026-03-02T10:15:00.000Z', '2026-03-02T08:15:00.000Z'])
  })

  test('a JSON value that is not text or a number refuses the file, naming the review', async () => {
    const form = new FormData()
    const json = JSON.stringify([
      {
        author: { a: 1 },
        date: '2026-03-02',
        rating: 5,
        text: 'x',
        url: 'https://www.trustpilot.com/r/obj',
      },
    ])
    form.append('file', new Blob([json], { type: 'application/json' }), 'reviews.json')
    const response = await fetch(`${server.url}/api/smp-external-reviews/import`, {
      body: form,
      headers: server.admin.headers(),
      method: 'POST',
    })
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(problemPaths(body)).toEqual(['file'])
    expect(JSON.stringify(body)).toContain('Review 1: \\"author\\" must be text or a number')
  })

  test('rows are numbered as a spreadsheet shows them, blank lines included', async () => {
    const csv = [
      'author,date,rating,text,title,url',
      'Row1,2026-01-01,4,x,,https://www.trustpilot.com/r/n1',
      '',
      'Row3,2026-01-01,9,x,,https://www.trustpilot.com/r/n3',
      `Row4,2026-01-01,4,x,${'t'.repeat(600)},https://www.trustpilot.com/r/n4`,
    ].join('\n')
    const { body, status } = await importFile(server.admin, csv)
    expect(status).toBe(400)
    expect(problemPaths(body)).toEqual(['rows.3.rating', 'rows.4.title'])
  })

  test('a Google profile links to the reviews of its own place id, nowhere else', async () => {
    const elsewhere = await server.admin.rest('POST', '/api/smp-external-reviews', {
      kind: 'profile',
      platform: 'google',
      profileId: 'ChIJredirect',
      url: 'https://www.google.com/url?q=https://evil.test/',
    })
    expect(elsewhere.status).toBe(400)
    expect(problemPaths(elsewhere.body)).toEqual(['url'])
  })

  test('an import takes at most 2,000 reviews', async () => {
    const rows = Array.from(
      { length: 2_001 },
      (_, index) => `R${index},2026-01-01,4,x,https://www.trustpilot.com/r/many-${index}`,
    )
    const { body, status } = await importFile(
      server.admin,
      ['author,date,rating,text,url', ...rows].join('\n'),
    )
    expect(status).toBe(400)
    expect(problemPaths(body)).toEqual(['rows'])
  })

  test('the file can be the request body itself, as CSV', async () => {
    const response = await fetch(
      `${server.url}/api/smp-external-reviews/import?platform=trustpilot`,
      {
        body: 'author,date,rating,text,url\nBodhi,2026-02-02,5,Plain body,https://www.trustpilot.com/r/body',
        headers: server.admin.headers({ 'content-type': 'text/csv' }),
        method: 'POST',
      },
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ created: 1, skipped: 0, total: 1 })
  })

  test('an unreadable file or the wrong body answers a 4xx naming it', async () => {
    const unclosed = await importFile(server.admin, 'author,text\n"Kim,unclosed')
    expect(unclosed.status).toBe(400)
    expect(problemPaths(unclosed.body)).toEqual(['file'])
    const notAList = await server.admin.rest('POST', '/api/smp-external-reviews/import', {})
    expect(notAList.status).toBe(400)
    expect(problemPaths(notAList.body)).toEqual(['file'])
    const wrongType = await fetch(`${server.url}/api/smp-external-reviews/import`, {
      body: 'author,text',
      headers: server.admin.headers({ 'content-type': 'text/plain' }),
      method: 'POST',
    })
    expect(wrongType.status).toBe(415)
  })
})

describe('npm run import', () => {
  const run = promisify(execFile)
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'smp-import-'))
  })
  afterAll(async () => {
    await rm(dir, { force: true, recursive: true })
  })

  test('imports a Trustpilot CSV and a Google place id into the database DATABASE_URI names', async () => {
    const file = path.join(dir, 'trustpilot.csv')
    await writeFile(file, trustpilotCsv)
    const env = {
      ...process.env,
      DATABASE_URI: `file:${path.join(dir, 'clinic.db')}`,
      LOG_LEVEL: 'info',
      UPLOADS_DIR: path.join(dir, 'uploads'),
    }
    const csv = await run('npm', ['run', 'import', '--', file], { cwd: process.cwd(), env })
    expect(csv.stdout + csv.stderr).toContain('Import finished: 3 stored, 0 already there, of 3.')
    const place = await run('npm', ['run', 'import', '--', '--google-place', 'ChIJplace'], {
      cwd: process.cwd(),
      env,
    })
    expect(place.stdout + place.stderr).toContain('Import finished: 1 stored')

    await writeFile(file, 'author,rating,text,url\nKim,9,x,https://www.trustpilot.com/r/1\n')
    const refused = await run('npm', ['run', 'import', '--', file], { cwd: process.cwd(), env })
      .then(() => null)
      .catch((error: { code: number; stdout: string; stderr: string }) => error)
    expect(refused?.code).toBe(1)
    expect(`${refused?.stdout}${refused?.stderr}`).toMatch(
      /Nothing was imported[\s\S]*rows\.1\.rating/,
    )
  }, 180_000)
})
