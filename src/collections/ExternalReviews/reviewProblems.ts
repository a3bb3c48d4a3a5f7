import type { SanitizedExternalReviewsOptions } from '../../options/types.js'
import type { PluginSmpClinicTranslationKey } from '../../translations/index.js'

import { exportDate, platformLink, policyOf } from './policy.js'

export type ReviewProblem = {
  key: PluginSmpClinicTranslationKey
  path: string
  vars?: Record<string, number | string>
}

/** No value: left out, null or empty. */
export const blank = (value: unknown) => value === undefined || value === null || value === ''

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
  const policy = policyOf(settings, review.platform)
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
    if (!/^[\w.:-]{1,300}$/.test(id)) {
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
    if (!blank(review.title) && String(review.title).length > 500) {
      problems.push({ key: 'externalReviewTitleTooLong', path: 'title' })
    }
    if (blank(review.author) || String(review.author).length > 200) {
      problems.push({ key: 'externalReviewAuthorRequired', path: 'author' })
    }
    if (policy.storesReviews && (blank(review.text) || String(review.text).length > 20_000)) {
      problems.push({ key: 'externalReviewTextRequired', path: 'text' })
    }
    const rating = review.rating
    if (!(typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 5)) {
      problems.push({ key: 'testimonialRatingInvalid', path: 'rating' })
    }
    const date = exportDate(typeof review.reviewedAt === 'string' ? review.reviewedAt : undefined)
    const reviewedAt = date ? Date.parse(date) : Number.NaN
    // A day of leeway for the platform's time zone; no review site is older than 1995.
    if (
      Number.isNaN(reviewedAt) ||
      reviewedAt > now.getTime() + 86_400_000 ||
      reviewedAt < Date.UTC(1995, 0, 1)
    ) {
      problems.push({ key: 'externalReviewDateInvalid', path: 'reviewedAt' })
    }
    if (!blank(review.profileId)) {
      problems.push({ key: 'externalReviewReviewHasNoProfileId', path: 'profileId' })
    }
  }
  if (review.kind === 'profile' && policy.profileUrl) {
    // The link is the platform's own page for the id, never an address given beside it.
    if (review.url !== policy.profileUrl(String(review.profileId ?? '').trim())) {
      problems.push({
        key: 'externalReviewProfileUrlDerived',
        path: 'url',
        vars: { platform: policy.name },
      })
    }
  } else if (!platformLink(review.url, policy.hosts)) {
    problems.push({
      key: 'externalReviewUrlNotOnPlatform',
      path: 'url',
      vars: { hosts: policy.hosts.join(', '), platform: policy.name },
    })
  }
  return problems
}

/**
 * The review with what the plugin derives: its kind, a profile's link from its id, the link in
 * its canonical spelling and the key that finds it again, the attribution and the time of the
 * import (kept from the first save).
 */
export const withDerivedFields = (
  settings: SanitizedExternalReviewsOptions,
  review: Record<string, unknown>,
  now: Date,
): Record<string, unknown> => {
  const kind = review.kind === 'profile' ? 'profile' : 'review'
  const policy = policyOf(settings, review.platform)
  const id = String(review.profileId ?? '').trim()
  const derived = kind === 'profile' && policy?.profileUrl && id ? policy.profileUrl(id) : null
  const url = derived && blank(review.url) ? derived : review.url
  const link = policy ? platformLink(url, policy.hosts, { keepQuery: kind === 'profile' }) : null
  const name = policy?.name ?? String(review.platform)
  return {
    ...review,
    attribution: kind === 'profile' ? `Reviews on ${name}` : `Review from ${name}`,
    importedAt: review.importedAt ?? now.toISOString(),
    kind,
    linkKey: link?.key ?? null,
    url: link && !derived ? link.href : url,
  }
}
