import type { Payload, TypedUser } from 'payload'

import { getLocalI18n } from 'payload'

import type { AdminI18n } from '../../translations/labelText.js'

import { cacheCountersOf } from '../../options/cacheCounters.js'
import { pluginOptions } from '../../options/optionsKey.js'
import { labelText } from '../../translations/labelText.js'
import { clinicT } from '../../translations/translated.js'
import { type CollectionSummary, summarizeContent } from '../contentSummary.js'
import { Badge } from './Badge.js'

type DashboardProps = {
  /**
   * The admin's language, as Payload passes it to server components; the default language
   * without it.
   */
  i18n?: AdminI18n
  payload: Payload
  user?: null | TypedUser
}

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '0.4em 0.8em' }

const CountLink = ({ count, href }: { count: number; href: string }) =>
  count ? <a href={href}>{count}</a> : <span>0</span>

/**
 * The panel above the admin dashboard: per collection, how much is published, how much is still a
 * draft, and how many testimonials and galleries cannot go live until a consent is attached.
 */
export const ClinicDashboard = async ({ i18n: adminI18n, payload, user }: DashboardProps) => {
  const options = pluginOptions(payload)
  if (!options || !user) {
    return null
  }
  const i18n =
    adminI18n ??
    ((await getLocalI18n({
      config: payload.config,
      language: payload.config.i18n.fallbackLanguage,
    })) as unknown as AdminI18n)
  const t = clinicT(i18n.t)
  const summaries = await summarizeContent({ options, payload, user })
  const admin = payload.config.routes.admin
  const list = (summary: CollectionSummary, status: 'draft' | 'published') =>
    `${admin}/collections/${summary.slug}?where[_status][equals]=${status}`
  // The collection's own label, as the navigation shows it (a host's override included).
  const label = (summary: CollectionSummary) =>
    labelText(payload.collections[summary.slug]?.config.labels.plural, i18n) ?? summary.label
  const blocked = summaries.reduce((total, summary) => total + (summary.blockedOnConsent ?? 0), 0)
  const cache = cacheCountersOf(payload)
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

  return (
    <section className="smp-dashboard" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{t('dashboardTitle')}</h2>
      <p style={{ marginBottom: 'var(--base)' }}>
        {blocked ? (
          <Badge tone="warning">{t('dashboardWaiting', { count: blocked })}</Badge>
        ) : (
          <Badge tone="success">{t('dashboardNothingWaiting')}</Badge>
        )}
      </p>
      <table style={{ borderCollapse: 'collapse', minWidth: '28rem' }}>
        <thead>
          <tr>
            <th style={{ ...cell, textAlign: 'left' }}>{t('dashboardCollection')}</th>
            <th style={{ ...cell, textAlign: 'right' }}>{t('dashboardPublished')}</th>
            <th style={{ ...cell, textAlign: 'right' }}>{t('dashboardDrafts')}</th>
            <th style={{ ...cell, textAlign: 'right' }}>{t('dashboardBlocked')}</th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((summary) => (
            <tr data-collection={summary.slug} key={summary.slug}>
              <td style={cell}>
                <a href={`${admin}/collections/${summary.slug}`}>{label(summary)}</a>
              </td>
              <td data-count="published" style={{ ...cell, textAlign: 'right' }}>
                <CountLink count={summary.published} href={list(summary, 'published')} />
              </td>
              <td data-count="drafts" style={{ ...cell, textAlign: 'right' }}>
                <CountLink count={summary.drafts} href={list(summary, 'draft')} />
              </td>
              <td data-count="blocked" style={{ ...cell, textAlign: 'right' }}>
                {summary.blockedOnConsent === undefined ? '' : summary.blockedOnConsent}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {cache ? (
        <p className="smp-dashboard__cache" style={{ marginTop: 'var(--base)' }}>
          {t('dashboardCache', {
            bypasses: cache.bypasses,
            evictions: cache.evictions,
            hits: cache.hits,
            invalidations: cache.invalidations,
            max: megabytes(cache.maxBytes),
            misses: cache.misses,
            size: megabytes(cache.bytes),
          })}
        </p>
      ) : null}
    </section>
  )
}
