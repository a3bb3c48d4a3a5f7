import type { CollectionConfig, Config, Plugin } from 'payload'

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

/**
 * Which of `slugs` `@payloadcms/plugin-seo` will give its `meta` group. Only a copy that runs after
 * this plugin can (before it, the clinic's collections do not exist yet). Its options say which
 * collections it covers; a closure without them is run on a config of empty collections named
 * like ours (it only maps collections and adds endpoints), and if even that cannot tell, every
 * collection counts as covered: two `meta` groups would stop Payload from starting.
 */
export const coveredByPluginSeo = (config: Config, self: Plugin, slugs: string[]): Set<string> => {
  const plugins = [...((config.plugins ?? []) as DescribedPlugin[])].sort(
    (a, b) => (a.order ?? 0) - (b.order ?? 0),
  )
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
        if (collection.fields.some((field) => 'name' in field && field.name === 'meta')) {
          covered.add(collection.slug)
        }
      }
    } catch {
      slugs.forEach((slug) => covered.add(slug))
    }
  })
  return covered
}
