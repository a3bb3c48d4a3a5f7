import type { SanitizedSmpClinicOptions } from '../options/types.js'

/**
 * What the authorization says it covers, by whom and why (45 CFR 164.508(c)(1)): shown on the
 * form as the form endpoint gives it, and stored with each signature exactly as shown.
 */
export const authorizationText = (options: SanitizedSmpClinicOptions) => {
  const clinic = options.site.organization.name
  return {
    material:
      'The story and rating you submit, the photos you attach, the treatment and practitioner you name, and your name shown as you choose below.',
    purpose: `To show people considering treatment what clients of ${clinic} say and the results they had, on the channels you choose below.`,
    recipient: `${clinic} and the staff who publish its website, social media, advertising, print and training material.`,
  }
}
