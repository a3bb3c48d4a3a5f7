import type { CollectionConfig, Config, Field, SanitizedConfig } from 'payload'

import { smpClinicPlugin, type SmpClinicPluginConfig } from '../../src/index.js'
import { databaseAdapter } from '../databaseAdapter.js'

/**
 * The slug of a plugin collection's bare copy.
 */
export const bareSlug = (slug: string): string => `bare-${slug}`

/**
 * The GraphQL names of a bare copy: the plugin's own names behind `Bare`, so both sides of a
 * comparison ask for the same fields.
 */
export const bareGraphQLName = (name: string): string => `Bare${name}`

type Rewrite = (slug: string) => string

const rewriteTargets = <T extends string | string[]>(target: T, rewrite: Rewrite): T =>
  (Array.isArray(target) ? target.map(rewrite) : rewrite(target)) as T

/**
 * A field as Payload stores and reads it, without what the plugin adds to it: no hooks, field
 * access, custom validation, filter options or admin components. Fields only hooks fill
 * (`virtual: true`, such as `jsonLd` and `consentState`) and admin-only `ui` fields have no
 * counterpart; relationship, upload and join targets become the bare copies.
 */
const bareField = (field: Field, rewrite: Rewrite): Field | null => {
  if (field.type === 'ui' || ('virtual' in field && field.virtual === true)) {
    return null
  }
  const {
    access: _access,
    admin: _admin,
    custom: _custom,
    filterOptions: _filterOptions,
    hooks: _hooks,
    interfaceName: _interfaceName,
    typescriptSchema: _typescriptSchema,
    validate: _validate,
    ...kept
  } = field as Field & Record<string, unknown>
  const copy = kept as Field & Record<string, unknown>
  if (copy.type === 'relationship' || copy.type === 'upload') {
    copy.relationTo = rewriteTargets(copy.relationTo, rewrite)
  }
  if (copy.type === 'join') {
    copy.collection = rewriteTargets(copy.collection, rewrite)
  }
  if ('fields' in copy && Array.isArray(copy.fields)) {
    copy.fields = bareFields(copy.fields, rewrite)
  }
  if (copy.type === 'tabs') {
    copy.tabs = copy.tabs.map((tab) => ({ ...tab, fields: bareFields(tab.fields, rewrite) }))
  }
  if (copy.type === 'blocks' && copy.blocks) {
    copy.blocks = copy.blocks.map((block) => ({
      ...block,
      fields: bareFields(block.fields, rewrite),
    }))
  }
  return copy
}

const bareFields = (fields: Field[], rewrite: Rewrite): Field[] =>
  fields.map((field) => bareField(field, rewrite)).filter((field): field is Field => field !== null)

/**
 * A plugin collection as Payload alone would serve it: the same fields, indexes, versions, order
 * and GraphQL shape under `bare-<slug>`, readable by anyone, with no hooks, endpoints or custom
 * components. Upload collections keep their image sizes and store files under `uploadsDir`.
 */
const bareCollection = (
  collection: CollectionConfig,
  copied: Set<string>,
  uploadsDir: string,
): CollectionConfig => {
  const rewrite: Rewrite = (slug) => (copied.has(slug) ? bareSlug(slug) : slug)
  const slug = bareSlug(collection.slug)
  const graphQL = collection.graphQL
  const upload = collection.upload === true ? {} : collection.upload
  return {
    slug,
    access: { read: () => true },
    defaultPopulate: collection.defaultPopulate,
    defaultSort: collection.defaultSort,
    fields: bareFields(collection.fields, rewrite),
    forceSelect: collection.forceSelect,
    graphQL:
      graphQL && graphQL.singularName && graphQL.pluralName
        ? {
            pluralName: bareGraphQLName(graphQL.pluralName),
            singularName: bareGraphQLName(graphQL.singularName),
          }
        : graphQL,
    indexes: collection.indexes,
    orderable: collection.orderable,
    timestamps: collection.timestamps,
    trash: collection.trash,
    upload: upload
      ? {
          filesRequiredOnCreate: upload.filesRequiredOnCreate,
          focalPoint: upload.focalPoint,
          imageSizes: upload.imageSizes,
          mimeTypes: upload.mimeTypes,
          staticDir: `${uploadsDir}/${slug}`,
        }
      : undefined,
    versions: collection.versions,
  }
}

/**
 * The collections the clinic plugin adds to a host with a users collection, given the plugin
 * options the bench also gives the dev config. Their shape depends on those options only (and on
 * the host's localization, which the dev config leaves off).
 */
const pluginCollections = async (plugin: SmpClinicPluginConfig): Promise<CollectionConfig[]> => {
  const host: Config = {
    admin: { user: 'users' },
    collections: [{ slug: 'users', auth: true, fields: [] }],
    // Never connected: the plugin only reads the config.
    db: databaseAdapter('file::memory:'),
    secret: 'bench-probe',
  }
  const config = await smpClinicPlugin(plugin)(host)
  return (config.collections ?? []).filter((collection) => collection.slug !== 'users')
}

/**
 * Bare copies of the plugin's content collections (the webhook delivery log is left out: no page
 * reads it). The dev config takes them as host collections, which reach the plugin before it
 * runs, so the copies are made from the plugin's own output on the same options;
 * `assertBare` checks afterwards that the plugin left them alone.
 */
export const bareCopies = async (
  plugin: SmpClinicPluginConfig,
  slugs: string[],
  uploadsDir: string,
): Promise<CollectionConfig[]> => {
  const copied = new Set(slugs)
  const collections = (await pluginCollections(plugin)).filter((collection) =>
    copied.has(collection.slug),
  )
  const missing = slugs.filter((slug) => !collections.some((c) => c.slug === slug))
  if (missing.length) {
    throw new Error(`bench: the plugin adds no collection ${missing.join(', ')}`)
  }
  return collections.map((collection) => bareCollection(collection, copied, uploadsDir))
}

// Payload itself adds write hooks (an orderable collection's `_order`) and its default endpoints;
// only the plugin would add these.
const readPathHooks = ['afterOperation', 'afterRead', 'beforeOperation', 'beforeRead'] as const

/**
 * Fails when a bare copy got hooks on the read path in the built config, which would make the
 * comparison measure the plugin on both sides.
 */
export const assertBare = (config: SanitizedConfig, slugs: string[]): void => {
  for (const slug of slugs.map(bareSlug)) {
    const collection = config.collections.find((each) => each.slug === slug)
    if (!collection) {
      throw new Error(`bench: the built config has no collection ${slug}`)
    }
    const hooked = readPathHooks.filter((name) => (collection.hooks?.[name]?.length ?? 0) > 0)
    if (hooked.length) {
      throw new Error(`bench: ${slug} is not bare (it has ${hooked.join(', ')} hooks)`)
    }
  }
}
