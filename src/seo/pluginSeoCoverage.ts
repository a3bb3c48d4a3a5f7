import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import * as payloadExports from 'payload'

type DescribedPlugin = Plugin & {
  options?: { collections?: unknown }
  order?: number
  slug?: string
}

/**
 * `@payloadcms/plugin-seo` made with `definePlugin`: it carries its slug and options.
 */
const isNamedPluginSeo = (plugin: DescribedPlugin) =>
  typeof plugin.slug === 'string' && /(^|\/)plugin-seo$/.test(plugin.slug)

/**
 * What `plugin` makes of a config holding only empty collections named `slugs`, or undefined when
 * it cannot say at once (it failed on so little, or answers asynchronously). Plugins are
 * functions of the config; this one is run on a copy and its answer thrown away.
 */
const probe = (plugin: Plugin, slugs: string[]): Config | undefined => {
  try {
    const answer = plugin({
      collections: slugs.map((slug) => ({ slug, fields: [] })),
      endpoints: [],
      globals: [],
      i18n: {},
    } as unknown as Config)
    if (answer instanceof Promise) {
      answer.catch(() => undefined)
      return undefined
    }
    return answer
  } catch {
    return undefined
  }
}

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
 * Which of `slugs` a plugin that runs after this one will give a `meta` group of its own (only
 * one that runs after can: before it, the clinic's collections do not exist yet). What a plugin
 * does is asked of the plugin itself, not of its name or source: each later plugin is run on a
 * config of empty collections named like ours, and a collection it gives a `meta` counts as
 * covered (`@payloadcms/plugin-seo` as Payload 3 ships it, or any plugin that adds one). A
 * plugin-seo made with `definePlugin` says which collections it covers in its options; when even
 * it cannot be asked, every collection counts as covered: two `meta` groups would stop Payload
 * from starting.
 */
export const coveredByPluginSeo = (config: Config, self: Plugin, slugs: string[]): Set<string> => {
  const inList = [...((config.plugins ?? []) as DescribedPlugin[])]
  const plugins = honoursOrder ? inList.sort((a, b) => (a.order ?? 0) - (b.order ?? 0)) : inList
  const selfIndex = plugins.indexOf(self as DescribedPlugin)
  const covered = new Set<string>()
  plugins.forEach((plugin, index) => {
    if (index <= selfIndex) {
      return
    }
    const named = isNamedPluginSeo(plugin)
    const listed = plugin.options?.collections
    if (named && Array.isArray(listed)) {
      listed.forEach((slug) => covered.add(String(slug)))
      return
    }
    const answer = probe(plugin, slugs)
    if (!answer) {
      if (named) {
        slugs.forEach((slug) => covered.add(slug))
      }
      return
    }
    for (const collection of (answer.collections ?? []) as CollectionConfig[]) {
      if (slugs.includes(collection.slug) && hasMeta(collection.fields)) {
        covered.add(collection.slug)
      }
    }
  })
  return covered
}
