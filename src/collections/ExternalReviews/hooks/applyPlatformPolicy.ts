import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../../options/types.js'

import { translate } from '../../../translations/translated.js'
import { postedFields } from '../policy.js'
import { blank, reviewProblems, withDerivedFields } from '../reviewProblems.js'

const sameValue = (a: unknown, b: unknown) =>
  (blank(a) && blank(b)) ||
  String(a) === String(b) ||
  (/^\d{4}-\d\d-\d\dT/.test(String(a)) && Date.parse(String(a)) === Date.parse(String(b)))

/**
 * Holds every imported review to its platform's terms, whoever writes it (the import, the admin,
 * the API), and keeps it as posted: once stored, none of the review's own fields changes. Every
 * problem is answered at once, each with its field.
 */
export const applyPlatformPolicy =
  (options: SanitizedSmpClinicOptions): CollectionBeforeValidateHook =>
  ({ collection, data, operation, originalDoc, req }) => {
    const settings = options.externalReviews
    if (!settings || !data) {
      return data
    }
    const original = (originalDoc ?? {}) as Record<string, unknown>
    const refuse = (errors: { message: string; path: string }[]) => {
      throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
    }
    if (operation === 'update') {
      const changed = postedFields.filter(
        (field) => field in data && !sameValue(data[field], original[field]),
      )
      if (changed.length) {
        refuse(
          changed.map((path) => ({ message: translate(req, 'externalReviewKeptAsPosted'), path })),
        )
      }
    }
    const now = options.clock()
    const review = withDerivedFields(settings, { ...original, ...data }, now)
    const problems = reviewProblems(settings, review, now)
    if (problems.length) {
      refuse(problems.map(({ key, path, vars }) => ({ message: translate(req, key, vars), path })))
    }
    return {
      ...data,
      attribution: review.attribution,
      importedAt: review.importedAt,
      kind: review.kind,
      linkKey: review.linkKey,
      url: review.url,
    }
  }
