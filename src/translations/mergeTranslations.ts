import type { Config } from 'payload'

import { deepMergeSimple } from 'payload/shared'

import { translations } from './index.js'

type I18nConfig = NonNullable<Config['i18n']>

/**
 * Translations by language, as Payload's `i18n.translations` holds them.
 */
export type TranslationsByLanguage = NonNullable<I18nConfig['translations']>

/**
 * The host's `i18n.translations` with the plugin's strings merged in, each layer winning over
 * the one before: the plugin's own, then the `i18n.translations` option, then the host's. A
 * language the host offers that the plugin does not ship gets the English strings, so its editors
 * read words rather than keys.
 */
export const mergeTranslations = (
  option: TranslationsByLanguage | undefined,
  host: Pick<I18nConfig, 'supportedLanguages' | 'translations'> | undefined,
): TranslationsByLanguage => {
  const offered = Object.keys(host?.supportedLanguages ?? {}).map((language) => [
    language,
    translations.en,
  ])
  const defaults = { ...Object.fromEntries(offered), ...translations }
  return deepMergeSimple(deepMergeSimple(defaults, option ?? {}), host?.translations ?? {})
}
