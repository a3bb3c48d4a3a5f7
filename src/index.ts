export {
  smpClinicQueue,
  unpublishLapsedConsentContent,
} from './jobs/unpublishLapsedConsentContent.js'
export { smpClinicPlugin } from './plugins/smpClinicPlugin.js'
export { seed, type SeedResult } from './seed/index.js'
export type {
  CollectionOverrides,
  SanitizedSmpClinicOptions,
  SmpAccessCheck,
  SmpClinicPluginConfig,
  SmpCollectionKey,
} from './types.js'
export { consentEnd, consentStatus, type ConsentStatus } from './utilities/consentStatus.js'
export { recomputePrivacy } from './utilities/recomputePrivacy.js'
export { defaultSlugs } from './utilities/defaultSlugs.js'
export { readingMinutes, tableOfContents, toAnchor } from './utilities/lexicalContent.js'
