import type { Endpoint, Field, PayloadRequest } from 'payload'

import { getLocalI18n } from 'payload'

import type { SanitizedSmpClinicOptions, SmpCollectionKey } from '../options/types.js'

type Labels = Record<string, Record<string, string>>
type I18n = PayloadRequest['i18n']

/**
 * An option's label as the editor would read it in `i18n`'s language.
 */
const labelText = (label: unknown, value: string, i18n: I18n): string => {
  if (typeof label === 'function') {
    const text = (label as (args: { i18n: I18n; t: I18n['t'] }) => unknown)({ i18n, t: i18n.t })
    return typeof text === 'string' ? text : value
  }
  if (typeof label === 'string') {
    return label
  }
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, string>
    return byLanguage[i18n.language] ?? byLanguage.en ?? Object.values(byLanguage)[0] ?? value
  }
  return value
}

/**
 * Every select and radio field below `fields`, by its data path (`pairs.angle`), with each
 * value's label.
 */
const optionLabels = (fields: Field[], i18n: I18n, prefix = '', into: Labels = {}): Labels => {
  for (const field of fields) {
    const path =
      'name' in field && field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    if ((field.type === 'select' || field.type === 'radio') && 'name' in field) {
      into[path] = Object.fromEntries(
        field.options.map((option) =>
          typeof option === 'string'
            ? [option, option]
            : [option.value, labelText(option.label, option.value, i18n)],
        ),
      )
    } else if ('fields' in field && Array.isArray(field.fields)) {
      const nested = 'name' in field && field.name ? `${path}.` : prefix
      optionLabels(field.fields, i18n, nested, into)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        optionLabels(
          tab.fields,
          i18n,
          'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix,
          into,
        )
      }
    }
  }
  return into
}

// Consents are the clinic's own records: their options are not for the public.
const publicKeys: SmpCollectionKey[] = [
  'articles',
  'beforeAfterGalleries',
  'faqs',
  'practitioners',
  'testimonials',
  'topics',
]

const languageOf = (req: PayloadRequest): string => {
  const asked = req.searchParams.get('language')
  const supported = Object.keys(req.payload.config.i18n.supportedLanguages ?? {})
  return asked && supported.includes(asked) ? asked : req.i18n.language
}

/**
 * `GET /api/smp-clinic/labels`: the label of every option value (a treatment, a hair-loss stage,
 * an angle) of the plugin's public collections, in the reader's language (`Accept-Language`, or
 * `?language=es`), for a site's filters and badges: `{ language, collections: { <slug>: { <field
 * path>: { <value>: <label> } } } }`. The values are those the REST API and GraphQL return.
 */
export const labelsEndpoint = (options: SanitizedSmpClinicOptions): Endpoint => ({
  handler: async (req) => {
    const language = languageOf(req)
    const i18n =
      language === req.i18n.language
        ? req.i18n
        : await getLocalI18n({ config: req.payload.config, language: language as never })
    const collections: Record<string, Labels> = {}
    for (const key of publicKeys) {
      const slug = options.slugs[key]
      const config = slug ? req.payload.collections[slug]?.config : undefined
      if (slug && config) {
        collections[slug] = optionLabels(config.fields, i18n)
      }
    }
    return Response.json(
      { collections, language: i18n.language },
      { headers: { 'content-language': i18n.language, vary: 'Accept-Language' } },
    )
  },
  method: 'get',
  path: '/smp-clinic/labels',
})
