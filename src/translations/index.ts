import type { translationNamespace } from './namespace.js'

import { en } from './en.js'
import { es } from './es.js'
import { fr } from './fr.js'

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

/**
 * The languages the plugin ships, merged into the host's `i18n.translations` (the host's own
 * strings win), as Payload's official plugins do.
 */
export const translations: Record<'en' | 'es' | 'fr', PluginSmpClinicTranslations> = { en, es, fr }
