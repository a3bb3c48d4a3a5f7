import type { CollectionConfig, Field, LivePreviewConfig, PayloadRequest } from 'payload'

/**
 * The collections the plugin can add, by the key used in `collections` options.
 * `beforeAfterGalleries` has the slug `before-after-galleries` by default.
 */
export type SmpCollectionKey =
  | 'articles'
  | 'beforeAfterGalleries'
  | 'consents'
  | 'faqs'
  | 'media'
  | 'practitioners'
  | 'testimonials'
  | 'topics'

/**
 * Changes to one of the plugin's collections. Anything a collection config accepts may be given;
 * it is spread over the plugin's config, except for the keys below, which are merged.
 */
export type CollectionOverrides = {
  /**
   * Merged with the plugin's access: an operation you name replaces the plugin's for that operation.
   */
  access?: CollectionConfig['access']
  /**
   * Merged with the plugin's admin options, yours winning.
   */
  admin?: CollectionConfig['admin']
  /**
   * Receives the plugin's fields and returns the fields to use.
   * @example
   * fields: ({ defaultFields }) => [...defaultFields, { name: 'clinicCode', type: 'text' }]
   */
  fields?: (args: { defaultFields: Field[] }) => Field[]
  /**
   * Added after the plugin's own hooks on the same event, so your hooks see normalized data.
   */
  hooks?: CollectionConfig['hooks']
  /**
   * Singular and plural labels shown in the admin panel.
   */
  labels?: CollectionConfig['labels']
  /**
   * A different slug. Relationships between the plugin's collections follow it.
   */
  slug?: string
} & Partial<Omit<CollectionConfig, 'access' | 'admin' | 'fields' | 'hooks' | 'labels' | 'slug'>>

/**
 * Decides whether the request's user may do something. Receives the request, so a decision can
 * use `req.user`, its collection and its roles.
 */
export type SmpAccessCheck = (args: { req: PayloadRequest }) => boolean | Promise<boolean>

/**
 * The collections that have a public page on the host's frontend, and so a preview.
 */
export type SmpPreviewableKey = 'articles' | 'beforeAfterGalleries' | 'practitioners'

/**
 * Live preview of drafts on the host's frontend, inside the admin panel.
 */
export type SmpLivePreviewOptions = {
  /**
   * The devices offered in the preview toolbar, besides Payload's responsive view.
   * @default [] (responsive only)
   */
  breakpoints?: LivePreviewConfig['breakpoints']
  /**
   * One URL template per collection. `{slug}`, `{id}` and `{locale}` are replaced with the
   * document's values (URL-encoded); a collection without a template gets no preview. The preview
   * is offered once the document has what its template needs (a new document has no id yet).
   * @example
   * urls: {
   *   articles: 'https://www.example-clinic.com/articles/{slug}?preview=1',
   *   practitioners: 'https://www.example-clinic.com/team/{slug}?preview=1',
   * }
   */
  urls: Partial<Record<SmpPreviewableKey, string>>
}

export type SmpClinicPluginConfig = {
  /**
   * Who may do what. Anonymous visitors can only ever read published, consented content.
   */
  access?: {
    /**
     * Who may create, update, delete and read drafts of the clinic's content.
     * @default any logged-in user of the admin panel's user collection (`admin.user`)
     */
    canEdit?: SmpAccessCheck
    /**
     * Who may read and manage consent records (signed permissions from clients).
     * @default the same users as `canEdit`
     */
    canManageConsents?: SmpAccessCheck
  }
  /**
   * The clock every time-bound decision reads: consent expiry and revocation, when photos stop
   * being public, a consent's retention date. Tests inject one they can move forward; leave it
   * unset in an application.
   * @default () => new Date()
   */
  clock?: () => Date
  /**
   * How consent records are kept.
   */
  consent?: {
    /**
     * How many years a consent record must be kept after it was last in effect (its expiry,
     * its revocation, or today while it is still in effect). Shown as "Retain until".
     * @default 6
     */
    retentionYears?: number
  }
  /**
   * What the plugin adds to the admin panel besides its collections.
   */
  admin?: {
    /**
     * A panel above the dashboard that says what is published, what is still a draft and what
     * waits for a client's consent.
     * @default true
     */
    dashboard?: boolean
    /**
     * Payload's live preview for articles, practitioners and galleries, pointed at the host's
     * frontend. Off unless URL templates are given.
     * @default undefined
     */
    livePreview?: SmpLivePreviewOptions
  }
  /**
   * One entry per collection: `false` leaves the collection out (and every relationship field that
   * points to it); an object changes it. Every collection is added by default.
   * @default {}
   * @example
   * collections: {
   *   testimonials: false,
   *   articles: { slug: 'posts', labels: { singular: 'Post', plural: 'Posts' } },
   * }
   */
  collections?: Partial<Record<Exclude<SmpCollectionKey, 'media'>, CollectionOverrides | false>> & {
    /**
     * Changes the plugin's own media collection. Ignored when `media` names a collection of yours.
     */
    media?: CollectionOverrides
  }
  /**
   * Keeps every collection and field (so the database schema stays the same for migrations) but
   * adds no endpoints, runs no seeding and skips hooks that change other documents.
   * @default false
   */
  disabled?: boolean
  /**
   * What the host's frontend needs from the API: the origins its pages call it from, and how long
   * anonymous reads may be cached.
   */
  frontend?: SmpFrontendOptions
  /**
   * GraphQL naming. The plugin's types are `Article`/`Articles`, `Faq`/`Faqs` and so on unless a
   * collection is renamed (Payload then derives names from the new slug, or from your `graphQL`
   * override).
   */
  graphQL?: {
    /**
     * Put before every GraphQL type and query name of the plugin's collections, so a host that
     * already has an `Article` type can install the plugin without a collision.
     * @default ''
     * @example graphQL: { prefix: 'Clinic' } // ClinicArticle, ClinicArticles, createClinicArticle
     */
    prefix?: string
    /**
     * Bounds on what one GraphQL request may ask for, checked before anything runs (400 naming
     * the bound). They apply to the whole schema, the host's collections included; `false`
     * leaves GraphQL unbounded. Introspection fields (`__schema`, `__type`) are not counted.
     */
    limits?: false | Partial<SmpGraphQLLimits>
  }
  /**
   * The admin panel group the collections are listed under.
   * @default 'Clinic'
   */
  group?: string
  /**
   * When your config has `localization`, the editorial text (titles, bodies, questions, answers,
   * quotes, captions, alt text, disclaimers) is translatable per locale. Slugs, dates, ratings and
   * relationships stay shared. Set `false` to keep every field single-language.
   * @default true
   */
  localize?: boolean
  /**
   * The slug of an upload collection of your own to use for images. When left out, the plugin adds
   * its own `media` collection (images only, alt text required, gallery sizes).
   * @example media: 'images'
   */
  media?: string
  /**
   * `'onInit'` seeds the sample content when Payload starts. Seeding is idempotent and never
   * overwrites a document an editor has changed. The authenticated endpoint
   * `POST /api/smp-clinic/seed` and the `seed` export are always available (unless `disabled`).
   * @default false
   */
  seed?: 'onInit' | false
  /**
   * Where and how large files may be uploaded to the plugin's own upload collections
   * (media and consent documents).
   */
  uploads?: {
    /**
     * The most one side of an image may be, as a multiple of the other (panoramas up to 8:1).
     * Checked from the file's header before anything is resized.
     * @default 8
     */
    maxAspectRatio?: number
    /**
     * The largest image accepted, in bytes.
     * @default 10485760 (10 MB)
     */
    maxImageBytes?: number
    /**
     * The most pixels (width × height) an image may declare. Checked from the file's header before
     * anything is decoded or resized, so a small file claiming huge dimensions is refused.
     * @default 40000000 (40 megapixels)
     */
    maxImagePixels?: number
    /**
     * The folder files are stored in, one subfolder per collection slug. Unset, Payload's default
     * (a folder named after the slug in the working directory) applies. Storage adapters such as
     * `@payloadcms/storage-s3` take over from it.
     * @example staticDir: path.resolve(dirname, 'uploads')
     */
    staticDir?: string
  }
}

