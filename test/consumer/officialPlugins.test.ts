import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { article } from '../../src/internal.js'
import { faqs } from '../../src/internal.js'
import { installApp, installedVersion, own, packPlugin, runApp } from './consumerApp.js'

/**
 * Payload's official SEO, search and form-builder plugins are published at 3.90.1 only and
 * require that exact Payload, so this app's whole Payload stack is 3.90.1: the combination an
 * agency meets, installed from the registry and the packed tarball, in both orders in `plugins`.
 */
const official = '3.90.1'
const seeded = [article.title, ...faqs.map((faq) => faq.question)].sort()

let workdir: string
let app: string
beforeAll(() => {
  workdir = mkdtempSync(path.join(tmpdir(), 'smp-clinic-official-'))
  app = installApp({
    dependencies: {
      '@payloadcms/db-sqlite': official,
      '@payloadcms/plugin-form-builder': official,
      '@payloadcms/plugin-search': official,
      '@payloadcms/plugin-seo': official,
      '@payloadcms/richtext-lexical': official,
      graphql: own.devDependencies.graphql,
      payload: official,
    },
    name: 'agency-official-plugins',
    scripts: ['officialPlugins.mjs', 'serveApi.mjs'],
    tarball: packPlugin(workdir),
    workdir,
  })
})
afterAll(() => {
  rmSync(workdir, { force: true, recursive: true })
})

test('the whole Payload stack of the app is 3.90.1', () => {
  for (const name of [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/richtext-lexical',
    '@payloadcms/plugin-seo',
    '@payloadcms/plugin-search',
    '@payloadcms/plugin-form-builder',
    '@payloadcms/ui',
  ]) {
    expect(`${name}@${installedVersion(app, name)}`).toBe(`${name}@${official}`)
  }
})

describe.each([
  ['clinic-first', 'flat'],
  ['official-first', 'flat'],
  ['official-first', 'tabbed'],
])('listed %s, SEO fields %s', (order, layout) => {
  let result: any
  beforeAll(() => {
    result = runApp(app, 'officialPlugins.mjs', [order, layout])
  })

  test('boots with every plugin collection beside the clinic’s', () => {
    expect(result.collections).toEqual(
      expect.arrayContaining([
        'articles',
        'faqs',
        'practitioners',
        'before-after-galleries',
        'consents',
        'search',
        'forms',
        'form-submissions',
      ]),
    )
  })

  test('the seeded article and FAQs are in the search index, and nothing else is', () => {
    expect(result.seededIndex.map((entry: any) => entry.title).sort()).toEqual(seeded)
    expect(new Set(result.seededIndex.map((entry: any) => entry.collection))).toEqual(
      new Set(['articles', 'faqs']),
    )
  })

  test('plugin-seo’s fields save and read back on articles, practitioners and galleries', () => {
    for (const collection of ['articles', 'practitioners', 'before-after-galleries']) {
      expect(result.seo[collection]).toEqual({
        read: {
          description: `${collection} meta title: described for search engines`,
          image: null,
          title: `${collection} meta title`,
        },
        status: 200,
      })
    }
    // The clinic's own meta group gave way: the published article shows plugin-seo's values.
    expect(result.seo.visitorArticle.title).toBe('articles meta title')
    // plugin-seo's endpoints find the clinic's collections whichever plugin is listed first.
    expect(result.seo.generateTitle).toEqual({
      body: { result: `${article.title} | Clinic` },
      status: 200,
    })
  })

  test('drafts, samples and stale entries are never copied into the index or shown by it', () => {
    const { private: seen } = result
    expect(seen.draftStatus).toBe(201)
    expect(seen.publishedStatus).toBe(201)
    // A published FAQ is indexed; taken back to a draft, it leaves the index.
    expect(seen.visibleWhilePublished).toContain('Published, then taken back?')
    expect(seen.indexTitles).not.toContain('Published, then taken back?')
    // The draft and the published sample practitioner never reach the index.
    expect(seen.indexTitles).not.toContain('A draft no visitor may see')
    expect(seen.samplePractitioner).toHaveLength(1)
    expect(seen.indexTitles).not.toContain(seen.samplePractitioner[0])
    // An entry the index still holds for a draft is hidden from visitors on every path.
    expect(seen.indexTitles).toContain('Stale entry')
    expect(seen.visitorEntries.map((entry: any) => entry.title).sort()).toEqual(seeded)
    expect(seen.visitorCount).toBe(seeded.length)
    expect(seen.staleById).toBe(404)
    expect(seen.visitorArticles).toEqual([article.title])
    // A draft of a published FAQ (syncDrafts is on): its words never reach the index.
    expect(seen.afterDraftEdit).not.toContain('SECRET draft wording')
    expect(seen.visitorAfterDraftEdit).not.toContain('SECRET draft wording')
    // Only published articles and FAQs hold entries (and the stale one, pointing at an article).
    expect(seen.indexCollections).toEqual(['articles', 'faqs'])
    // Editors see the whole index.
    expect(seen.editorCount).toBe(seeded.length + 1)
  })

  test('the search index follows a host’s own read rule for a clinic collection', () => {
    const { hostRule } = result
    expect(hostRule.created).toBe(201)
    // The public may not read it, so, like a draft, it never stays in the index: no visitor can
    // find it there, whatever they ask.
    expect(hostRule.editorById).toBe(200)
    expect(hostRule.visitorById).toBe(404)
    expect(hostRule.editorEntries).not.toContain('Members only: what does a touch-up cost?')
    expect(hostRule.visitorEntries).not.toContain('Members only: what does a touch-up cost?')
    expect(hostRule.visitorFaqEntries).not.toContain('Members only: what does a touch-up cost?')
    expect(hostRule.visitorFaqEntries.length).toBeGreaterThan(0)
    expect(hostRule.visitorCount).toBe(seeded.length)
  })

  test('an embargoed article is in the index from its save, and visitors find it from the instant on', () => {
    const { embargo } = result
    expect(embargo.created).toBe(201)
    expect(embargo.beforeEmbargo).not.toContain('Embargoed until launch')
    expect(embargo.afterEmbargo).toContain('Embargoed until launch')
    expect(embargo.visitorReadAfter).toBe(200)
  })

  test('a consultation request goes through the form builder and stays private', () => {
    const { draftIdForEditor, draftIdForVisitor, ...form } = result.form
    expect(form).toEqual({ editorReads: 1, submitted: 201, visitorReads: 403 })
    // The form points at a draft article (a field added by a plugin that runs after the
    // clinic's): a visitor reads the form without that article's id.
    expect(JSON.parse(draftIdForVisitor).reference ?? null).toBeNull()
    expect(draftIdForEditor).toEqual({ relationTo: 'articles', value: expect.any(Number) })
  })
})
