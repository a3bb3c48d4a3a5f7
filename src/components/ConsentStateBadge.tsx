import type { ConsentStatus } from '../utilities/consentStatus.js'

import { consentStateLabels } from '../utilities/consentStateLabels.js'
import { Badge, type BadgeTone } from './Badge.js'

const tones: Record<ConsentStatus, BadgeTone> = {
  expired: 'warning',
  'face-not-covered': 'warning',
  missing: 'error',
  'name-not-covered': 'warning',
  'no-signature': 'warning',
  'not-for-website': 'warning',
  'not-signed': 'warning',
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
