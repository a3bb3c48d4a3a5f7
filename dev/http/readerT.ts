import type { Request } from 'express'
import type { SanitizedConfig } from 'payload'

import { initI18n } from '@payloadcms/translations'
import { getRequestLanguage } from 'payload'

import { type ClinicT, clinicT } from '../../src/internal.js'

const cookiesOf = (header: string | undefined) =>
  new Map(
    (header ?? '')
      .split(';')
      .map((pair) => pair.trim().split(/=(.*)/s))
      .filter((pair): pair is [string, string] => Boolean(pair[0]) && pair[1] !== undefined)
      .map(([name, value]) => [name, decodeURIComponent(value)]),
  )

/**
 * The plugin's strings in the reader's language, picked as Payload picks it (its `payload-lng`
 * cookie, then `Accept-Language`), for answers the server gives before Payload sees the request.
 */
export const readerT = async (config: SanitizedConfig, req: Request): Promise<ClinicT> => {
  const headers = new Headers()
  for (const name of ['accept-language', 'cookie']) {
    const value = req.headers[name]
    if (typeof value === 'string') {
      headers.set(name, value)
    }
  }
  const language = getRequestLanguage({ config, cookies: cookiesOf(req.headers.cookie), headers })
  const known = byConfig.get(config) ?? new Map<string, Promise<ClinicT>>()
  byConfig.set(config, known)
  let t = known.get(language)
  if (!t) {
    t = initI18n({ config: config.i18n, context: 'api', language }).then((i18n) =>
      clinicT(i18n.t as never),
    )
    known.set(language, t)
  }
  return t
}

// One set of strings per config and language: a config's translations do not change.
const byConfig = new WeakMap<SanitizedConfig, Map<string, Promise<ClinicT>>>()
