import type { Where } from 'payload'

/**
 * Documents carry the expiry of their consent (copied on save), so a consent that lapses hides
 * them at once, before any scheduled unpublishing has run.
 */
export const consentStillValid = (): Where => ({
  and: [
    { isSample: { not_equals: true } },
    {
      or: [
        { consentExpiresAt: { exists: false } },
        { consentExpiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
  ],
})
