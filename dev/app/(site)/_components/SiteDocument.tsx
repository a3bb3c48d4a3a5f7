import type { ReactNode } from 'react'

import { addressLine, clinicName, hoursLines, readClinic } from '../_lib/clinic.js'
import { isPreview } from '../_lib/request.js'
import { apiOrigin } from '../_lib/site.js'
import { RefreshOnSave } from './RefreshOnSave.js'
import '../site.css'

/**
 * A telephone number kept on one line: its spaces and hyphens as their non-breaking forms.
 */
const unbreakable = (text: string) => text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')

const navigation = [
  { href: '/', label: 'Home' },
  { href: '/results', label: 'Results' },
  { href: '/faq', label: 'FAQ' },
]

/**
 * The site's whole document: language, header with navigation and booking link, the page in
 * `main`, and the clinic's contact details in the footer. `head` goes into the document head.
 * Both the site's root layout and the not-found page for unmatched addresses render it, so every
 * page a visitor or a crawler gets, a 404 included, is the same document.
 */
export const SiteDocument = async ({
  children,
  head,
}: {
  children: ReactNode
  head: ReactNode
}) => {
  const clinic = await readClinic()
  const name = await clinicName()
  const address = addressLine(clinic)
  const hours = hoursLines(clinic)
  const telephone = clinic?.telephone?.trim()
  const email = clinic?.email?.trim()
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
              {name}
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
            {address || telephone || email || hours.length ? (
              <address className="site-footer__contact">
                <strong>{name}</strong>
                {address ? <span>{address}</span> : null}
                {telephone ? (
                  <a href={`tel:${telephone.replace(/[^\d+]/g, '')}`}>{unbreakable(telephone)}</a>
                ) : null}
                {email ? <a href={`mailto:${email}`}>{email}</a> : null}
                {hours.map((line) => (
                  <span key={line}>{line}</span>
                ))}
              </address>
            ) : null}
            <p>{name}. Information on this site is general and does not replace a consultation.</p>
            <p>
              <a href="/testimonials">Testimonials</a> ·{' '}
              <a href="/share-your-story">Share your story</a> · <a href="/sitemap.xml">Sitemap</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
