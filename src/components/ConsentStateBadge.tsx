import type { ConsentStatus } from '../utilities/consentStatus.js'

import { consentStateLabels } from '../utilities/consentStateLabels.js'
import { Badge, type BadgeTone } from './Badge.js'

const tones: Record<ConsentStatus, BadgeTone> = {
  expired: 'warning',
  face_not_covered: 'warning',
  missing: 'error',
  name_not_covered: 'warning',
  no_signature: 'warning',
  not_for_website: 'warning',
  not_signed: 'warning',
  revoked: 'error',
  valid: 'success',
}

/**
 * Green when the consent allows publishing, amber when it needs attention, red when there is none.
 */
export const ConsentStateBadge = ({ state }: { state: unknown }) => {
  const known = typeof state === 'string' && state in tones ? (state as ConsentStatus) : undefined
  if (!known) {
    return null
  }
  return (
    <span data-consent-state={known}>
      <Badge tone={tones[known]}>{consentStateLabels[known]}</Badge>
    </span>
  )
}
