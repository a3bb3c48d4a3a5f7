import type { en } from './en.js'
import type { translationNamespace } from './namespace.js'

/**
 * Every key of the plugin's strings, from the English file: a missing or misspelt key in another
 * language, or in a call, is a type error.
 */
export type PluginSmpClinicTranslationKey = keyof (typeof en)[typeof translationNamespace]

/**
 * One language's strings, in the shape Payload merges into `i18n.translations`.
 */
export type PluginSmpClinicTranslations = {
  [translationNamespace]: Record<PluginSmpClinicTranslationKey, string>
}
