import type { Endpoint, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../../options/types.js'

import { translate } from '../../../translations/translated.js'
import { selectionKinds, selectTestimonials, type SelectionKind } from './selectTestimonials.js'

/** The most testimonials one page of a list holds. */
export const selectionMaxLimit = 100

const wholeNumber = (value: unknown, fallback: number, min: number, max: number) => {
  if (value === undefined || value === '') {
    return fallback
  }
  const text = String(value)
  return /^\d{1,4}$/.test(text) && Number(text) >= min && Number(text) <= max ? Number(text) : null
}

/**
 * Reads a list's parameters, naming each one that is wrong.
 */
export const selectionArgs = (
  req: PayloadRequest,
  query: Record<string, unknown>,
): { depth: number; kind: SelectionKind; limit: number; page: number } => {
  const errors: { message: string; path: string }[] = []
  const kind = (query.kind ?? 'all') as SelectionKind
  if (!selectionKinds.includes(kind)) {
    errors.push({
      message: translate(req, 'testimonialSelectionKindInvalid', {
        kinds: selectionKinds.join(', '),
      }),
      path: 'kind',
    })
  }
  const limit = wholeNumber(query.limit, 10, 1, selectionMaxLimit)
  if (limit === null) {
    errors.push({
      message: translate(req, 'testimonialSelectionRangeInvalid', {
        max: selectionMaxLimit,
        min: 1,
      }),
      path: 'limit',
    })
  }
  const page = wholeNumber(query.page, 1, 1, 9999)
  if (page === null) {
    errors.push({
      message: translate(req, 'testimonialSelectionRangeInvalid', { max: 9999, min: 1 }),
      path: 'page',
    })
  }
  const depth = wholeNumber(query.depth, req.payload.config.defaultDepth, 0, 10)
  if (depth === null) {
    errors.push({
      message: translate(req, 'testimonialSelectionRangeInvalid', { max: 10, min: 0 }),
      path: 'depth',
    })
  }
  if (errors.length) {
    throw new ValidationError({ errors, req }, req.t)
  }
  return { depth: depth!, kind, limit: limit!, page: page! }
}

/**
 * `GET /api/<testimonials>/selection?kind=all|featured|best-rated&limit=&page=&depth=`: a list of
 * testimonials with what it is (`isSelection`, `label`, `totalPublished`), so a frontend cannot
 * show a selection without saying so.
 */
export const selectionEndpoint = (options: SanitizedSmpClinicOptions): Endpoint => ({
  handler: async (req) =>
    Response.json(
      await selectTestimonials(
        options,
        req,
        selectionArgs(req, req.query as Record<string, unknown>),
      ),
    ),
  method: 'get',
  path: '/selection',
})
