import type { Endpoint, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions, SmpPageKey } from '../options/types.js'

import { readRule } from '../privacy/readRule.js'
import { pagePath } from './pageUrl.js'
import { translate } from '../translations/translated.js'
import { localRequest } from '../hardening/localRequest.js'
import { readAsVisitorOf, tenantScopeOf } from '../tenancy/tenantScope.js'
import { siteOptionsFor } from '../tenancy/tenantSite.js'

export type SitemapEntry = {
  alternates: { locale: string; path: string; url: null | string }[]
  collection: string
  id: null | number | string
  lastModified: null | string
  path: string
  url: null | string
}

const kinds: SmpPageKey[] = ['articles', 'practitioners', 'beforeAfterGalleries', 'faqs']

/**
 * Every public page: each published, public document with a page (as a visitor would find it
 * right now, whoever asks), plus the FAQ page while any FAQ is public. Paths come from the same
 * templates as live preview; a template with `{locale}` gives one alternate per locale.
 */
export const sitemapEntries = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
): Promise<SitemapEntry[]> => {
  const { payload } = req
  const localization = payload.config.localization
  const defaultLocale = localization ? localization.defaultLocale : null
  const locales = localization ? localization.localeCodes : []
  // A visitor of the clinic asked (in a chain, the one whose domain the request is for), under
  // that clinic's site address.
  const visitor = readAsVisitorOf(
    await localRequest(payload, { locale: defaultLocale ?? undefined }),
    await tenantScopeOf(req, options),
  )
  const site = (await siteOptionsFor(req, options)).site
  const absolute = (path: string) => (site.url ? `${site.url}${path}` : null)
  const entries: SitemapEntry[] = []
  for (const kind of kinds) {
    const collection = options.slugs[kind]
    if (!collection || !options.site.paths[kind]) {
      continue
    }
    // A rule that lets the public read nothing here (a host's `access.read`) leaves these pages
    // out; asked of Payload, it would refuse the whole sitemap.
    if ((await readRule(visitor, collection)) === false) {
      continue
    }
    const faqs = kind === 'faqs'
    // The FAQ page is one page, last changed when its latest FAQ was: one row says so.
    const { docs } = await payload.find({
      collection,
      depth: 0,
      limit: faqs ? 1 : 0,
      overrideAccess: false,
      pagination: false,
      req: visitor,
      select: faqs ? { updatedAt: true } : { slug: true, updatedAt: true },
      sort: faqs ? '-updatedAt' : 'slug',
    })
    const pages = faqs ? docs.map(({ updatedAt }) => ({ updatedAt })) : docs
    const localized = options.site.paths[kind]!.includes('{locale}')
    for (const doc of pages as {
      id?: number | string
      slug?: string
      updatedAt?: null | string
    }[]) {
      const path = pagePath(options, kind, doc, defaultLocale)
      if (path === null) {
        continue
      }
      entries.push({
        alternates: localized
          ? locales.flatMap((locale) => {
              const alternate = pagePath(options, kind, doc, locale)
              return alternate ? [{ locale, path: alternate, url: absolute(alternate) }] : []
            })
          : [],
        collection,
        id: doc.id ?? null,
        lastModified: doc.updatedAt ?? null,
        path,
        url: absolute(path),
      })
    }
  }
  return entries
}

const xmlText = (value: string) => value.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * The entries as a sitemaps.org document, with `xhtml:link` alternates per locale.
 */
const sitemapXml = (entries: SitemapEntry[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries.map((entry) =>
      [
        '<url>',
        `<loc>${xmlText(entry.url!)}</loc>`,
        ...(entry.lastModified ? [`<lastmod>${xmlText(entry.lastModified)}</lastmod>`] : []),
        ...entry.alternates.map(
          (alternate) =>
            `<xhtml:link rel="alternate" hreflang="${xmlText(alternate.locale)}" href="${xmlText(alternate.url!)}"/>`,
        ),
        '</url>',
      ].join(''),
    ),
    '</urlset>',
    '',
  ].join('\n')

/**
 * `GET /api/smp-clinic/sitemap` (JSON, for a site that builds its own sitemap or routes) and
 * `GET /api/smp-clinic/sitemap.xml` (when `site.url` is set: a sitemap needs absolute URLs).
 * Both list only what a visitor may read now, whoever asks.
 */
export const sitemapEndpoints = (options: SanitizedSmpClinicOptions): Endpoint[] => [
  {
    handler: async (req) =>
      Response.json({
        entries: await sitemapEntries(req, options),
        siteUrl: (await siteOptionsFor(req, options)).site.url,
      }),
    method: 'get',
    path: '/smp-clinic/sitemap',
  },
  {
    handler: async (req) => {
      if (!(await siteOptionsFor(req, options)).site.url) {
        return Response.json(
          {
            errors: [
              {
                message: translate(req, 'sitemapXmlNeedsSiteUrl'),
              },
            ],
          },
          { status: 404 },
        )
      }
      return new Response(sitemapXml(await sitemapEntries(req, options)), {
        headers: { 'Content-Type': 'application/xml; charset=utf-8' },
      })
    },
    method: 'get',
    path: '/smp-clinic/sitemap.xml',
  },
]
