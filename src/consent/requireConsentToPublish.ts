import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { consentBlockKeys } from './consentStateKeys.js'
import { translate } from '../translations/translated.js'
import { loadConsent } from './consentLoader.js'
import { consentEnd, consentStatus } from './consentStatus.js'
import { consentUseOf } from './consentUse.js'
import { relationId } from '../hardening/relationId.js'

/**
 * Refuses to publish a document whose consent does not cover what it shows on the website (the
 * channel, the face, the name), naming the `consent` field so the admin panel shows the message
 * beside it. It also records when the consent ends (`visibleUntil`): public read access compares
 * that with the clock on every read, so the document disappears at that instant with no job.
 */
export const requireConsentToPublish =
  (options: SanitizedSmpClinicOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const consentSlug = options.slugs.consents
    if (!consentSlug) {
      return data
    }
    const consentId = relationId('consent' in data ? data.consent : originalDoc?.consent)
    const consent = await loadConsent(req, consentSlug, consentId)

    data.visibleUntil = consentEnd(consent)

    const status = data._status ?? originalDoc?._status
    if (status === 'published') {
      const verdict = consentStatus(
        consent,
        options.clock(),
        consentUseOf({ ...originalDoc, ...data }),
      )
      if (verdict !== 'valid') {
        throw new ValidationError(
          {
            collection: collection.slug,
            errors: [
              {
                label: translate(req, 'fieldConsent'),
                message: translate(req, consentBlockKeys[verdict]),
                path: 'consent',
              },
            ],
            req,
          },
          req.t,
        )
      }
    }
    return data
  }
