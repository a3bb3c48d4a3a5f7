import type { Config } from 'payload'

import type {
  CollectionOverrides,
  SanitizedSmpClinicOptions,
  SmpAccessCheck,
  SmpClinicPluginConfig,
  SmpCollectionKey,
  SmpResponseCacheOptions,
  SmpTenancyOptions,
  SmpTranslations,
} from './types.js'

import { oncePerRequest } from './oncePerRequest.js'
import { byLanguage } from '../translations/byLanguage.js'
import { en } from '../translations/en.js'
import { mergeTranslations } from '../translations/mergeTranslations.js'
import { translationNamespace } from '../translations/namespace.js'
import { defaultSlugs } from './defaultSlugs.js'
import { defaultReviewPlatforms } from './reviewPlatforms.js'
import { pluginClock } from './clock.js'
import { defaultGraphQLLimits } from './graphQLLimits.js'
import { imageFormats } from './imageFormats.js'
import { sanitizeSite } from './sanitizeSite.js'
import { smpClinicQueue } from './queues.js'
import { webhookQueue } from './webhookQueue.js'

/**
 * An origin as browsers send it (`https://www.example-clinic.com`): scheme, host and port only.
 */
const toOrigin = (value: string): string => {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new Error(`smpClinicPlugin: frontend.origins: "${value}" is not a URL.`)
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname.length > 1 || url.search) {
    throw new Error(
      `smpClinicPlugin: frontend.origins: "${value}" must be an http(s) origin with no path, e.g. https://www.example-clinic.com.`,
    )
  }
  return url.origin
}

/**
 * The headers a host's `visitorTenant` reads, lower-case. Without them the response cache and
 * shared caches would give one clinic's answer to the next clinic's visitor.
 */
const visitorHeaders = (tenancy: SmpTenancyOptions): string[] => {
  const names = (tenancy.visitorHeaders ?? []).map((name) => name.trim().toLowerCase())
  if (tenancy.visitorTenant && !names.length) {
    throw new Error(
      'smpClinicPlugin: tenancy.visitorTenant needs tenancy.visitorHeaders, the request headers it reads (e.g. ["x-clinic"]), so cached answers are kept per clinic.',
    )
  }
  if (names.some((name) => !/^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(name))) {
    throw new Error('smpClinicPlugin: tenancy.visitorHeaders must be header names.')
  }
  return names
}

const seconds = (name: string, value: number) => {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`smpClinicPlugin: frontend.cache.${name} must be a whole number of seconds.`)
  }
  return value
}

const wholeNumber = (name: string, value: number) => {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`smpClinicPlugin: ${name} must be a whole number of at least 0.`)
  }
  return value
}

const responseCacheOptions = (
  options: false | SmpResponseCacheOptions | undefined,
): SanitizedSmpClinicOptions['frontend']['responseCache'] => {
  if (options === false) {
    return false
  }
  const maxBytes = positiveNumber(
    'frontend.responseCache.maxBytes',
    options?.maxBytes ?? 64 * 1024 * 1024,
  )
  return {
    maxBytes,
    maxEntryBytes: positiveNumber(
      'frontend.responseCache.maxEntryBytes',
      options?.maxEntryBytes ?? Math.floor(maxBytes / 16),
    ),
    redis: options?.redis,
    redisKeyPrefix: options?.redisKeyPrefix ?? 'smp-clinic:',
  }
}

const positiveNumber = (name: string, value: number) => {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`smpClinicPlugin: ${name} must be a whole number of at least 1.`)
  }
  return value
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The `i18n.translations` option, checked: a misspelt key would otherwise be ignored without a
 * word, and a value that is not text would reach the admin.
 */
