import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../types.js'

import { consentManagersOnly } from '../../access/consentManagersOnly.js'
import { seedKeyField } from '../../fields/sampleFields.js'
import { applyOverrides } from '../../utilities/applyOverrides.js'
import { graphQLNames } from '../../utilities/graphQLNames.js'
import { type ConsentTerms, consentStatus } from '../../utilities/consentStatus.js'
import {
  unpublishDependentsAfterChange,
  unpublishDependentsBeforeDelete,
} from './hooks/unpublishDependents.js'

/**
 * Signed permissions from clients to show their testimonial or photos. An upload collection, so
 * the signed document is served only to the people allowed to read the record.
 */
export const createConsentsCollection = (options: SanitizedSmpClinicOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.consents!,
      access: {
        create: consentManagersOnly(options),
        delete: consentManagersOnly(options),
        read: consentManagersOnly(options),
        readVersions: consentManagersOnly(options),
        update: consentManagersOnly(options),
      },
      admin: {
        defaultColumns: ['subject', 'scopes', 'signedAt', 'expiresAt', 'status'],
        description:
          'Signed client permissions. Never public. Revoking or expiring one unpublishes the content that relies on it.',
        group: options.group,
        listSearchableFields: ['subject'],
        useAsTitle: 'subject',
      },
      defaultSort: '-signedAt',
      fields: [
        {
          name: 'subject',
          type: 'text',
          admin: { description: 'The client who signed, as named on the content.' },
          label: 'Client',
          required: true,
        },
        {
          name: 'scopes',
          type: 'select',
          admin: { description: 'Where the client allows their testimonial or photos to appear.' },
          hasMany: true,
          label: 'Scope',
          options: [
            { label: 'Website', value: 'website' },
            { label: 'Social media', value: 'social' },
            { label: 'Advertising', value: 'advertising' },
          ],
          required: true,
        },
        {
          type: 'row',
          fields: [
            { name: 'signedAt', type: 'date', label: 'Date signed', required: true },
            {
              name: 'expiresAt',
              type: 'date',
              admin: { description: 'Leave empty when the consent does not expire.' },
              label: 'Expires',
            },
            {
              name: 'revokedAt',
              type: 'date',
              admin: { description: 'Set when the client withdraws consent.' },
              label: 'Revoked at',
            },
          ],
        },
        {
          name: 'signedAfterTreatment',
          type: 'checkbox',
          admin: {
            description:
              'Tick when the client signed after seeing their result, not before treatment.',
          },
          defaultValue: false,
          label: 'Signed after treatment',
        },
        { name: 'notes', type: 'textarea', label: 'Notes' },
        {
          name: 'status',
          type: 'select',
          admin: { position: 'sidebar', readOnly: true },
          hooks: {
            afterRead: [({ data }) => consentStatus(data as ConsentTerms)],
          },
          label: 'Status',
          options: [
            { label: 'Valid', value: 'valid' },
            { label: 'Expired', value: 'expired' },
            { label: 'Revoked', value: 'revoked' },
            { label: 'Not signed yet', value: 'not-signed' },
            { label: 'Not for the website', value: 'not-for-website' },
            { label: 'Missing', value: 'missing' },
          ],
          virtual: true,
        },
        seedKeyField(),
      ],
      hooks: {
        afterChange: [unpublishDependentsAfterChange(options)],
        beforeDelete: [unpublishDependentsBeforeDelete(options)],
      },
      graphQL: graphQLNames(options, 'consents'),
      labels: { plural: 'Consents', singular: 'Consent' },
      upload: {
        filesRequiredOnCreate: false,
        mimeTypes: ['application/pdf', 'image/jpeg', 'image/png'],
        ...(options.staticDir
          ? { staticDir: `${options.staticDir}/${options.slugs.consents}` }
          : {}),
      },
    },
    options.overrides.consents,
  )
