export type ExternalReviewKind = 'profile' | 'review'

/**
 * Whether `url` is an https (or http) address on one of the platform's hosts or a subdomain of
 * one: the link back must lead to the platform, not anywhere an import file says.
 */
export const onPlatform = (url: string, hosts: string[]): boolean => {
  if (!URL.canParse(url)) {
    return false
  }
  const { hostname, protocol } = new URL(url)
  return (
    (protocol === 'https:' || protocol === 'http:') &&
    hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`))
  )
}

/**
 * The fields an import sets and nobody changes afterwards: a review is kept as it was posted.
 */
export const postedFields = [
  'platform',
  'kind',
  'author',
  'rating',
  'title',
  'text',
  'reviewedAt',
  'url',
  'profileId',
] as const
