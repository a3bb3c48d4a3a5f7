import type { CollectionConfig, Config, Payload, Plugin } from 'payload'

import type {
  SanitizedSmpClinicOptions,
  SmpClinicPluginConfig,
  SmpCollectionKey,
} from '../options/types.js'

import { createArticlesCollection } from '../collections/Articles/index.js'
import { createBeforeAfterGalleriesCollection } from '../collections/BeforeAfterGalleries/index.js'
import { createConsentsCollection } from '../collections/Consents/index.js'
import { createFaqsCollection } from '../collections/Faqs/index.js'
import { createMediaCollection } from '../collections/Media/index.js'
import { createPractitionersCollection } from '../collections/Practitioners/index.js'
import { protectHostMedia } from '../collections/Media/protectHostMedia.js'
import { createTestimonialsCollection } from '../collections/Testimonials/index.js'
import { createTopicsCollection } from '../collections/Topics/index.js'
import { createWebhookDeliveriesCollection } from '../webhooks/deliveries/index.js'
import { createSubmissionsCollection } from '../collections/Submissions/index.js'
import { createExternalReviewsCollection } from '../collections/ExternalReviews/index.js'
import { submissionEndpoints } from '../submissions/index.js'
import { submitStoryMutation } from '../submissions/submitMutation.js'
import { createClinicSettingsGlobal } from '../globals/ClinicSettings/index.js'
import { docAccessEndpoint } from '../privacy/docAccessEndpoint.js'
import { seedEndpoint } from '../seed/seedEndpoint.js'
import { sitemapEndpoints } from '../seo/sitemapEndpoint.js'
import { allOrNothing } from '../hardening/allOrNothing.js'
import { answerClientErrors } from '../hardening/answerClientErrors.js'
import { capPublicDepth } from '../privacy/capPublicDepth.js'
import { trashForEditors } from '../privacy/trashForEditors.js'
import { checkHostQueryPaths } from '../hardening/checkQueryPaths.js'
import { checkQueryValues } from '../hardening/checkQueryValues.js'
import { dropUnpopulatedRelations } from '../privacy/dropUnpopulatedRelations.js'
import { guardPublicQuery } from '../privacy/guardPublicQuery.js'
import { withReadableRelations } from '../privacy/keepReadableRelations.js'
import { lockDocumentForUpdate } from '../hardening/lockDocumentForUpdate.js'
import { readJoinsAtTopLevel } from '../privacy/readJoinsAtTopLevel.js'
import { refuseDataOnRead } from '../privacy/refuseDataOnRead.js'
import { validateInputTypes } from '../fields/validateInputTypes.js'
import { healthEndpoints } from '../hardening/healthEndpoints.js'
import { nextChangeEndpoint } from '../privacy/nextChangeEndpoint.js'
import { withDatabaseTracking } from '../hardening/databaseTracking.js'
import { responseCacheOf } from '../http/cache/responseCache.js'
import { responseCacheStatsEndpoint } from '../http/cache/statsEndpoint.js'
import { labelsEndpoint } from '../http/labelsEndpoint.js'
import { refuseLostSessions, reportSessionsLostToOutages } from '../hardening/lostSessions.js'
import { surviveDatabaseFaults } from '../hardening/surviveDatabaseFaults.js'
import { withNotLikeFix } from '../hardening/notLikeFix.js'
import { sweepFilesEndpoint } from '../hardening/sweepFilesEndpoint.js'
import { sweepOrphanFiles } from '../hardening/sweepOrphanFiles.js'
import { withJobLease } from '../hardening/jobLeases.js'
import { unpublishLapsedConsentsTask } from '../jobs/unpublishLapsedConsentContent.js'
import { seed } from '../seed/index.js'
import { guardSearchIndexes } from '../search/guardSearchIndexes.js'
import { guardLateRelations } from '../privacy/guardLateRelations.js'
import { coveredByPluginSeo } from '../seo/pluginSeoCoverage.js'
import { withSiteData } from '../seo/withSiteData.js'
import { withAccessQueryFix } from '../hardening/accessQueryFix.js'
import { selectionQuery } from '../collections/Testimonials/selection/selectionQuery.js'
import { serverComponent } from '../options/adminComponents.js'
import { corsWithOrigins, csrfWithOrigins } from '../options/frontendOrigins.js'
import { graphQLCostRule } from '../graphql/graphQLCost.js'
import { withOrderIndexes } from './orderIndexes.js'
import { type JoinedOn, withReadIndexes } from './readIndexes.js'
import { sanitizeOptions } from '../options/sanitizeOptions.js'
import { withMissingFileAnswer } from '../hardening/answerMissingFile.js'
import { withUploadSafety } from '../hardening/withUploadSafety.js'
import { withWebhookHooks } from '../webhooks/changeHooks.js'
import { withImageWebhookHooks } from '../webhooks/imageHooks.js'
import { deliverWebhookTask } from '../webhooks/deliverTask.js'
import { withInstantWatch } from '../webhooks/sendNow.js'
import { startWebhookPoller } from '../webhooks/poller.js'
import { sendsWebhooks, webhookKeys } from '../webhooks/sendsWebhooks.js'
import { optionsKey } from '../options/optionsKey.js'
import { withTenancy } from '../tenancy/withTenancy.js'
import { tenantScopedSlugs } from '../tenancy/scopedSlugs.js'

