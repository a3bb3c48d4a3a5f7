/**
 * Where the sanitized options travel in `config.custom`, so `seed({ payload })` and the endpoint
 * find the resolved slugs without being handed the plugin's options again.
 */
export const optionsKey = 'smpClinic'
