import { translatedOptions } from '../../translations/translatedOptions.js'

/**
 * Where a submission stands: `new` until the submitter confirms the e-mail link, then `verified`
 * (waiting for an editor), then `approved` (published) or `rejected`.
 */
export const submissionStates = translatedOptions({
  new: 'submissionStateNew',
  verified: 'submissionStateVerified',
  approved: 'submissionStateApproved',
  rejected: 'submissionStateRejected',
})

/**
 * Why an editor approved: what was checked. Approving verifies the authorization.
 */
export const approvalReasons = translatedOptions({
  matched_to_appointment: 'submissionReasonMatchedToAppointment',
  authorization_checked: 'submissionReasonAuthorizationChecked',
})

/**
 * Why an editor rejected: the content or the consent, never the sentiment. A low rating is not a
 * reason (16 CFR 465.7 forbids suppressing negative reviews).
 */
export const rejectionReasons = translatedOptions({
  not_a_client: 'submissionReasonNotAClient',
  authorization_incomplete: 'submissionReasonAuthorizationIncomplete',
  identifies_others: 'submissionReasonIdentifiesOthers',
  health_claims: 'submissionReasonHealthClaims',
  unlawful_content: 'submissionReasonUnlawfulContent',
  photos_unusable: 'submissionReasonPhotosUnusable',
  spam: 'submissionReasonSpam',
  duplicate: 'submissionReasonDuplicate',
})

export const moderationReasons = [...approvalReasons, ...rejectionReasons]