const factories: Record<
  Exclude<SmpCollectionKey, 'media'>,
  (options: SanitizedSmpClinicOptions) => CollectionConfig
> = {
  topics: createTopicsCollection,
  practitioners: createPractitionersCollection,
  articles: createArticlesCollection,
  faqs: createFaqsCollection,
  consents: createConsentsCollection,
  beforeAfterGalleries: createBeforeAfterGalleriesCollection,
  testimonials: createTestimonialsCollection,
}

/**
 * What every operation on a collection the plugin owns checks first: a reader whose session was
 * lost to a database outage is answered 503, and `data` on a read is an editor's object.
 */
const requestChecks = [refuseLostSessions, refuseDataOnRead]

/**
 * `collection` with the access endpoint that answers 404 for a document the reader may not read
 * (Payload's own tells anyone which ids exist).
 */
const withDocAccess = (
  collection: CollectionConfig,
  options: SanitizedSmpClinicOptions,
): CollectionConfig => ({
  ...collection,
  endpoints:
    collection.endpoints === false
      ? false
      : [docAccessEndpoint(options, collection.slug), ...(collection.endpoints ?? [])],
})

/**
 * The plugin's own collections outside the content model (the delivery log, the moderation
 * queue, imported reviews): the request checks, and the access endpoint.
 */
const withRequestChecks = (
  collection: CollectionConfig,
  options: SanitizedSmpClinicOptions,
): CollectionConfig => ({
  ...withDocAccess(collection, options),
  hooks: {
    ...collection.hooks,
    beforeOperation: [...requestChecks, ...(collection.hooks?.beforeOperation ?? [])],
  },
})

/**
 * Every read of the plugin's collections by someone who is not an editor passes two guards:
 * queries cannot reach hidden documents (`guardPublicQuery`), and responses carry no reference
 * to a document the reader may not read (`withReadableRelations`).
 */
