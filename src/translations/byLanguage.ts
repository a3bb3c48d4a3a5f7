import type { PluginSmpClinicTranslationKey } from './index.js'
import type { TranslationsByLanguage } from './mergeTranslations.js'

import { en } from './en.js'
import { translationNamespace } from './namespace.js'

/**
 * One of the plugin's strings in each of `languages` that has it, for the settings Payload takes
 * as a string or a record by language rather than a function (`admin.group`). With a single
 * language there is nothing to choose between, and the string is returned as it is (English when
 * no language has it).
 */
export const byLanguage = (
  merged: TranslationsByLanguage,
  key: PluginSmpClinicTranslationKey,
  languages: string[],
): Record<string, string> | string => {
  const entries = languages.flatMap((language) => {
    const strings = merged[language as keyof TranslationsByLanguage] as
      Record<string, Record<string, unknown> | undefined> | undefined
    const text = strings?.[translationNamespace]?.[key]
    return typeof text === 'string' && text ? [[language, text] as const] : []
  })
  if (entries.length > 1) {
    return Object.fromEntries(entries)
  }
  return entries[0]?.[1] ?? en[translationNamespace][key]
}
