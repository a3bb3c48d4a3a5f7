import type { PayloadRequest } from 'payload'

import type { PluginSmpClinicTranslationKey } from './index.js'

import { translationNamespace } from './namespace.js'

/**
 * Values put in a string's `{{name}}` placeholders.
 */
export type TranslationVars = Record<string, number | string>

/**
 * Payload's `t`, able to look up the plugin's keys. Payload types `t` with its own keys only, so it
 * is widened here, once.
 */
export type ClinicT = (key: PluginSmpClinicTranslationKey, vars?: TranslationVars) => string

/**
 * Any of Payload's `t` functions: `i18n.t`, `req.t`, or the admin's `useTranslation().t`, whose
 * keys are typed differently.
 */
type PayloadT = (key: never, vars?: never) => string

/**
 * The plugin's view of a Payload `t`.
 */
export const clinicT =
  (t: PayloadT): ClinicT =>
  (key, vars) =>
    (t as unknown as (key: string, vars?: TranslationVars) => string)(
      `${translationNamespace}:${key}`,
      vars,
    )

/**
 * A label or description in the admin's language, as Payload calls them: for collection labels
 * and descriptions, field labels and descriptions, and select options.
 * @example label: translated('articleTitle')
 */
export const translated =
  (key: PluginSmpClinicTranslationKey, vars?: TranslationVars) =>
  ({ t }: { t: PayloadT }): string =>
    clinicT(t)(key, vars)

/**
 * A message in the language of the request: validation messages and errors from hooks and
 * endpoints.
 */
export const translate = (
  req: Pick<PayloadRequest, 't'>,
  key: PluginSmpClinicTranslationKey,
  vars?: TranslationVars,
): string => clinicT(req.t)(key, vars)
