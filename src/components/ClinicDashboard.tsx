import type { Payload, TypedUser } from 'payload'

import { pluginOptions } from '../plugins/optionsKey.js'
import { type CollectionSummary, summarizeContent } from '../utilities/contentSummary.js'
import { Badge } from './Badge.js'

type DashboardProps = { payload: Payload; user?: null | TypedUser }

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '0.4em 0.8em' }

const CountLink = ({ count, href }: { count: number; href: string }) =>
  count ? <a href={href}>{count}</a> : <span>0</span>

/**
 * The panel above the admin dashboard: per collection, how much is published, how much is still a
 * draft, and how many testimonials and galleries cannot go live until a consent is attached.
 */
export const ClinicDashboard = async ({ payload, user }: DashboardProps) => {
  const options = pluginOptions(payload)
  if (!options || !user) {
    return null
  }
  const summaries = await summarizeContent({ options, payload, user })
  const admin = payload.config.routes.admin
  const list = (summary: CollectionSummary, status: 'draft' | 'published') =>
    `${admin}/collections/${summary.slug}?where[_status][equals]=${status}`
  const blocked = summaries.reduce((total, summary) => total + (summary.blockedOnConsent ?? 0), 0)

  return (
    <section className="smp-dashboard" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 style={{ marginBottom: 'calc(var(--base) / 2)' }}>Clinic content</h2>
      <p style={{ marginBottom: 'var(--base)' }}>
        {blocked ? (
          <Badge tone="warning">{`${blocked} waiting for a valid consent`}</Badge>
        ) : (
          <Badge tone="success">Nothing is waiting for a consent</Badge>
        )}
      </p>
      <table style={{ borderCollapse: 'collapse', minWidth: '28rem' }}>
        <thead>
          <tr>
            <th style={{ ...cell, textAlign: 'left' }}>Collection</th>
            <th style={{ ...cell, textAlign: 'right' }}>Published</th>
            <th style={{ ...cell, textAlign: 'right' }}>Drafts</th>
            <th style={{ ...cell, textAlign: 'right' }}>Blocked on consent</th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((summary) => (
            <tr data-collection={summary.slug} key={summary.slug}>
              <td style={cell}>
                <a href={`${admin}/collections/${summary.slug}`}>{summary.label}</a>
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
    </section>
  )
}
