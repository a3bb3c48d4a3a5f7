import { type ConsentUse, faceLevels, type NameLevel, nameLevels } from './consentStatus.js'

/**
 * Initials are one or two letters per word, each optionally followed by a full stop:
 * "J. D.", "JD", "M.-C. L.". Anything else is read as a name.
 */
const initialsPattern = /^(\p{L}{1,2}\.?(-\p{L}\.?)?\s*){1,4}$/u

/**
 * How identifying a display name is, for matching against what the client consented to.
 */
export const nameShownIn = (name: unknown): NameLevel | undefined => {
  if (typeof name !== 'string' || !name.trim()) {
    return undefined
  }
  return initialsPattern.test(name.trim()) ? 'initials' : 'full'
}

/**
 * What a testimonial or gallery shows of the client: the face its photos show (an editor's
 * declaration) and the name it displays (read from the name itself).
 */
export const consentUseOf = (doc: Record<string, unknown> | undefined): ConsentUse => {
  const use: ConsentUse = {}
  const face = doc?.faceShown
  if (typeof face === 'string' && (faceLevels as readonly string[]).includes(face)) {
    use.face = face as ConsentUse['face']
  }
  const name = doc && 'clientName' in doc ? nameShownIn(doc.clientName) : undefined
  if (name && (nameLevels as readonly string[]).includes(name)) {
    use.name = name
  }
  return use
}
