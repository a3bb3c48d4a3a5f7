import type { FaceLevel, NameLevel } from './consentStatus.js'

import { translatedOptions } from '../translations/translatedOptions.js'

/**
 * How identifiable a client is, in the words editors choose from: on a consent (what the client
 * allows) and on a gallery (what its photos show).
 */
export const faceOptions = translatedOptions<FaceLevel>({
  shown: 'faceShown',
  cropped: 'faceCropped',
  blurred: 'faceBlurred',
  none: 'faceNone',
})

export const nameOptions = translatedOptions<NameLevel>({
  full: 'nameFull',
  initials: 'nameInitials',
  none: 'nameNone',
})
