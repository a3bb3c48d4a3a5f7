import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteDocument } from './_components/SiteDocument.js'
import { clinicName } from './_lib/clinic.js'
import { siteOrigin } from './_lib/site.js'

// Read per render: the site's address is the running server's, not the build's.
// The clinic's name comes from its settings, so a rename reaches every title at once.
export const generateMetadata = async (): Promise<Metadata> => {
  const name = await clinicName()
  return {
    description: 'Scalp micropigmentation and hair-loss care: articles, answers and real results.',
    metadataBase: new URL(siteOrigin()),
    openGraph: { siteName: name, type: 'website' },
    title: { default: name, template: `%s · ${name}` },
  }
}

/**
 * The public site's own root layout, beside the admin's: its own document, styles and navigation,
 * and nothing of Payload's admin. `head` is the `@head` slot: each page's JSON-LD, rendered into
 * the document head by a parallel route that mirrors the page (Next's metadata has no place for a
 * script).
 */
const SiteLayout = ({ children, head }: { children: ReactNode; head: ReactNode }) => (
  <SiteDocument head={head}>{children}</SiteDocument>
)

export default SiteLayout
