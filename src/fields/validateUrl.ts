import type { FieldHook, PayloadRequest } from 'payload'

import type { PluginSmpClinicTranslationKey } from '../translations/index.js'

import { translate, type TranslationVars } from '../translations/translated.js'

/**
 * The longest web address accepted: far beyond any real link, short of a payload.
 */
export const maxUrlLength = 2048

/**
 * What is wrong with a web address, as a message key, or null when nothing is. Empty values pass
 * (use `required` for presence); so do absolute http(s) URLs written out in full (`https://host/…`:
 * not `https:host` or `http:/\host`, which browsers read in surprising ways), without a user name
 * or password, of at most 2048 characters.
 */
const urlProblem = (
  value: null | string | undefined,
): null | { key: PluginSmpClinicTranslationKey; vars?: TranslationVars } => {
  if (!value) {
    return null
  }
  if (value.length > maxUrlLength) {
    return { key: 'urlTooLong', vars: { max: maxUrlLength } }
  }
  if (!/^https?:\/\/[^/\\\s]/i.test(value.trim())) {
    return { key: 'urlInvalid' }
  }
  try {
    const url = new URL(value.trim())
    if (url.username || url.password) {
      return { key: 'urlCredentials' }
    }
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : { key: 'urlInvalid' }
  } catch {
    return { key: 'urlInvalid' }
  }
}

/**
 * Validation of a web address (see `urlProblem`), with the message in the editor's language. With
 * `normalizeUrl` storing each in its normalized form (quotes, spaces and angle brackets
 * percent-encoded), links served to frontends can be put in an attribute without further checks.
 */
export const validateUrl = (
  value: null | string | undefined,
  { req }: { req: Pick<PayloadRequest, 't'> },
): string | true => {
  const problem = urlProblem(value)
  return problem ? translate(req, problem.key, problem.vars) : true
}

/**
 * Stores a URL as the URL parser writes it, so what reaches a frontend is normalized.
 */
export const normalizeUrl: FieldHook = ({ value }) =>
  typeof value === 'string' && value && urlProblem(value) === null
    ? new URL(value.trim()).href
    : value
