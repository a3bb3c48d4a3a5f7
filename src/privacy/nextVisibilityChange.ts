import type { Payload } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { visitorRequest } from './readRule.js'
import { nextRuleInstant, publicRule } from './ruleInstants.js'

/**
 * The next instant anything public changes on its own, with nobody saving anything: the soonest,
 * over the plugin's collections and its media, at which a collection's public read rule (a host's
 * override included) lets a different set of documents through. A consent reaching its end, an
 * image its `publicUntil`, an article a host makes public from its `publishedAt`. Every other
 * change is a write. Undefined when nothing is due.
 */
export const nextVisibilityChange = async (
  payload: Payload,
  options: SanitizedSmpClinicOptions,
): Promise<Date | undefined> => {
  const now = options.clock()
  const slugs = new Set(
    Object.values(options.slugs).filter(
      (slug): slug is string => typeof slug === 'string' && Boolean(payload.collections[slug]),
    ),
  )
  // One visitor asks every collection's rule; the rows are read outside any transaction.
  const visitor = await visitorRequest(payload)
  let soonest: Date | undefined
  for (const slug of slugs) {
    const next = await nextRuleInstant(visitor, await publicRule(payload, slug, visitor), now)
    if (next && (!soonest || next < soonest)) {
      soonest = next
    }
  }
  return soonest
}

/**
 * The next instant a collection's public answer changes on its own after `after`: the soonest
 * date among its documents that could pass its public read rule (a host's override included) at
 * which the rule lets a different set through. Undefined when none is due.
 */
export const nextCollectionChange = async (
  payload: Payload,
  slug: string,
  after: Date,
): Promise<Date | undefined> => {
  if (!payload.collections[slug]) {
    return undefined
  }
  const visitor = await visitorRequest(payload)
  return nextRuleInstant(visitor, await publicRule(payload, slug, visitor), after)
}
