import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import * as payloadExports from 'payload'

type DescribedPlugin = Plugin & {
  options?: { collections?: unknown }
  order?: number
  slug?: string
}

/**
 * `@payloadcms/plugin-seo`, whether made with `definePlugin` (it carries its slug and options) or
 * as the plain closure Payload 3 ships (recognised by the endpoint it registers).
 */
const isPluginSeo = (plugin: DescribedPlugin) =>
  typeof plugin.slug === 'string'
    ? /(^|\/)plugin-seo$/.test(plugin.slug)
    : Function.prototype.toString.call(plugin).includes('/plugin-seo/generate-title')

// Payload runs plugins by their `order` from 3.83.0, the release that also exports `definePlugin`;
// before it, in the order they are listed.
const honoursOrder = 'definePlugin' in payloadExports

// A `meta` group at the top level, or inside tabs (plugin-seo's `tabbedUI`) and rows.
const hasMeta = (fields: Field[]): boolean =>
  fields.some((field) => {
    if ('name' in field && field.name === 'meta') {
      return true
    }
    if (field.type === 'tabs') {
      return field.tabs.some((tab) => !('name' in tab && tab.name) && hasMeta(tab.fields))
    }
    return (field.type === 'row' || field.type === 'collapsible') && hasMeta(field.fields)
  })

/**
 * Which of `slugs` `@payloadcms/plugin-seo` will give its `meta` group. Only a copy that runs after
 * this plugin can (before it, the clinic's collections do not exist yet). Its options say which
 * collections it covers; a closure without them is run on a config of empty collections named
 * like ours (it only maps collections and adds endpoints), and if even that cannot tell, every
 * collection counts as covered: two `meta` groups would stop Payload from starting.
 */
export const coveredByPluginSeo = (config: Config, self: Plugin, slugs: string[]): Set<string> => {
  const inList = [...((config.plugins ?? []) as DescribedPlugin[])]
  const plugins = honoursOrder ? inList.sort((a, b) => (a.order ?? 0) - (b.order ?? 0)) : inList
  const selfIndex = plugins.indexOf(self as DescribedPlugin)
  const covered = new Set<string>()
  plugins.forEach((plugin, index) => {
    if (index <= selfIndex || !isPluginSeo(plugin)) {
      return
    }
    const listed = plugin.options?.collections
    if (Array.isArray(listed)) {
      listed.forEach((slug) => covered.add(String(slug)))
      return
    }
    try {
      const probe = plugin({
        collections: slugs.map((slug) => ({ slug, fields: [] })),
        endpoints: [],
        globals: [],
        i18n: {},
      } as unknown as Config)
      if (probe instanceof Promise) {
        probe.catch(() => undefined)
        throw new Error('asynchronous')
      }
      for (const collection of (probe.collections ?? []) as CollectionConfig[]) {
        if (hasMeta(collection.fields)) {
          covered.add(collection.slug)
        }
      }
    } catch {
      slugs.forEach((slug) => covered.add(slug))
    }
  })
  return covered
}