const checkTranslations = (option: unknown): SmpTranslations | undefined => {
  if (option === undefined) {
    return undefined
  }
  const where = 'smpClinicPlugin: i18n.translations'
  if (!isRecord(option)) {
    throw new Error(`${where} must be an object of languages, e.g. { fr: { ... } }.`)
  }
  for (const [language, namespaces] of Object.entries(option)) {
    if (!isRecord(namespaces)) {
      throw new Error(
        `${where}.${language} must be an object: { '${translationNamespace}': { ... } }.`,
      )
    }
    for (const [namespace, strings] of Object.entries(namespaces)) {
      if (namespace !== translationNamespace || !isRecord(strings)) {
        throw new Error(
          `${where}.${language}: only '${translationNamespace}' strings go here (an object of them); put strings of other namespaces in your config's i18n.translations.`,
        )
      }
      for (const [key, text] of Object.entries(strings)) {
        if (!Object.hasOwn(en[translationNamespace], key)) {
          throw new Error(`${where}.${language}: "${key}" is not one of the plugin's strings.`)
        }
        if (typeof text !== 'string' || text.trim() === '') {
          throw new Error(
            `${where}.${language}: "${key}" must be a non-empty string (leave the key out to keep the plugin's words).`,
          )
        }
      }
    }
  }
  return option as SmpTranslations
}

/**
 * The `i18n` option, checked: `i18n: 'fr'`, `null` or a misspelt key would otherwise be ignored
 * without a word, leaving the admin in the plugin's own words.
 */
const checkI18n = (option: unknown): SmpTranslations | undefined => {
  if (option === undefined) {
    return undefined
  }
  if (!isRecord(option)) {
    throw new Error(
      `smpClinicPlugin: i18n must be an object such as { translations: { fr: { '${translationNamespace}': { ... } } } }, not ${option === null ? 'null' : Array.isArray(option) ? 'a list' : typeof option === 'string' ? `the text '${option}'` : `a ${typeof option}`}; leave it out to use the plugin's words.`,
    )
  }
  for (const key of Object.keys(option)) {
    if (key !== 'translations') {
      throw new Error(
        `smpClinicPlugin: i18n."${key}" is not an option; the only one is i18n.translations.`,
      )
    }
  }
  return checkTranslations(option.translations)
}

/**
 * Resolves every default once, so factories and hooks never repeat the fallbacks.
 */
