import type { LabelFunction, StaticLabel } from 'payload'

/**
 * The admin's i18n, as Payload hands it to label functions and server components.
 */
export type AdminI18n = Parameters<LabelFunction>[0]['i18n']

/**
 * A label in any form Payload accepts (a function, a record by language, a string) as the admin
 * shows it in `i18n`'s language.
 */
export const labelText = (
  label: LabelFunction | StaticLabel | undefined,
  i18n: AdminI18n,
): string | undefined => {
  if (typeof label === 'function') {
    // Payload types the admin's `t` with fewer keys than a label function's; it is the same `t`.
    return label({ i18n, t: i18n.t as Parameters<LabelFunction>[0]['t'] })
  }
  if (label && typeof label === 'object') {
    return label[i18n.language] ?? label[i18n.fallbackLanguage] ?? Object.values(label)[0]
  }
  return label
}
