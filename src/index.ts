export {
  smpClinicQueue,
  unpublishLapsedConsentContent,
} from './jobs/unpublishLapsedConsentContent.js'
export { withHttpCaching } from './http/withHttpCaching.js'
export type { SmpWebhookBody } from './webhooks/body.js'
export { webhookQueue } from './webhooks/queue.js'
export { signatureHeader, verifyWebhook } from './webhooks/signature.js'
export { smpClinicPlugin } from './plugins/smpClinicPlugin.js'
export { seed, type SeedResult } from './seed/index.js'
export type {
  CollectionOverrides,
  SanitizedSmpClinicOptions,
  SmpAccessCheck,
  SmpClinicPluginConfig,
  SmpCollectionKey,
  SmpFrontendOptions,
  SmpGraphQLLimits,
  SmpImageFormat,
  SmpPageKey,
  SmpSiteOptions,
  SmpWebhookEndpoint,
  SmpWebhookEvent,
  SmpWebhooksOptions,
} from './types.js'
export { consentEnd, consentStatus, type ConsentStatus } from './utilities/consentStatus.js'
export { defaultGraphQLLimits, graphQLCostRule } from './utilities/graphQLCost.js'
export {
  DatabaseBusyError,
  reliableTransactions,
  type ReliableTransactionsOptions,
} from './utilities/reliableTransactions.js'
export { closeGracefully, type CloseGracefullyOptions } from './hardening/closeGracefully.js'
export { DatabaseUnavailableError, isDatabaseUnavailable } from './hardening/databaseUnavailable.js'
export { surviveDatabaseFaults } from './hardening/surviveDatabaseFaults.js'
export { withDatabaseOutages } from './hardening/withDatabaseOutages.js'
export { recomputePrivacy } from './utilities/recomputePrivacy.js'
export { defaultSlugs } from './utilities/defaultSlugs.js'
export { readingMinutes, tableOfContents, toAnchor } from './utilities/lexicalContent.js'
