import type { Payload, TypedUser } from 'payload'

import type { SanitizedSmpClinicOptions, SmpCollectionKey } from '../options/types.js'

import { type ConsentTerms, consentStatus } from '../consent/consentStatus.js'
import { consentUseOf } from '../consent/consentUse.js'
import { relationId } from '../hardening/relationId.js'

export type CollectionSummary = {
  /**
   * Drafts of consent-bound content whose consent does not allow publishing today.
   * Undefined for collections that need no consent.
   */
  blockedOnConsent?: number
  /**
   * Documents never published, or taken offline (a lapsed consent does that).
   */
  drafts: number
  key: SmpCollectionKey
  label: string
  published: number
  slug: string
}

const summarized: SmpCollectionKey[] = [
  'articles',
  'faqs',
  'testimonials',
  'beforeAfterGalleries',
  'practitioners',
]
const consentBound: SmpCollectionKey[] = ['testimonials', 'beforeAfterGalleries']

/**
 * What is published, what is still a draft and what waits for a consent, counted as the given
 * user is allowed to see it.
 */
export const summarizeContent = async ({
  options,
  payload,
  user,
}: {
  options: SanitizedSmpClinicOptions
  payload: Payload
  user: null | TypedUser
}): Promise<CollectionSummary[]> => {
  return Promise.all(
    summarized
      .filter((key) => options.slugs[key] && payload.collections[options.slugs[key]])
      .map(async (key): Promise<CollectionSummary> => {
        const slug = options.slugs[key]!
        const plural = payload.collections[slug]!.config.labels.plural
        const count = async (status: 'draft' | 'published') =>
          (
            await payload.count({
              collection: slug,
              where: { _status: { equals: status } },
              overrideAccess: false,
              user,
            })
          ).totalDocs
        const [published, drafts] = await Promise.all([count('published'), count('draft')])
        const summary: CollectionSummary = {
          drafts,
          key,
          label: typeof plural === 'string' ? plural : slug,
          published,
          slug,
        }
        if (consentBound.includes(key) && options.slugs.consents) {
          summary.blockedOnConsent = await countBlockedOnConsent({ options, payload, slug, user })
        }
        return summary
      }),
  )
}

const countBlockedOnConsent = async ({
  options,
  payload,
  slug,
  user,
}: {
  options: SanitizedSmpClinicOptions
  payload: Payload
  slug: string
  user: null | TypedUser
}): Promise<number> => {
  const { docs } = await payload.find({
    collection: slug,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    select: { clientName: true, consent: true, faceShown: true },
    user,
    where: { _status: { equals: 'draft' } },
  })
  const consentOf = (doc: Record<string, unknown>) => relationId(doc.consent)
  const consentIds = [...new Set(docs.map(consentOf).filter((id) => id !== null))]
  const consents = consentIds.length
    ? (
        await payload.find({
          collection: options.slugs.consents!,
          depth: 0,
          // The number is shown to editors only; which consents exist is not revealed.
          overrideAccess: true,
          pagination: false,
          where: { id: { in: consentIds } },
        })
      ).docs
    : []
  const byId = new Map(consents.map((consent) => [consent.id, consent]))
  return docs.filter((doc) => {
    const id = consentOf(doc)
    return (
      consentStatus(
        id === null ? null : (byId.get(id) as ConsentTerms | undefined),
        options.clock(),
        consentUseOf(doc),
      ) !== 'valid'
    )
  }).length
}