/**
 * The host's frontend, as the API sees it.
 */
export type SmpFrontendOptions = {
  /**
   * HTTP caching of anonymous `GET` reads and image files answered through `withHttpCaching`
   * (the dev server does; a Next.js host wraps its REST route with it): `Cache-Control: public`
   * with these lifetimes, a strong `ETag` and `304` to a matching `If-None-Match`. The lifetime is
   * cut short so no cache keeps a response past the next instant a consent ends. Anything read
   * with a token or cookie is `private, no-store`. `false` leaves responses as Payload sends them.
   * @default { maxAge: 60, staleWhileRevalidate: 300 }
   */
  cache?: false | { maxAge?: number; staleWhileRevalidate?: number }
  /**
   * The origins (`https://www.example-clinic.com`, no path) whose pages call the API from a
   * browser. Added to the host's `cors` (their requests get CORS headers, credentials allowed) and,
   * when the host has a `serverURL` or its own `csrf` list, to `csrf` (an editor's cookie is
   * honoured from them, as live preview needs). The host's own entries are kept.
   * @default []
   * @example origins: (process.env.FRONTEND_URL ?? '').split(',').filter(Boolean)
   */
  origins?: string[]
}

/**
 * Bounds on one GraphQL request.
 */
export type SmpGraphQLLimits = {
  /**
   * Most fields requested under another name (`a: Articles`), each of which runs its own query.
   * @default 20
   */
  maxAliases: number
  /**
   * Deepest nesting of fields, fragments expanded.
   * @default 10
   */
  maxDepth: number
  /**
   * Most documents the request may ask for: each list counts its `limit` (Payload's default 10
   * when absent; `limit: 0` or `pagination: false` count as 100), multiplied by the lists it is
   * nested in, summed over the request.
   * @default 2000
   */
  maxDocuments: number
  /**
   * Most fields in the request, fragments expanded.
   * @default 500
   */
  maxFields: number
}

/**
 * The options after defaults are resolved: what every factory, hook and access check receives.
 */
export type SanitizedSmpClinicOptions = {
  access: { canEdit: SmpAccessCheck; canManageConsents: SmpAccessCheck }
  /**
   * The current time, from the `clock` option.
   */
  now: () => Date
  consentRetentionYears: number
  dashboard: boolean
  disabled: boolean
  /**
   * Lifetimes of cached anonymous reads, in seconds; false when caching is off.
   */
  httpCache: false | { maxAge: number; staleWhileRevalidate: number }
  /**
   * The frontend's origins, normalized (no trailing slash).
   */
  frontendOrigins: string[]
  graphQLLimits: false | SmpGraphQLLimits
  graphQLPrefix: string
  group: string
  /**
   * True when `media` names the host's own upload collection.
   */
  hostMedia: boolean
  livePreview?: SmpLivePreviewOptions
  localize: boolean
  maxImageBytes: number
  overrides: Partial<Record<SmpCollectionKey, CollectionOverrides>>
  pixelLimits: { maxAspectRatio: number; maxPixels: number }
  seed: 'onInit' | false
  /**
   * The resolved slug of every enabled collection; a disabled collection has none.
   */
  slugs: Partial<Record<SmpCollectionKey, string>> & { media: string }
  staticDir?: string
}
