import type { SmpReviewPlatformPolicy } from './types.js'

/**
 * The review platforms the import knows without configuration, with what their terms allow.
 * - Trustpilot lets businesses show their reviews, unedited, attributed to Trustpilot with a link
 *   back, and asks that a selection is labelled as one.
 * - Google's terms do not allow storing its reviews: only the clinic's place id is kept, and the
 *   site links to the reviews on Google.
 */
export const defaultReviewPlatforms: Record<string, SmpReviewPlatformPolicy> = {
  google: {
    hosts: ['google.com', 'maps.google.com', 'search.google.com', 'g.page'],
    labelSelections: true,
    name: 'Google',
    profileUrl: (placeId) =>
      `https://search.google.com/local/reviews?placeid=${encodeURIComponent(placeId)}`,
    storesReviews: false,
  },
  trustpilot: {
    hosts: ['trustpilot.com'],
    labelSelections: true,
    name: 'Trustpilot',
    storesReviews: true,
  },
}