const guardCollection = (
  collection: CollectionConfig,
  options: SanitizedSmpClinicOptions,
): CollectionConfig => ({
  ...withDocAccess(collection, options),
  fields: withReadableRelations(collection.fields, options),
  hooks: {
    ...collection.hooks,
    afterOperation: [allOrNothing, ...(collection.hooks?.afterOperation ?? [])],
    afterRead: [dropUnpopulatedRelations, ...(collection.hooks?.afterRead ?? [])],
    beforeOperation: [
      ...requestChecks,
      readJoinsAtTopLevel,
      capPublicDepth(options),
      trashForEditors(options),
      checkQueryValues,
      guardPublicQuery(options),
      validateInputTypes(options),
      lockDocumentForUpdate,
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
})

/**
 * A host's collection that points at clinic content (or at the media collection the plugin
 * protects) gets both guards on those fields only, so its public documents never carry the id of
 * a clinic draft or private photo, and its queries cannot sort or filter by them. Its query
 * paths are checked before Payload checks them (`checkHostQueryPaths`), as the plugin's are.
 */
const guardHostCollection = (
  collection: CollectionConfig,
  options: SanitizedSmpClinicOptions,
  ours: Set<string>,
): CollectionConfig => {
  const fields = withReadableRelations(collection.fields, options, ours)
  if (fields === collection.fields) {
    return collection
  }
  return {
    ...collection,
    fields,
    hooks: {
      ...collection.hooks,
      afterRead: [dropUnpopulatedRelations, ...(collection.hooks?.afterRead ?? [])],
      beforeOperation: [
        checkHostQueryPaths,
        guardPublicQuery(options, ours),
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  }
}

const withWebhooks = (
  collection: CollectionConfig,
  options: SanitizedSmpClinicOptions,
): CollectionConfig => {
  if (!sendsWebhooks(options)) {
    // Nobody to tell, but the poller still looks after images at each instant: a save may move
    // one (an embargo date), so it looks again once the save commits.
    return options.disabled ? collection : withInstantWatch(collection)
  }
  if (collection.slug === options.slugs.media) {
    return withImageWebhookHooks(collection, options)
  }
  const key = webhookKeys.find((candidate) => options.slugs[candidate] === collection.slug)
  return key ? withWebhookHooks(collection, key, options) : collection
}

/**
 * Appends the plugin's GraphQL cost rule to the host's own validation rules.
 */
const withGraphQLLimits = (
  graphQL: Config['graphQL'],
  options: SanitizedSmpClinicOptions,
): Config['graphQL'] => {
  const limits = options.graphQL.limits
  if (!limits) {
    return graphQL
  }
  return {
    ...graphQL,
    validationRules: (args) => [
      ...(graphQL?.validationRules?.(args) ?? []),
      graphQLCostRule(limits, (args.variableValues ?? {}) as Record<string, unknown>),
    ],
  }
}

/**
 * For each collection, the relationships that join fields elsewhere read it through (articles:
 * `author`, for a practitioner's articles), so its indexes can serve those joins.
 */
const joinRelations = (collections: CollectionConfig[]): Map<string, JoinedOn[]> => {
  const byTarget = new Map<string, JoinedOn[]>()
  for (const collection of collections) {
    for (const field of collection.fields) {
      if (field.type === 'join' && typeof field.collection === 'string') {
        const sort = typeof field.defaultSort === 'string' ? field.defaultSort : undefined
        byTarget.set(field.collection, [
          ...(byTarget.get(field.collection) ?? []),
          { on: field.on, sort },
        ])
      }
    }
  }
  return byTarget
}

/**
 * Adds the clinic's content model to a Payload config: articles, FAQs, testimonials,
 * before-and-after galleries, practitioners, topics, consents and (unless the host names its own)
 * media. Returns a new config; the host's collections, endpoints and `onInit` are kept.
 *
 * @example
 * plugins: [smpClinicPlugin({ collections: { testimonials: false }, seed: 'onInit' })]
 */
export const smpClinicPlugin = (pluginOptions: SmpClinicPluginConfig = {}): Plugin => {
  const plugin: Plugin = (incoming: Config): Config => {
    const options = sanitizeOptions(pluginOptions, incoming)
    const hostCollections = incoming.collections ?? []

    const added = (Object.keys(factories) as (keyof typeof factories)[])
      .filter((key) => options.slugs[key])
      .map((key) => factories[key](options))
    if (!options.hostMedia) {
      added.unshift(createMediaCollection(options))
    } else if (!hostCollections.some((collection) => collection.slug === options.slugs.media)) {
      throw new Error(
        `smpClinicPlugin: media is set to "${options.slugs.media}", but the config has no collection with that slug.`,
      )
    }

    for (const collection of added) {
      if (hostCollections.some((host) => host.slug === collection.slug)) {
        throw new Error(
          `smpClinicPlugin: the config already has a collection "${collection.slug}". Rename the plugin's with collections.<name>.slug, or turn it off with false.`,
        )
      }
    }

    const seoCovered =
      options.site.seoFields === 'auto'
        ? coveredByPluginSeo(
            incoming,
            plugin,
            added.map((collection) => collection.slug),
          )
        : new Set<string>()
    const ours = new Set([...added.map((collection) => collection.slug), options.slugs.media])
    const joinedOn = joinRelations(added)
    const config: Config = {
      ...incoming,
      // tenancy/: in a clinic chain, each clinic's visitors read only that clinic.
      collections: withTenancy(
        [
          ...hostCollections.map((collection) =>
            guardHostCollection(
              options.hostMedia && collection.slug === options.slugs.media
                ? withWebhooks(
                    withUploadSafety(withDocAccess(protectHostMedia(collection, options), options)),
                    options,
                  )
                : // hardening/: a missing file is not found, not a server error.
                  withMissingFileAnswer(collection),
              options,
              ours,
            ),
          ),
          ...added.map((collection) =>
            [
              // seo/: `meta` and `jsonLd`, unless plugin-seo gives the collection its own `meta`.
              (next: CollectionConfig) => withSiteData(next, options, seoCovered),
              // plugins/: the indexes the joins that read this collection need.
              (next: CollectionConfig) => withReadIndexes(next, joinedOn.get(next.slug)),
              // hardening/: uploads that survive a crash, never sharing a file name.
              withUploadSafety,
              // privacy/ and hardening/: query and input checks, the relationship guards.
              (next: CollectionConfig) => guardCollection(next, options),
              // webhooks/: every public change becomes an event naming the pages that show it.
              (next: CollectionConfig) => withWebhooks(next, options),
            ].reduce((next, feature) => feature(next), collection),
          ),
          // With the option, even with no endpoints or disabled: the schema stays the same.
          ...(options.webhooks
            ? [withRequestChecks(createWebhookDeliveriesCollection(options), options)]
            : []),
          // The moderation queue of the public form: consent managers only.
          ...(options.submissions
            ? [withRequestChecks(createSubmissionsCollection(options), options)]
            : []),
          // Reviews imported from other platforms: public, kept as posted.
          ...(options.externalReviews
            ? [withRequestChecks(createExternalReviewsCollection(options), options)]
            : []),
        ],
        options,
      ),
      // The clinic itself (site.settingsGlobal), unless the host already has a global of that slug.
      globals: [
        ...(incoming.globals ?? []),
        ...(options.site.settingsGlobal &&
        !(incoming.globals ?? []).some((global) => global.slug === options.site.settingsGlobal)
          ? [createClinicSettingsGlobal(options, options.site.settingsGlobal)]
          : []),
      ],
      // Blocks defined once in the config and named by slug in fields (`blockReferences`).
      blocks: incoming.blocks?.map((block) => {
        const fields = withReadableRelations(block.fields, options, ours)
        return fields === block.fields ? block : { ...block, fields }
      }),
      cors: corsWithOrigins(incoming.cors, options.frontend.origins),
      // Kept even when disabled: a database fault never ends the process.
      // http/: every read logs what it looked at and every committed write says what it
      // changed, for the response cache.
      db: withDatabaseTracking(
        surviveDatabaseFaults(
          withNotLikeFix(
            withOrderIndexes(
              incoming.db,
              added
                .filter(
                  (collection) => collection.orderable && typeof collection.versions === 'object',
                )
                .map((collection) => collection.slug),
            ),
          ),
        ),
        // In a chain, a clinic's answers depend on that clinic's documents only: a write to one
        // clinic's FAQ leaves the other clinics' cached answers alone.
        options.tenancy
          ? { collections: tenantScopedSlugs(options), field: options.tenancy.field }
          : undefined,
      ),
      csrf: csrfWithOrigins(incoming, options.frontend.origins),
      custom: { ...incoming.custom, [optionsKey]: options },
      graphQL: {
        ...withGraphQLLimits(incoming.graphQL, options),
        // The host's own queries and mutations win over the plugin's.
        mutations: (graphQL, context) => ({
          ...submitStoryMutation(options, graphQL, context),
          ...incoming.graphQL?.mutations?.(graphQL, context),
        }),
        queries: withAccessQueryFix((graphQL, context) => ({
          ...selectionQuery(options, graphQL, context),
          ...incoming.graphQL?.queries?.(graphQL, context),
        })),
      },
      hooks: {
        ...incoming.hooks,
        afterError: [...(incoming.hooks?.afterError ?? []), answerClientErrors],
      },
      i18n: { ...incoming.i18n, translations: options.translations },
      // Added even when disabled: the task brings Payload's jobs collection into the schema.
      jobs: {
        ...incoming.jobs,
        tasks: [
          ...(incoming.jobs?.tasks ?? []),
          withJobLease(unpublishLapsedConsentsTask(options), options),
          ...(options.webhooks ? [withJobLease(deliverWebhookTask(options), options)] : []),
        ],
      },
    }

    // What plugins running after this one add exists only once Payload has built the config.
    // Kept even when disabled, as the adapter's hardening is: a database outage never makes a
    // signed-in reader a visitor.
    const guardAtInit = (payload: Payload) => {
      guardLateRelations(payload, options, ours)
      guardSearchIndexes(payload, options, ours)
      reportSessionsLostToOutages(payload)
    }

    // Schema stays complete when disabled; only behaviour with side effects is left out.
    if (options.disabled) {
      return {
        ...config,
        onInit: async (payload) => {
          guardAtInit(payload)
          await incoming.onInit?.(payload)
        },
      }
    }

    return {
      ...config,
      admin: options.admin.dashboard
        ? {
            ...config.admin,
            components: {
              ...config.admin?.components,
              beforeDashboard: [
                ...(config.admin?.components?.beforeDashboard ?? []),
                serverComponent('ClinicDashboard'),
              ],
            },
          }
        : config.admin,
      endpoints: [
        ...(incoming.endpoints ?? []),
        seedEndpoint(options),
        ...sitemapEndpoints(options),
        ...healthEndpoints(),
        nextChangeEndpoint(options),
        responseCacheStatsEndpoint(options),
        labelsEndpoint(options),
        sweepFilesEndpoint(options),
        ...submissionEndpoints(options),
      ],
      onInit: async (payload) => {
        guardAtInit(payload)
        await incoming.onInit?.(payload)
        // Files a write that crashed left behind, before anything (a seed) writes new ones.
        await sweepOrphanFiles(payload)
        // Made now, so that this server's writes reach the shared store even if it answers no
        // reads (a worker, a seeding process).
        responseCacheOf(payload)
        startWebhookPoller(payload, options)
        if (options.seed === 'onInit') {
          const { created } = await seed({ payload })
          if (Object.keys(created).length) {
            payload.logger.info(`smpClinicPlugin seeded ${JSON.stringify(created)}`)
          }
        }
      },
    }
  }
  // Run before other plugins, wherever it is listed (Payload 3.83 and later honour `order`), so
  // plugins that act on collections by slug (SEO, search, multi-tenancy) find the clinic's.
  plugin.order = -1
  plugin.slug = 'plugin-smp-clinic'
  plugin.options = { ...pluginOptions }
  return plugin
}
