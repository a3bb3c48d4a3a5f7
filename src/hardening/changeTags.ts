import type { Payload } from 'payload'

/**
 * What a cached answer depends on, and what a write changes, at the grain of one collection or
 * one global: a change to an FAQ reaches answers that read FAQs and leaves the others alone.
 */
export const collectionTag = (slug: string) => `c:${slug}`
export const globalTag = (slug: string) => `g:${slug}`

/**
 * Every tag of a Payload instance: the versions a computation starts from are read for all of
 * them at once, before it knows which it will read.
 */
export const allTags = (payload: Payload): string[] => [
  ...Object.keys(payload.collections).map(collectionTag),
  ...(payload.config.globals ?? []).map((global) => globalTag(global.slug)),
]
