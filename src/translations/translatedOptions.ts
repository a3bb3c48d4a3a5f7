import type { PluginSmpClinicTranslationKey } from './index.js'

import { translated } from './translated.js'

/**
 * Select options named in the editor's language, from each value's key, in the order given.
 */
export const translatedOptions = <Value extends string>(
  keys: Record<Value, PluginSmpClinicTranslationKey>,
) => (Object.keys(keys) as Value[]).map((value) => ({ label: translated(keys[value]), value }))
