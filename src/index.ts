export {
  smpClinicQueue,
  unpublishLapsedConsentContent,
} from './jobs/unpublishLapsedConsentContent.js'
export { withHttpCaching } from './http/withHttpCaching.js'
export { requestUrl, validHost } from './http/requestUrl.js'
export {
  badHost,
  graphQLCacheHandler,
  type NodeCacheOptions,
  restCacheHits,
  restCacheMiddleware,
} from './http/cache/nodeHandlers.js'
export { withGraphQLResponseCache, withResponseCache } from './http/cache/fetchHandlers.js'
export {
  type CachedAnswer,
  ResponseCache,
  responseCacheOf,
  type ResponseCacheStats,
} from './http/cache/responseCache.js'
export type { RedisClient } from './options/redisClient.js'
export type { SmpWebhookBody } from './webhooks/body.js'
export { webhookQueue } from './options/webhookQueue.js'
export { signatureHeader, verifyWebhook } from './webhooks/signature.js'
export { smpClinicPlugin } from './plugins/smpClinicPlugin.js'
export { smpClinicTenantCollections } from './tenancy/withTenancy.js'
export { tenantContextKey } from './tenancy/tenantScope.js'
export { seed, type SeedResult } from './seed/index.js'
export {
  importExternalReviews,
  type ImportResult,
} from './collections/ExternalReviews/importReviews.js'
export type {
  CollectionOverrides,
  SanitizedSmpClinicOptions,
  SmpAccessCheck,
  SmpClinicPluginConfig,
  SmpCollectionKey,
  SmpFrontendOptions,
  SmpGraphQLLimits,
  SmpImageFormat,
  SmpConsentChannel,
  SmpPageKey,
  Published,
  SmpRequiredFields,
  SmpSiteOptions,
  SmpChallengeVerifier,
  SmpSubmissionsOptions,
  SmpTenancyOptions,
  SmpExternalReviewsOptions,
  SmpReviewPlatformPolicy,
  SmpWebhookEndpoint,
  SmpWebhookEvent,
  SmpWebhooksOptions,
} from './options/types.js'
export {
  type ChallengeProviderOptions,
  friendlyCaptchaVerifier,
  hcaptchaVerifier,
  turnstileVerifier,
} from './submissions/challenge.js'
export { consentEnd, consentStatus, type ConsentStatus } from './consent/consentStatus.js'
export { graphQLCostRule } from './graphql/graphQLCost.js'
export { defaultGraphQLLimits } from './options/graphQLLimits.js'
export {
  DatabaseBusyError,
  reliableTransactions,
  type ReliableTransactionsOptions,
} from './hardening/reliableTransactions.js'
export { closeGracefully, type CloseGracefullyOptions } from './hardening/closeGracefully.js'
export { DatabaseUnavailableError, isDatabaseUnavailable } from './hardening/databaseUnavailable.js'
export { surviveDatabaseFaults } from './hardening/surviveDatabaseFaults.js'
export { withDatabaseOutages } from './hardening/withDatabaseOutages.js'
export { recomputePrivacy } from './privacy/recomputePrivacy.js'
export { defaultSlugs } from './options/defaultSlugs.js'
export { clinicNow } from './options/clinicNow.js'
export { readingMinutes, tableOfContents, toAnchor } from './fields/lexicalContent.js'
