import type { PayloadRequest, Where } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../../options/types.js'

/**
 * The lists of testimonials a site shows. `all` is every published testimonial, whatever its
 * rating, newest first; `featured` (the ones editors marked) and `best-rated` (highest first) are
 * selections.
 */
export const selectionKinds = ['all', 'featured', 'best-rated'] as const
export type SelectionKind = (typeof selectionKinds)[number]

/**
 * What a list of testimonials is, said with it: the FTC's rule on reviews (16 CFR 465.7) forbids
 * presenting a selection as all of them, so the label travels with the documents, in the API as
 * on the site.
 */
export type TestimonialSelection = {
  docs: unknown[]
  hasNextPage: boolean
  /** `false` only for `all`: every published testimonial, page by page. */
  isSelection: boolean
  kind: SelectionKind
  /** The sentence to show with the list (in English, like the disclosures). */
  label: string
  page: number
  /** How many published testimonials there are in all, whatever their rating. */
  totalPublished: number
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many)

const labelOf = (kind: SelectionKind, shown: number, total: number): string => {
  const testimonials = plural(total, 'testimonial', 'testimonials')
  if (kind === 'all') {
    return `All ${total} published client ${testimonials}, whatever their rating, newest first.`
  }
  if (kind === 'featured') {
    return `A selection: ${shown} ${plural(shown, 'testimonial', 'testimonials')} chosen by the clinic, of ${total} published.`
  }
  return shown >= total
    ? `All ${total} published client ${testimonials}, highest rated first.`
    : `A selection: the ${shown} highest-rated of ${total} published testimonials.`
}

const empty = (kind: SelectionKind) => ({
  docs: [],
  hasNextPage: false,
  isSelection: kind !== 'all',
  kind,
  page: 1,
  totalPublished: 0,
})

/**
 * Reads one list as the public sees it, with its label: drafts, private and unconsented
 * testimonials stay out for everyone (an editor previewing the site sees the public list), and
 * the requester's own access applies on top, as on every other path.
 */
export const selectTestimonials = async (
  options: SanitizedSmpClinicOptions,
  req: PayloadRequest,
  { depth, kind, limit, page }: { depth: number; kind: SelectionKind; limit: number; page: number },
): Promise<TestimonialSelection> => {
  const collection = options.slugs.testimonials!
  // The list is what the public sees, whoever asks: an editor's drafts are not published ones.
  // (A visitor's own access is that rule already, and their query may not name its fields.)
  const readAccess = req.payload.collections[collection]!.config.access.read
  const asPublic = (await options.access.canEdit({ req }))
    ? await readAccess({ req: { ...req, user: null } })
    : true
  if (asPublic === false) {
    return { ...empty(kind), label: labelOf(kind, 0, 0) }
  }
  const publicRule: Where[] = asPublic === true ? [] : [asPublic]
  const featured: Where[] = kind === 'featured' ? [{ featured: { equals: true } }] : []
  const [result, published] = await Promise.all([
    req.payload.find({
      collection,
      depth,
      limit,
      overrideAccess: false,
      page: kind === 'all' ? page : 1,
      req,
      sort: kind === 'best-rated' ? ['-rating', '-experienceDate'] : ['-experienceDate'],
      where: { and: [...publicRule, ...featured] },
    }),
    req.payload.count({ collection, overrideAccess: false, req, where: { and: publicRule } }),
  ])
  const total = published.totalDocs
  const shown = result.docs.length
  return {
    docs: result.docs,
    hasNextPage: kind === 'all' ? result.hasNextPage : false,
    isSelection: kind === 'featured' || (kind === 'best-rated' && shown < total),
    kind,
    label: labelOf(kind, shown, total),
    page: kind === 'all' ? (result.page ?? 1) : 1,
    totalPublished: total,
  }
}