export const sanitizeOptions = (
  options: SmpClinicPluginConfig,
  config: Pick<Config, 'admin' | 'i18n' | 'sharp'>,
): SanitizedSmpClinicOptions => {
  const translations = mergeTranslations(checkI18n(options.i18n), config.i18n)
  // Payload offers English alone unless the host lists its languages.
  const languages = Object.keys(config.i18n?.supportedLanguages ?? { en: true })
  const userSlug = config.admin?.user ?? 'users'
  const canEdit: SmpAccessCheck =
    options.access?.canEdit ?? (({ req }) => Boolean(req.user && req.user.collection === userSlug))

  const slugs: SanitizedSmpClinicOptions['slugs'] = { media: options.media ?? defaultSlugs.media }
  const overrides: SanitizedSmpClinicOptions['overrides'] = {}

  for (const key of Object.keys(defaultSlugs) as SmpCollectionKey[]) {
    if (key === 'media') {
      continue
    }
    const entry: CollectionOverrides | false | undefined = options.collections?.[key]
    if (entry === false) {
      continue
    }
    overrides[key] = entry ?? {}
    slugs[key] = entry?.slug ?? defaultSlugs[key]
  }

  if (!options.media) {
    overrides.media = options.collections?.media ?? {}
    slugs.media = overrides.media.slug ?? defaultSlugs.media
  }

  return {
    access: {
      canEdit: oncePerRequest(canEdit),
      canManageConsents: oncePerRequest(options.access?.canManageConsents ?? canEdit),
    },
    admin: {
      dashboard: options.admin?.dashboard ?? true,
      livePreview: options.admin?.livePreview,
    },
    clock: pluginClock(options.clock ?? (() => new Date())),
    consent: { retentionYears: options.consent?.retentionYears ?? 6 },
    disabled: options.disabled ?? false,
    frontend: {
      cache:
        options.frontend?.cache === false
          ? false
          : {
              maxAge: seconds('maxAge', options.frontend?.cache?.maxAge ?? 60),
              staleWhileRevalidate: seconds(
                'staleWhileRevalidate',
                options.frontend?.cache?.staleWhileRevalidate ?? 300,
              ),
            },
      maxDepth: wholeNumber('frontend.maxDepth', options.frontend?.maxDepth ?? 3),
      responseCache: responseCacheOptions(options.frontend?.responseCache),
      nextChangeWithin: wholeNumber(
        'frontend.nextChangeWithin',
        options.frontend?.nextChangeWithin ?? 86_400,
      ),
      origins: (options.frontend?.origins ?? []).map(toOrigin),
    },
    graphQL: {
      limits:
        options.graphQL?.limits === false
          ? false
          : { ...defaultGraphQLLimits, ...options.graphQL?.limits },
      prefix: options.graphQL?.prefix ?? '',
    },
    group: options.group ?? byLanguage(translations, 'group', languages),
    hostMedia: Boolean(options.media),
    jobs: {
      leaseMs: positiveNumber('jobs.leaseMs', options.jobs?.leaseMs ?? 30_000),
      queues: [smpClinicQueue, webhookQueue],
    },
    localize: options.localize ?? true,
    overrides,
    seed: options.seed ?? false,
    site: sanitizeSite(options),
    slugs,
    translations,
    uploads: {
      formats: imageFormats(options.uploads?.formats ?? ['webp'], config.sharp),
      maxAspectRatio: options.uploads?.maxAspectRatio ?? 8,
      maxImageBytes: options.uploads?.maxImageBytes ?? 10 * 1024 * 1024,
      maxImagePixels: options.uploads?.maxImagePixels ?? 40_000_000,
      staticDir: options.uploads?.staticDir,
    },
    submissions: options.submissions
      ? {
          challenge: options.submissions.challenge,
          formVersion: options.submissions.formVersion ?? 'smp-authorization-1',
          linkBase: options.submissions.linkBase,
          linkHours: positiveNumber('submissions.linkHours', options.submissions.linkHours ?? 72),
          maxPhotos: wholeNumber('submissions.maxPhotos', options.submissions.maxPhotos ?? 4),
          minFillSeconds: wholeNumber(
            'submissions.minFillSeconds',
            options.submissions.minFillSeconds ?? 5,
          ),
          notify: options.submissions.notify ?? [],
          rateLimit: {
            perEmail: wholeNumber(
              'submissions.rateLimit.perEmail',
              options.submissions.rateLimit?.perEmail ?? 3,
            ),
            perIp: wholeNumber(
              'submissions.rateLimit.perIp',
              options.submissions.rateLimit?.perIp ?? 5,
            ),
            windowMinutes: positiveNumber(
              'submissions.rateLimit.windowMinutes',
              options.submissions.rateLimit?.windowMinutes ?? 60,
            ),
          },
          slug: options.submissions.slug ?? 'smp-submissions',
        }
      : false,
    externalReviews: options.externalReviews
      ? {
          platforms: Object.fromEntries(
            Object.entries({ ...defaultReviewPlatforms, ...options.externalReviews.platforms }).map(
              ([key, policy]) => {
                if (!/^[a-z][a-z0-9_]{0,39}$/.test(key) || !policy.name || !policy.hosts?.length) {
                  throw new Error(
                    `smpClinicPlugin: externalReviews.platforms.${key} needs a key of lower-case letters, digits and _, a name and at least one host.`,
                  )
                }
                return [key, { labelSelections: true, ...policy }]
              },
            ),
          ),
          slug: options.externalReviews.slug ?? 'smp-external-reviews',
        }
      : false,
    tenancy: options.tenancy
      ? {
          domainField: options.tenancy.domainField ?? 'domain',
          field: options.tenancy.field ?? 'tenant',
          shared: options.tenancy.shared ?? ['practitioners'],
          tenantsSlug: options.tenancy.tenantsSlug ?? 'tenants',
          visitorHeaders: visitorHeaders(options.tenancy),
          visitorTenant: options.tenancy.visitorTenant,
        }
      : false,
    webhooks: options.webhooks
      ? {
          endpoints: options.webhooks.endpoints.map((endpoint) => {
            if (!URL.canParse(endpoint.url) || !endpoint.secret) {
              throw new Error(
                `smpClinicPlugin: webhooks.endpoints: each needs an http(s) url and a secret ("${endpoint.url}").`,
              )
            }
            return endpoint
          }),
          pollMs: positiveNumber('webhooks.pollMs', options.webhooks.pollMs ?? 1000),
          retry: {
            attempts: wholeNumber(
              'webhooks.retry.attempts',
              options.webhooks.retry?.attempts ?? 11,
            ),
            delayMs: positiveNumber(
              'webhooks.retry.delayMs',
              options.webhooks.retry?.delayMs ?? 60_000,
            ),
          },
        }
      : false,
  }
}
