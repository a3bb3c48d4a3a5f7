import { notFound } from 'next/navigation.js'

// Rendered per request and never kept: a cache entry per mistyped address would grow without end.
export const dynamic = 'force-dynamic'

/**
 * Any other address outside the admin and the API: the site's own not-found page, inside its
 * layout (language, navigation, landmarks), rather than Next's bare default.
 */
const Missing = () => notFound()

export default Missing
