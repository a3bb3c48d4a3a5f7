import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import type {
  SanitizedSmpClinicOptions,
  SmpCollectionKey,
  SmpWebhookEvent,
} from '../options/types.js'

import { publicDocs } from '../privacy/publicDocs.js'
import { passedInstant } from '../privacy/ruleInstants.js'
import { requestState } from '../hardening/requestState.js'
import { enqueueChange } from './changeBody.js'
import { sendAfterCommit } from './sendNow.js'

type Doc = Record<string, unknown>
type PublicState = { doc?: Doc; public: boolean; updatedAt?: unknown }

/**
 * The published state of a document as the public sees it: its main row (a draft saved over a
 * published document leaves that row as it was).
 */
const publicState = async (
  req: PayloadRequest,
  slug: string,
  id: number | string,
): Promise<PublicState> => {
  const doc = (await req.payload.findByID({
    collection: slug as CollectionSlug,
    depth: 0,
    disableErrors: true,
    draft: false,
    id,
    overrideAccess: true,
    req,
  })) as Doc | null
  // Public is what the collection's own read rule lets the public read now (a host's override
  // of `access.read` included), checked on the row as this transaction leaves it.
  return {
    doc: doc ?? undefined,
    public: Boolean(doc) && (await publicDocs(req, slug, [id])).length > 0,
    updatedAt: doc?.updatedAt,
  }
}

/**
 * What each request saw before its changes, by collection and id. Kept beside the request, not
 * in `req.context`: every Local API call made with the request replaces that object with a copy.
 */
const before = requestState('webhooks.before', () => new Map<string, PublicState>())

const beforeKey = (slug: string, id: unknown) => `${slug}:${String(id)}`

/**
 * The key of the unpublish a consent's end causes, shared by the change that ends it (a
 * revocation saved now) and the poller that notices the instant pass, so a site hears it once.
 */
export const lapseKey = (slug: string, id: unknown, end: Date) =>
  `lapse:${slug}:${String(id)}:${end.toISOString()}`

/**
 * Adds the hooks that turn a committed change of public content into webhook deliveries:
 * publish, unpublish (an editor's, or a consent that ended), update of a published document,
 * delete of a public one. Drafts, samples and private changes send nothing.
 */
export const withWebhookHooks = (
  collection: CollectionConfig,
  key: SmpCollectionKey,
  options: SanitizedSmpClinicOptions,
): CollectionConfig => {
  const slug = collection.slug

  const rememberBefore: CollectionBeforeChangeHook = async ({
    data,
    operation,
    originalDoc,
    req,
  }) => {
    if (operation === 'update' && originalDoc?.id !== undefined) {
      before(req).set(
        beforeKey(slug, originalDoc.id),
        await publicState(req, slug, originalDoc.id as number | string),
      )
    }
    return data
  }

  const send = (
    req: PayloadRequest,
    event: SmpWebhookEvent,
    doc: Doc,
    id: string,
    previous?: Doc,
  ) =>
    enqueueChange({
      doc,
      event,
      id,
      key,
      occurredAt: options.clock(),
      options,
      previous,
      req,
      slug,
    })

  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
    const now = options.clock()
    const key = beforeKey(slug, doc.id)
    const was: PublicState = (operation === 'update' ? before(req).get(key) : undefined) ?? {
      public: false,
    }
    before(req).delete(key)
    const after = await publicState(req, slug, doc.id)
    const published = after.doc ?? (doc as Doc)
    if (!was.public && after.public) {
      await send(req, 'publish', published, `publish:${slug}:${doc.id}:${String(after.updatedAt)}`)
    } else if (was.public && !after.public) {
      // Left at an instant the rule compares with the clock (a consent revoked as of now), or
      // by the save itself.
      const lapsed = after.doc && (await passedInstant(req, slug, after.doc, now))
      await send(
        req,
        'unpublish',
        was.doc ?? published,
        lapsed
          ? lapseKey(slug, doc.id, lapsed)
          : `unpublish:${slug}:${doc.id}:${String(after.updatedAt)}`,
      )
    } else if (was.public && after.public && was.updatedAt !== after.updatedAt) {
      await send(
        req,
        'update',
        published,
        `update:${slug}:${doc.id}:${String(after.updatedAt)}`,
        was.doc,
      )
    } else {
      // Nothing to tell now, but the save may have moved an instant the rule compares with the
      // clock (an embargo date): the poller's timer is set again once it commits.
      await sendAfterCommit(req)
    }
    return doc
  }

  // Whether a document was public is asked before it is deleted: afterwards there is no row
  // for the read rule to look at.
  const rememberBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
    before(req).set(beforeKey(slug, id), {
      public: (await publicDocs(req, slug, [id])).length > 0,
    })
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    const key = beforeKey(slug, doc.id)
    const was = before(req).get(key)
    before(req).delete(key)
    if (was?.public) {
      await send(
        req,
        'delete',
        doc as Doc,
        `delete:${slug}:${doc.id}:${options.clock().toISOString()}`,
      )
    }
    return doc
  }

  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), rememberBefore],
      beforeDelete: [...(collection.hooks?.beforeDelete ?? []), rememberBeforeDelete],
    },
  }
}
