import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedSmpClinicOptions } from '../types.js'

import {
  consentStatus,
  consentStatusMessages,
  type ConsentTerms,
} from '../utilities/consentStatus.js'
import { relationId } from '../utilities/relationId.js'

/**
 * Refuses to publish a document whose consent does not cover the website, naming the `consent`
 * field so the admin panel shows the message beside it. It also copies the consent's expiry onto
 * the document, which public read access uses to hide it the moment the consent lapses.
 */
export const requireConsentToPublish =
  (options: SanitizedSmpClinicOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const consentSlug = options.slugs.consents
    if (!consentSlug) {
      return data
    }
    const consentId = relationId('consent' in data ? data.consent : originalDoc?.consent)
    const consent = consentId
      ? ((await req.payload
          .findByID({
            id: consentId,
            collection: consentSlug,
            depth: 0,
            disableErrors: true,
            overrideAccess: true,
            req,
          })
          .catch(() => null)) as ConsentTerms | null)
      : null

    data.consentExpiresAt = consent?.expiresAt ?? null

    const status = data._status ?? originalDoc?._status
    if (status === 'published') {
      const verdict = consentStatus(consent)
      if (verdict !== 'valid') {
        throw new ValidationError({
          collection: collection.slug,
          errors: [{ label: 'Consent', message: consentStatusMessages[verdict], path: 'consent' }],
          req,
        })
      }
    }
    return data
  }
