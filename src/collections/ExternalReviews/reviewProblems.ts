import type { SanitizedExternalReviewsOptions } from '../../options/types.js'
import type { PluginSmpClinicTranslationKey } from '../../translations/index.js'

import { onPlatform } from './policy.js'

export type ReviewProblem = {
  key: PluginSmpClinicTranslationKey
  path: string
  vars?: Record<string, number | string>
}

const blank = (value: unknown) => value === undefined || value === null || value === ''

/**
 * What keeps a review (or a platform profile) from being stored under its platform's terms: the
 * platform known, what may be stored (Google: the place id only), the review's own fields
 * complete, and the link back on the platform's own host. Empty when it may be stored. `url` is
 * the link as it will be stored (a profile's is built from its id).
 */
export const reviewProblems = (
  settings: SanitizedExternalReviewsOptions,
  review: Record<string, unknown>,
  now: Date,
): ReviewProblem[] => {
  const problems: ReviewProblem[] = []
  const policy = settings.platforms[String(review.platform ?? '')]
  if (!policy) {
    return [
      {
        key: 'externalReviewPlatformUnknown',
        path: 'platform',
        vars: { platforms: Object.keys(settings.platforms).join(', ') },
      },
    ]
  }
  if (review.kind === 'profile') {
    const id = String(review.profileId ?? '').trim()
    if (!id || id.length > 300 || /\s/.test(id)) {
      problems.push({ key: 'externalReviewProfileIdRequired', path: 'profileId' })
    }
    for (const field of ['author', 'text', 'rating', 'title']) {
      if (!blank(review[field])) {
        problems.push({ key: 'externalReviewProfileHasNoReview', path: field })
      }
    }
  } else {
    if (!policy.storesReviews) {
      problems.push({
        key: 'externalReviewNotStored',
        path: 'text',
        vars: { platform: policy.name },
      })
    }
    if (blank(review.author) || String(review.author).length > 200) {
      problems.push({ key: 'externalReviewAuthorRequired', path: 'author' })
    }
    if (blank(review.text) || String(review.text).length > 20_000) {
      problems.push({ key: 'externalReviewTextRequired', path: 'text' })
    }
    const rating = review.rating
    if (!(typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 5)) {
      problems.push({ key: 'testimonialRatingInvalid', path: 'rating' })
    }
    const reviewedAt = Date.parse(String(review.reviewedAt ?? ''))
    // A day of leeway for the platform's time zone.
    if (Number.isNaN(reviewedAt) || reviewedAt > now.getTime() + 86_400_000) {
      problems.push({ key: 'externalReviewDateInvalid', path: 'reviewedAt' })
    }
    if (!blank(review.profileId)) {
      problems.push({ key: 'externalReviewReviewHasNoProfileId', path: 'profileId' })
    }
  }
  if (!onPlatform(String(review.url ?? ''), policy.hosts)) {
    problems.push({
      key: 'externalReviewUrlNotOnPlatform',
      path: 'url',
      vars: { hosts: policy.hosts.join(', '), platform: policy.name },
    })
  }
  return problems
}

/**
 * The review with what the plugin derives: its kind, a profile's link from its id, the
 * attribution and the time of the import (kept from the first save).
 */
export const withDerivedFields = (
  settings: SanitizedExternalReviewsOptions,
  review: Record<string, unknown>,
  now: Date,
): Record<string, unknown> => {
  const kind = review.kind === 'profile' ? 'profile' : 'review'
  const policy = settings.platforms[String(review.platform ?? '')]
  const id = String(review.profileId ?? '').trim()
  const url =
    blank(review.url) && kind === 'profile' && policy?.profileUrl && id
      ? policy.profileUrl(id)
      : review.url
  const name = policy?.name ?? String(review.platform)
  return {
    ...review,
    attribution: kind === 'profile' ? `Reviews on ${name}` : `Review from ${name}`,
    importedAt: review.importedAt ?? now.toISOString(),
    kind,
    url,
  }
}
