import { type ConsentUse, faceLevels, type NameLevel, nameLevels } from './consentStatus.js'

/**
 * A word of initials: capitals each followed by a full stop ("J.", "T.C.", "M.-C."). Anything
 * else ("JD", "MAX", "Al") is read as a name: when in doubt, the more identifying reading asks for
 * the stronger consent.
 */
const initialsWord = /^(\p{Lu}\.)+(-(\p{Lu}\.)+)?$/u

/**
 * The display name of a client who asked not to be named: it names nobody.
 */
export const anonymousName = 'Anonymous'

/**
 * How identifying a display name is, for matching against what the client consented to.
 */
export const nameShownIn = (name: unknown): NameLevel | undefined => {
  if (typeof name !== 'string' || !name.trim() || name.trim() === anonymousName) {
    return undefined
  }
  return name
    .trim()
    .split(/\s+/)
    .every((word) => initialsWord.test(word))
    ? 'initials'
    : 'full'
}

/**
 * A name as a client asked to be shown: in full, as initials ("Jordan Diaz" is "J. D."), or not.
 */
export const displayNameFor = (name: string, level: NameLevel): string => {
  if (level === 'full') {
    return name.trim()
  }
  if (level === 'initials') {
    return name
      .trim()
      .split(/\s+/)
      .map((word) => `${[...word][0]!.toLocaleUpperCase()}.`)
      .join(' ')
  }
  return anonymousName
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
