import type { CollectionConfig, Field, FieldHook, Payload } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { checkHostQueryPaths } from '../hardening/checkQueryPaths.js'
import { dropUnpopulatedRelations } from './dropUnpopulatedRelations.js'
import { guardPublicQuery } from './guardPublicQuery.js'
import { guardsRelations, keepReadableRelations } from './keepReadableRelations.js'

type Hooked = { hooks?: { afterRead?: FieldHook[] } }

const isGuarded = (field: Hooked) =>
  (field.hooks?.afterRead ?? []).some((hook) => guardsRelations in hook)

/**
 * Adds the relationship guard to each field under `fields` that points at the clinic's
 * collections and does not carry it yet. Returns how many fields it guarded.
 */
const guardFields = (fields: Field[], ours: Set<string>, hook: FieldHook): number => {
  let guarded = 0
  for (const field of fields) {
    switch (field.type) {
      case 'join':
      case 'relationship':
      case 'upload': {
        const targets = field.type === 'join' ? field.collection : field.relationTo
        const points = [targets].flat().some((slug) => ours.has(slug))
        if (points && !isGuarded(field as Hooked)) {
          const hooked = field as Hooked
          hooked.hooks = { ...hooked.hooks, afterRead: [hook, ...(hooked.hooks?.afterRead ?? [])] }
          guarded++
        }
        break
      }
      case 'array':
      case 'collapsible':
      case 'group':
      case 'row':
        guarded += guardFields(field.fields, ours, hook)
        break
      case 'tabs':
        for (const tab of field.tabs) {
          guarded += guardFields(tab.fields, ours, hook)
        }
        break
      case 'blocks':
        for (const block of field.blocks ?? []) {
          guarded += guardFields(block.fields, ours, hook)
        }
        break
      default:
        break
    }
  }
  return guarded
}

/**
 * The plugin runs before other plugins, so a relationship to clinic content that a later plugin
 * adds (plugin-seo's `meta.image`, a redirects collection, a search index) was not there to be
 * guarded when the plugin built its config. Once Payload has built the config, before the first
 * request, every such field gets the same guard as the host's own fields, and its collection the
 * query and response guards, so a visitor never reads the id of a document they may not read.
 */
export const guardLateRelations = (
  payload: Payload,
  options: SanitizedSmpClinicOptions,
  ours: Set<string>,
) => {
  const hook = keepReadableRelations(options)
  for (const { config } of Object.values(payload.collections)) {
    if (!guardFields(config.fields, ours, hook)) {
      continue
    }
    const hooks = config.hooks as NonNullable<CollectionConfig['hooks']>
    if (!hooks.afterRead?.includes(dropUnpopulatedRelations)) {
      hooks.afterRead = [dropUnpopulatedRelations, ...(hooks.afterRead ?? [])]
    }
    // The clinic's own collections already check every query; others get the host guards.
    if (!ours.has(config.slug) && !hooks.beforeOperation?.includes(checkHostQueryPaths)) {
      hooks.beforeOperation = [
        checkHostQueryPaths,
        guardPublicQuery(options, ours),
        ...(hooks.beforeOperation ?? []),
      ]
    }
  }
}
