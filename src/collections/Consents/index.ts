import type { CollectionConfig, Field } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../types.js'

import { consentManagersOnly } from '../../access/consentManagersOnly.js'
import { faceOptions, nameOptions } from '../../fields/identifiabilityOptions.js'
import { seedKeyField } from '../../fields/sampleFields.js'
import { oneOf } from '../../fields/oneOf.js'
import { requiredText } from '../../fields/requiredText.js'
import { applyOverrides } from '../../utilities/applyOverrides.js'
import { consentStateLabels } from '../../utilities/consentStateLabels.js'
import {
  consentEnd,
  consentStatus,
  type ConsentTerms,
  isIpAddress,
  isUserAgent,
} from '../../utilities/consentStatus.js'
import { graphQLNames } from '../../utilities/graphQLNames.js'
import { fingerprintDocument } from './hooks/fingerprintDocument.js'
import {
  unpublishDependentsAfterChange,
  unpublishDependentsBeforeDelete,
} from './hooks/unpublishDependents.js'
import { verifyDocumentOnServe } from './verifyDocumentOnServe.js'

/**
 * The channels a client can allow, each on its own.
 */
export const consentChannels = [
  { label: 'Website', value: 'website' },
  { label: 'Social media', value: 'social' },
  { label: 'Paid advertising', value: 'advertising' },
  { label: 'Print', value: 'print' },
  { label: 'Education and training', value: 'education' },
]

const signatureMethods = [
  { label: 'Signed document (uploaded above)', value: 'document' },
  { label: 'Electronic signature', value: 'electronic' },
]

const signerAuthorities = [
  { label: 'The client', value: 'client' },
  { label: 'Parent or guardian', value: 'guardian' },
  { label: 'Authorised representative', value: 'representative' },
]

const electronic = (_data: unknown, siblingData: Record<string, unknown>) =>
  siblingData?.signatureMethod === 'electronic'

/**
 * Who signed, how, and on which form: what makes the record stand up if the client complains.
 */
const signatureFields: Field[] = [
  {
    name: 'signer',
    type: 'group',
    admin: { description: 'The person who signed, and with what authority.' },
    fields: [
      {
        type: 'row',
        fields: [
          { ...requiredText('name', 'Signed by'), admin: { width: '50%' } },
          {
            name: 'authority',
            type: 'select',
            admin: { width: '50%' },
            defaultValue: 'client',
            label: 'Signed as',
            options: signerAuthorities,
            validate: oneOf(signerAuthorities, 'Choose with what authority the signer signed.'),
          },
        ],
      },
      {
        name: 'relationship',
        type: 'text',
        admin: {
          condition: (_data, siblingData) => siblingData?.authority !== 'client',
          description: 'How the signer is related to the client, and the basis of their authority.',
        },
        label: 'Relationship to the client',
        validate: (
          value: null | string | undefined,
          { siblingData }: { siblingData: Record<string, unknown> },
        ) =>
          siblingData?.authority && siblingData.authority !== 'client' && !value?.trim()
            ? 'Say how a guardian or representative is related to the client.'
            : true,
      },
    ],
    label: 'Signer',
  },
  {
    type: 'row',
    fields: [
      {
        name: 'signatureMethod',
        type: 'select',
        defaultValue: 'document',
        label: 'Signed with',
        options: signatureMethods,
        validate: oneOf(signatureMethods, 'Choose how the consent was signed.'),
      },
      { name: 'signedAt', type: 'date', label: 'Date signed', required: true },
      requiredText(
        'formVersion',
        'Form version',
        'The version of the consent form signed, e.g. "2026-03".',
      ),
    ],
  },
  {
    name: 'electronicSignature',
    type: 'group',
    admin: { condition: electronic },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'ipAddress',
            type: 'text',
            label: 'IP address',
            validate: (value: unknown) =>
              value === null || value === undefined || value === '' || isIpAddress(value)
                ? true
                : 'Enter the IPv4 or IPv6 address the consent was signed from.',
          },
          {
            name: 'userAgent',
            type: 'text',
            label: 'Browser (user agent)',
            validate: (value: unknown) =>
              value === null || value === undefined || value === '' || isUserAgent(value)
                ? true
                : 'Enter the browser’s user agent as it was recorded when signing.',
          },
        ],
      },
    ],
    label: 'Electronic signature',
  },
  {
    name: 'fileSha256',
    type: 'text',
    access: { create: () => false, update: () => false },
    admin: {
      description:
        'Fingerprint of the signed document, taken at upload and checked each time it is served.',
      readOnly: true,
    },
    label: 'Document SHA-256',
  },
]

/**
 * What the client allows: where, and how identifiably.
 */
