import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { RefreshOnSave } from './_components/RefreshOnSave.js'
import { isPreview } from './_lib/request.js'
import { apiOrigin, siteName, siteOrigin } from './_lib/site.js'
import './site.css'

// Read per render: the site's address is the running server's, not the build's.
export const generateMetadata = (): Metadata => ({
  description: 'Scalp micropigmentation and hair-loss care: articles, answers and real results.',
  metadataBase: new URL(siteOrigin()),
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
const SiteLayout = async ({ children, head }: { children: ReactNode; head: ReactNode }) => (
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
            </ul>
          </nav>
        </div>
      </header>
      <main className="container" id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
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

export default SiteLayout
