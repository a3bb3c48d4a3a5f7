import type { CollectionConfig, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { consentManagersOnly } from '../../privacy/consentManagersOnly.js'
import { translate, translated } from '../../translations/translated.js'
import { approveSubmission } from './hooks/approveSubmission.js'
import { approvalReasons, rejectionReasons, submissionStates } from './moderation.js'

const hiddenText = (name: string) => ({
  name,
  type: 'text' as const,
  access: { read: () => false, update: () => false },
  admin: { hidden: true },
  index: true,
})

const readOnlyRelation = (
  name: string,
  relationTo: string,
  label: Parameters<typeof translated>[0],
) => ({
  name,
  type: 'relationship' as const,
  access: { update: () => false },
  admin: { readOnly: true },
  label: translated(label),
  relationTo,
})

/**
 * What the public form stored, one row per submission, for consent managers only: the moderation
 * queue. Written by the submission endpoint; editors change the state and give the reason.
 * Approving publishes the testimonial (and gallery) after verifying the authorization; every
 * change is kept as a version, as evidence of who decided what and when.
 */
export const createSubmissionsCollection = (
  options: SanitizedSmpClinicOptions,
): CollectionConfig => {
  const settings = options.submissions
  if (!settings) {
    throw new Error('createSubmissionsCollection: the submissions option is off.')
  }
  return {
    slug: settings.slug,
    access: {
      create: () => false,
      delete: consentManagersOnly(options),
      read: consentManagersOnly(options),
      readVersions: consentManagersOnly(options),
      update: consentManagersOnly(options),
    },
    admin: {
      defaultColumns: ['name', 'status', 'rating', 'submittedAt', 'emailConfirmedAt'],
      description: translated('submissionsDescription'),
      group: options.group,
      listSearchableFields: ['name', 'email'],
      useAsTitle: 'name',
    },
    defaultSort: '-submittedAt',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'status',
            type: 'select',
            admin: { width: '33%' },
            defaultValue: 'new',
            index: true,
            label: translated('submissionStatus'),
            options: submissionStates,
            validate: (
              value: unknown,
              {
                data,
                originalDoc,
                req,
              }: {
                data: Record<string, unknown>
                originalDoc?: Record<string, unknown>
                req: PayloadRequest
              },
            ) => {
              if (!submissionStates.some((option) => option.value === value)) {
                return translate(req, 'submissionStatusInvalid')
              }
              // Moderation starts once the submitter has confirmed the address (only the
              // confirm link sets that date), and a confirmed submission is never new again.
              const confirmed = data?.emailConfirmedAt ?? originalDoc?.emailConfirmedAt
              if (value !== 'new' && !confirmed) {
                return translate(req, 'submissionNotConfirmed')
              }
              if (value === 'new' && confirmed) {
                return translate(req, 'submissionStatusInvalid')
              }
              return true
            },
          },
          {
            name: 'reason',
            type: 'select',
            admin: {
              condition: (data) => data?.status === 'approved' || data?.status === 'rejected',
              width: '33%',
            },
            label: translated('submissionReason'),
            options: [...approvalReasons, ...rejectionReasons],
            validate: (
              value: unknown,
              { req, siblingData }: { req: PayloadRequest; siblingData: Record<string, unknown> },
            ) => {
              const allowed =
                siblingData?.status === 'approved'
                  ? approvalReasons
                  : siblingData?.status === 'rejected'
                    ? rejectionReasons
                    : null
              if (!allowed) {
                return true
              }
              return allowed.some((option) => option.value === value)
                ? true
                : translate(
                    req,
                    siblingData.status === 'approved'
                      ? 'submissionApprovalReasonRequired'
                      : 'submissionRejectionReasonRequired',
                  )
            },
          },
          {
            name: 'rating',
            type: 'number',
            access: { update: () => false },
            admin: { readOnly: true, width: '34%' },
            label: translated('testimonialRating'),
          },
        ],
      },
      {
        name: 'moderatorNote',
        type: 'textarea',
        admin: { description: translated('submissionModeratorNoteDescription') },
        label: translated('submissionModeratorNote'),
      },
      {
        type: 'row',
        fields: [
          {
            name: 'name',
            type: 'text',
            access: { update: () => false },
            admin: { readOnly: true, width: '50%' },
            label: translated('submissionName'),
          },
          {
            name: 'email',
            type: 'email',
            access: { update: () => false },
            admin: { readOnly: true, width: '50%' },
            label: translated('submissionEmail'),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'submittedAt',
            type: 'date',
            access: { update: () => false },
            admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true, width: '50%' },
            label: translated('submissionSubmittedAt'),
          },
          {
            name: 'emailConfirmedAt',
            type: 'date',
            access: { update: () => false },
            admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true, width: '50%' },
            label: translated('submissionEmailConfirmedAt'),
          },
        ],
      },
      {
        name: 'challenge',
        type: 'text',
        access: { update: () => false },
        admin: { description: translated('submissionChallengeDescription'), readOnly: true },
        label: translated('submissionChallenge'),
      },
      ...(options.slugs.testimonials
        ? [readOnlyRelation('testimonial', options.slugs.testimonials, 'submissionTestimonial')]
        : []),
      ...(options.slugs.beforeAfterGalleries
        ? [readOnlyRelation('gallery', options.slugs.beforeAfterGalleries, 'submissionGallery')]
        : []),
      ...(options.slugs.consents
        ? [readOnlyRelation('consent', options.slugs.consents, 'submissionConsent')]
        : []),
      // The rate limits and the duplicate check count these; the link tokens are kept hashed.
      hiddenText('ipHash'),
      hiddenText('emailHash'),
      hiddenText('contentHash'),
      // Each served form is used once; unique, so two sends of one form cannot both be stored.
      { ...hiddenText('formTokenHash'), unique: true },
      hiddenText('confirmHash'),
      hiddenText('revokeHash'),
      {
        name: 'confirmBefore',
        type: 'date',
        access: { read: () => false, update: () => false },
        admin: { hidden: true },
      },
    ],
    hooks: { afterChange: [approveSubmission(options)] },
    labels: {
      plural: translated('submissionsPlural'),
      singular: translated('submissionsSingular'),
    },
    versions: { drafts: false, maxPerDoc: 0 },
  }
}
