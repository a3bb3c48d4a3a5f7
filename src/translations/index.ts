import type { PluginSmpClinicTranslations } from './types.js'

import { en } from './en.js'
import { es } from './es.js'
import { fr } from './fr.js'

/**
 * The languages the plugin ships, merged into the host's `i18n.translations` (the host's own
 * strings win), as Payload's official plugins do.
 */
export const translations: Record<'en' | 'es' | 'fr', PluginSmpClinicTranslations> = { en, es, fr }

export type { PluginSmpClinicTranslationKey, PluginSmpClinicTranslations } from './types.js'
