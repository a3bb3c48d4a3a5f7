import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import {
  installApp,
  installedVersion,
  own,
  packPlugin,
  privacyPathsDependencies,
  runApp,
} from './consumerApp.js'

/**
 * A clinic chain as an agency builds one: a fresh app with the packed plugin and Payload's
 * plugin-multi-tenant at the newest version the registry has (the project's own, 3.90.2), two
 * clinics on their own domains. What one clinic holds never reaches the other's visitors or
 * editors.
 */
const version = own.devDependencies['@payloadcms/plugin-multi-tenant'] as string

let workdir: string
let app: string
let result: any
beforeAll(() => {
  workdir = mkdtempSync(path.join(tmpdir(), 'smp-clinic-chain-'))
  app = installApp({
    dependencies: {
      ...privacyPathsDependencies(version),
      '@payloadcms/db-sqlite': version,
      '@payloadcms/plugin-multi-tenant': version,
      '@payloadcms/richtext-lexical': version,
      graphql: own.devDependencies.graphql,
      payload: version,
    },
    name: 'agency-clinic-chain',
    scripts: ['clinicChain.mjs', 'content.mjs', 'serveApi.mjs'],
    tarball: packPlugin(workdir),
    workdir,
  })
  result = runApp(app, 'clinicChain.mjs')
})
afterAll(() => {
  rmSync(workdir, { force: true, recursive: true })
})

test('the app runs the registry’s plugin-multi-tenant beside the packed plugin', () => {
  expect(installedVersion(app, '@payloadcms/plugin-multi-tenant')).toBe(version)
  expect(installedVersion(app, 'payload')).toBe(version)
})

test('each domain’s visitors read their own clinic only, on every path', () => {
  const { articleA, articleB, tenantA, tenantB } = result.ids
  expect(result.onA).toEqual({
    articleAById: 200,
    articles: [articleA],
    clinicTelephone: '+44 113 000 0001',
    faqCount: 1,
    graphQLArticles: [articleA],
    graphQLFaqA: true,
    graphQLFaqCount: 1,
    heroFile: 200,
    onlyA: 200,
    sharedClinics: [tenantA],
    sitemapNamesA: true,
    whereRelatedFaqA: [articleA],
  })
  expect(result.onB).toEqual({
    articleAById: 404,
    articles: [articleB],
    clinicTelephone: '+44 161 000 0002',
    faqCount: 0,
    graphQLArticles: [articleB],
    graphQLFaqA: false,
    graphQLFaqCount: 0,
    heroFile: 403,
    onlyA: 404,
    sharedClinics: [tenantB],
    sitemapNamesA: false,
    whereRelatedFaqA: [],
  })
  // A domain no clinic has reads nothing.
  expect(result.elsewhere).toMatchObject({
    articleAById: 404,
    articles: [],
    faqCount: 0,
    graphQLArticles: [],
    graphQLFaqA: false,
    heroFile: 403,
    onlyA: 404,
  })
})

test('a clinic’s editor works in that clinic only, with slugs unique within it', () => {
  expect(result.editor.articles).toEqual([result.ids.articleA])
  expect(result.editor.createInB).toBe(400)
  expect([403, 404]).toContain(result.editor.editB)
  expect(result.editor.repeatSlug).toEqual({ field: 'slug', status: 400 })
})

test('a clinic that leaves takes its content and keeps its clients’ consents', () => {
  expect(result.leaving).toEqual({ articleBAfter: 0, keptConsent: true, status: 200 })
})
