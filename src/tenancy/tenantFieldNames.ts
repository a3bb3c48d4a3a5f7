/**
 * The group on each tenant that holds its clinic's public profile (what its pages' `jsonLd` says
 * of the clinic) and its site's address.
 */
export const clinicGroupName = 'clinic'

/**
 * The array on each tenant that lists its own webhook receivers.
 */
export const clinicWebhooksName = 'clinicWebhooks'
