import type { Metadata } from 'next'

import { SiteDocument } from './(site)/_components/SiteDocument.js'
import { clinicName } from './(site)/_lib/clinic.js'
import { siteOrigin } from './(site)/_lib/site.js'
import NotFound from './(site)/not-found.js'

// Titled like every other page; Next itself marks a 404 `noindex`.
export const generateMetadata = async (): Promise<Metadata> => ({
  metadataBase: new URL(siteOrigin()),
  title: `Page not found · ${await clinicName()}`,
})

/**
 * The answer to an address no route renders. The app has two root layouts (the site and the
 * admin) and none above them, so without this page Next answers such a 404 with a bare error
 * shell (`<html id="__next_error__">`, no language, no content) and draws the page only in the
 * browser: a crawler, or a reader without JavaScript, got nothing. This is the site's own
 * document around the site's not-found message.
 */
const GlobalNotFound = () => (
  <SiteDocument head={null}>
    <NotFound />
  </SiteDocument>
)

export default GlobalNotFound
