import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { RefreshOnSave } from './_components/RefreshOnSave.js'
import { addressLine, hoursLines, readClinic } from './_lib/clinic.js'
import { isPreview } from './_lib/request.js'
import { apiOrigin, siteName, siteOrigin } from './_lib/site.js'
import './site.css'

// Read per render: the site's address is the running server's, not the build's.
export const generateMetadata = (): Metadata => ({
  description: 'Scalp micropigmentation and hair-loss care: articles, answers and real results.',
  metadataBase: new URL(siteOrigin()),
  openGraph: { siteName, type: 'website' },
  title: { default: siteName, template: `%s · ${siteName}` },
})

const navigation = [
  { href: '/', label: 'Home' },
  { href: '/results', label: 'Results' },
  { href: '/faq', label: 'FAQ' },
]

/**
 * The public site's own root layout, beside the admin's: its own document, styles and navigation,
 * and nothing of Payload's admin. `head` is the `@head` slot: each page's JSON-LD, rendered into
 * the document head by a parallel route that mirrors the page (Next's metadata has no place for a
 * script).
 */
const SiteLayout = async ({ children, head }: { children: ReactNode; head: ReactNode }) => {
  const clinic = await readClinic()
  const address = addressLine(clinic)
  const hours = hoursLines(clinic)
  return (
    <html lang="en">
      <head>{head}</head>
      <body className="site">
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {(await isPreview()) ? (
          <div className="preview-bar" role="status">
            <RefreshOnSave adminOrigin={new URL(apiOrigin()).origin} />
            Preview: drafts are shown. <a href="/next/exit-preview">Leave preview</a>
          </div>
        ) : null}
        <header className="site-header">
          <div className="container site-header__inner">
            <a className="site-header__brand" href="/">
              {siteName}
            </a>
            <nav aria-label="Main">
              <ul className="site-nav">
                {navigation.map((item) => (
                  <li key={item.href}>
                    <a href={item.href}>{item.label}</a>
                  </li>
                ))}
                {clinic?.bookingUrl ? (
                  <li>
                    <a className="button" href={clinic.bookingUrl}>
                      Book a consultation
                    </a>
                  </li>
                ) : null}
              </ul>
            </nav>
          </div>
        </header>
        <main className="container" id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            {address || clinic?.telephone || clinic?.email || hours.length ? (
              <address className="site-footer__contact">
                <strong>{clinic?.name || siteName}</strong>
                {address ? <span>{address}</span> : null}
                {clinic?.telephone ? (
                  <a href={`tel:${clinic.telephone.replace(/[^\d+]/g, '')}`}>{clinic.telephone}</a>
                ) : null}
                {clinic?.email ? <a href={`mailto:${clinic.email}`}>{clinic.email}</a> : null}
                {hours.map((line) => (
                  <span key={line}>{line}</span>
                ))}
              </address>
            ) : null}
            <p>
              {siteName}. Information on this site is general and does not replace a consultation.
            </p>
            <p>
              <a href="/sitemap.xml">Sitemap</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}

export default SiteLayout
