import type { Payload } from 'payload'

import type { SanitizedSmpClinicOptions } from './types.js'

/**
 * Where the sanitized options travel in `config.custom`, so `seed({ payload })` and the endpoint
 * find the resolved slugs without being handed the plugin's options again.
 */
export const optionsKey = 'smpClinic'

/**
 * The plugin's resolved options as the given Payload instance holds them, or undefined when the
 * plugin is not in its config.
 */
export const pluginOptions = (payload: Pick<Payload, 'config'>) =>
  payload.config?.custom?.[optionsKey] as SanitizedSmpClinicOptions | undefined
