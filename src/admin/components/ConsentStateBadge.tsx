import type { ConsentStatus } from '../../consent/consentStatus.js'

import { consentStateKeys } from '../../consent/consentStateKeys.js'
import { Badge, type BadgeTone } from './Badge.js'
import { useClinicTranslation } from './useClinicTranslation.js'

const tones: Record<ConsentStatus, BadgeTone> = {
  expired: 'warning',
  face_not_covered: 'warning',
  missing: 'error',
  name_not_covered: 'warning',
  no_signature: 'warning',
  not_for_website: 'warning',
  not_signed: 'warning',
  not_verified: 'warning',
  revoked: 'error',
  valid: 'success',
}

/**
 * Green when the consent allows publishing, amber when it needs attention, red when there is none.
 * For the admin's client components (list cell, edit view).
 */
export const ConsentStateBadge = ({ state }: { state: unknown }) => {
  const t = useClinicTranslation()
  const known = typeof state === 'string' && state in tones ? (state as ConsentStatus) : undefined
  if (!known) {
    return null
  }
  return (
    <span data-consent-state={known}>
      <Badge tone={tones[known]}>{t(consentStateKeys[known])}</Badge>
    </span>
  )
}
