import type { FaceLevel, NameLevel } from '../utilities/consentStatus.js'

/**
 * How identifiable a client is, in the words editors choose from: on a consent (what the client
 * allows) and on a gallery (what its photos show).
 */
export const faceOptions: { label: string; value: FaceLevel }[] = [
  { label: 'Face shown', value: 'shown' },
  { label: 'Face cropped out', value: 'cropped' },
  { label: 'Face blurred', value: 'blurred' },
  { label: 'No face (scalp only)', value: 'none' },
]

export const nameOptions: { label: string; value: NameLevel }[] = [
  { label: 'Full name', value: 'full' },
  { label: 'Initials only', value: 'initials' },
  { label: 'No name', value: 'none' },
]
