import type { ConsentStatus } from './consentStatus.js'
import type { PluginSmpClinicTranslationKey } from '../translations/index.js'

/**
 * How each consent state reads in the admin panel: the select field's options and the badges in
 * the list and the edit view use the same words.
 */
export const consentStateKeys: Record<ConsentStatus, PluginSmpClinicTranslationKey> = {
  valid: 'consentStateValid',
  missing: 'consentStateMissing',
  expired: 'consentStateExpired',
  revoked: 'consentStateRevoked',
  not_signed: 'consentStateNotSigned',
  not_verified: 'consentStateNotVerified',
  no_signature: 'consentStateNoSignature',
  not_for_website: 'consentStateNotForWebsite',
  face_not_covered: 'consentStateFaceNotCovered',
  name_not_covered: 'consentStateNameNotCovered',
}

/**
 * What an editor is told when a consent keeps a document from being published, per state.
 */
export const consentBlockKeys: Record<
  Exclude<ConsentStatus, 'valid'>,
  PluginSmpClinicTranslationKey
> = {
  expired: 'consentBlocksExpired',
  face_not_covered: 'consentBlocksFaceNotCovered',
  missing: 'consentBlocksMissing',
  name_not_covered: 'consentBlocksNameNotCovered',
  no_signature: 'consentBlocksNoSignature',
  not_for_website: 'consentBlocksNotForWebsite',
  not_signed: 'consentBlocksNotSigned',
  not_verified: 'consentBlocksNotVerified',
  revoked: 'consentBlocksRevoked',
}