const coverageFields: Field[] = [
  {
    name: 'scopes',
    type: 'select',
    admin: {
      description: 'Each channel the client allows their testimonial or photos to appear in.',
    },
    hasMany: true,
    label: 'Channels',
    options: consentChannels,
    required: true,
    validate: (value: unknown) =>
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((channel) => consentChannels.some((known) => known.value === channel))
        ? true
        : 'Choose at least one channel the client allows.',
  },
  {
    type: 'row',
    fields: [
      {
        name: 'faceDisplay',
        type: 'select',
        admin: { description: 'The most of their face the client allows to be shown.' },
        defaultValue: 'none',
        label: 'Face',
        options: faceOptions,
        validate: oneOf(faceOptions, 'Choose how much of the face the client allows.'),
      },
      {
        name: 'nameDisplay',
        type: 'select',
        admin: { description: 'The most of their name the client allows to be shown.' },
        defaultValue: 'none',
        label: 'Name',
        options: nameOptions,
        validate: oneOf(nameOptions, 'Choose how much of the name the client allows.'),
      },
    ],
  },
]

const revocationFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'expiresAt',
        type: 'date',
        admin: { description: 'Leave empty when the consent does not expire.' },
        label: 'Expires',
      },
      {
        name: 'revokedAt',
        type: 'date',
        admin: {
          date: { pickerAppearance: 'dayAndTime' },
          description: 'When the withdrawal takes effect. Content is hidden from that instant.',
        },
        label: 'Revoked at',
      },
    ],
  },
  {
    name: 'revocation',
    type: 'group',
    admin: { condition: (data) => Boolean(data?.revokedAt) },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'receivedVia',
            type: 'select',
            label: 'Received by',
            options: [
              { label: 'Email', value: 'email' },
              { label: 'Phone', value: 'phone' },
              { label: 'In person', value: 'in_person' },
              { label: 'Letter', value: 'letter' },
              { label: 'Other', value: 'other' },
            ],
          },
          { name: 'receivedBy', type: 'text', label: 'Taken by (staff member)' },
        ],
      },
      {
        name: 'alreadyPrinted',
        type: 'textarea',
        admin: { description: 'Printed or distributed material that cannot be recalled.' },
        label: 'Already printed or distributed',
      },
    ],
    label: 'Revocation',
  },
]

const addYears = (date: Date, years: number) => {
  const result = new Date(date)
  result.setUTCFullYear(result.getUTCFullYear() + years)
  return result
}

/**
 * Signed permissions from clients to show their testimonial or photos. An upload collection, so
 * the signed document is served only to the people allowed to read the record, and only if it
 * still matches the fingerprint taken at upload. Every change is kept as a version.
 */
export const createConsentsCollection = (options: SanitizedSmpClinicOptions): CollectionConfig => {
  const slug = options.slugs.consents!
  const staticDir = options.staticDir ? `${options.staticDir}/${slug}` : slug
  return applyOverrides(
    {
      slug,
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
          'Signed client permissions. Never public. Revoking or expiring one hides the content that relies on it at that instant.',
        group: options.group,
        listSearchableFields: ['subject'],
        useAsTitle: 'subject',
      },
      defaultSort: '-signedAt',
      fields: [
        requiredText(
          'subject',
          'Client',
          'The client the consent is about, as named on the content.',
        ),
        ...signatureFields,
        ...coverageFields,
        ...revocationFields,
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
            afterRead: [({ data }) => consentStatus(data as ConsentTerms, options.now())],
          },
          label: 'Status',
          options: Object.entries(consentStateLabels).map(([value, label]) => ({ label, value })),
          virtual: true,
        },
        {
          name: 'retainUntil',
          type: 'date',
          admin: {
            description: `Keep this record until then: ${options.consentRetentionYears} years after the consent was last in effect.`,
            position: 'sidebar',
            readOnly: true,
          },
          hooks: {
            afterRead: [
              ({ data }) => {
                const now = options.now()
                const end = consentEnd(data as ConsentTerms)
                const lastInEffect = end && new Date(end) < now ? new Date(end) : now
                return addYears(lastInEffect, options.consentRetentionYears).toISOString()
              },
            ],
          },
          label: 'Retain until',
          virtual: true,
        },
        seedKeyField(options),
      ],
      hooks: {
        afterChange: [unpublishDependentsAfterChange(options)],
        beforeChange: [fingerprintDocument],
        beforeDelete: [unpublishDependentsBeforeDelete(options)],
      },
      graphQL: graphQLNames(options, 'consents'),
      labels: { plural: 'Consents', singular: 'Consent' },
      upload: {
        filesRequiredOnCreate: false,
        handlers: [verifyDocumentOnServe(staticDir)],
        mimeTypes: ['application/pdf', 'image/jpeg', 'image/png'],
        ...(options.staticDir ? { staticDir } : {}),
      },
      // A consent's history is evidence: every version is kept, for consent managers only.
      versions: { drafts: false, maxPerDoc: 0 },
    },
    options.overrides.consents,
  )
}
