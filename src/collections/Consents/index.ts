import type { CollectionConfig, Field, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { consentManagersOnly } from '../../privacy/consentManagersOnly.js'
import { consentStateOptions } from '../../fields/consentStateField.js'
import { faceOptions, nameOptions } from '../../consent/identifiabilityOptions.js'
import { seedKeyField } from '../../fields/sampleFields.js'
import { oneOf } from '../../fields/oneOf.js'
import { requiredText } from '../../fields/requiredText.js'
import { translate, translated } from '../../translations/translated.js'
import { translatedOptions } from '../../translations/translatedOptions.js'
import { applyOverrides } from '../../options/applyOverrides.js'
import {
  consentEnd,
  consentStatus,
  type ConsentTerms,
  isIpAddress,
  isUserAgent,
} from '../../consent/consentStatus.js'
import { graphQLNames } from '../../graphql/graphQLNames.js'
import { fingerprintDocument } from './hooks/fingerprintDocument.js'
import { requireFormVerification } from './hooks/requireFormVerification.js'
import {
  unpublishDependentsAfterChange,
  unpublishDependentsBeforeDelete,
} from './hooks/unpublishDependents.js'
import { verifyDocumentOnServe } from './verifyDocumentOnServe.js'
import { authorizationStatements, statementField } from './authorizationStatements.js'

/**
 * The channels a client can allow, each on its own.
 */
export const consentChannels = translatedOptions({
  website: 'consentChannelWebsite',
  social: 'consentChannelSocial',
  advertising: 'consentChannelAdvertising',
  print: 'consentChannelPrint',
  education: 'consentChannelEducation',
})

const signatureMethods = translatedOptions({
  document: 'consentMethodDocument',
  electronic: 'consentMethodElectronic',
})

const signerAuthorities = translatedOptions({
  client: 'consentAuthorityClient',
  guardian: 'consentAuthorityGuardian',
  representative: 'consentAuthorityRepresentative',
})

const electronic = (_data: unknown, siblingData: Record<string, unknown>) =>
  siblingData?.signatureMethod === 'electronic'

/**
 * Who signed, how, and on which form: what makes the record stand up if the client complains.
 */
const signatureFields: Field[] = [
  {
    name: 'signer',
    type: 'group',
    admin: { description: translated('consentSignerDescription') },
    fields: [
      {
        type: 'row',
        fields: [
          {
            ...requiredText('name', {
              label: 'consentSignerName',
              required: 'consentSignerNameRequired',
            }),
            admin: { width: '50%' },
          },
          {
            name: 'authority',
            type: 'select',
            admin: { width: '50%' },
            defaultValue: 'client',
            label: translated('consentSignerAuthority'),
            options: signerAuthorities,
            validate: oneOf(signerAuthorities, 'consentSignerAuthorityRequired'),
          },
        ],
      },
      {
        name: 'relationship',
        type: 'text',
        admin: {
          condition: (_data, siblingData) => siblingData?.authority !== 'client',
          description: translated('consentSignerRelationshipDescription'),
        },
        label: translated('consentSignerRelationship'),
        validate: (
          value: null | string | undefined,
          { req, siblingData }: { req: PayloadRequest; siblingData: Record<string, unknown> },
        ) =>
          siblingData?.authority && siblingData.authority !== 'client' && !value?.trim()
            ? translate(req, 'consentSignerRelationshipRequired')
            : true,
      },
    ],
    label: translated('consentSigner'),
  },
  {
    type: 'row',
    fields: [
      {
        name: 'signatureMethod',
        type: 'select',
        defaultValue: 'document',
        label: translated('consentSignatureMethod'),
        options: signatureMethods,
        validate: oneOf(signatureMethods, 'consentSignatureMethodRequired'),
      },
      { name: 'signedAt', type: 'date', label: translated('consentSignedAt'), required: true },
      requiredText('formVersion', {
        description: 'consentFormVersionDescription',
        label: 'consentFormVersion',
        required: 'consentFormVersionRequired',
      }),
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
            label: translated('consentIpAddress'),
            validate: (value: unknown, { req }: { req: PayloadRequest }) =>
              value === null || value === undefined || value === '' || isIpAddress(value)
                ? true
                : translate(req, 'consentIpAddressInvalid'),
          },
          {
            name: 'userAgent',
            type: 'text',
            label: translated('consentUserAgent'),
            validate: (value: unknown, { req }: { req: PayloadRequest }) =>
              value === null || value === undefined || value === '' || isUserAgent(value)
                ? true
                : translate(req, 'consentUserAgentInvalid'),
          },
        ],
      },
    ],
    label: translated('consentElectronicSignature'),
  },
  {
    name: 'fileSha256',
    type: 'text',
    access: { create: () => false, update: () => false },
    admin: {
      description: translated('consentFileSha256Description'),
      readOnly: true,
    },
    label: translated('consentFileSha256'),
  },
]

/**
 * What HIPAA's 45 CFR 164.508(c) asks an authorization to state, kept as the client saw it on
 * the public form (a paper form holds the same in the signed document).
 */
const authorizationFields: Field[] = [
  {
    name: 'authorization',
    type: 'group',
    admin: {
      condition: electronic,
      description: translated('consentAuthorizationDescription'),
    },
    fields: [
      { name: 'material', type: 'textarea', label: translated('consentAuthorizationMaterial') },
      {
        type: 'row',
        fields: [
          { name: 'recipient', type: 'text', label: translated('consentAuthorizationRecipient') },
          { name: 'purpose', type: 'text', label: translated('consentAuthorizationPurpose') },
        ],
      },
      {
        name: 'expiryEvent',
        type: 'text',
        admin: { description: translated('consentAuthorizationExpiryEventDescription') },
        label: translated('consentAuthorizationExpiryEvent'),
      },
      {
        // Checkboxes, not a list: columns of the consent row, read with it.
        name: 'statements',
        type: 'group',
        admin: { description: translated('consentAuthorizationStatementsDescription') },
        fields: authorizationStatements.map(({ label, value }) => ({
          name: statementField(value),
          type: 'checkbox' as const,
          defaultValue: false,
          label,
        })),
        label: translated('consentAuthorizationStatements'),
      },
    ],
    label: translated('consentAuthorization'),
  },
  {
    name: 'verification',
    type: 'group',
    admin: {
      condition: (_data, siblingData) => Boolean(siblingData?.verification?.required),
      description: translated('consentVerificationDescription'),
    },
    fields: [
      {
        name: 'required',
        type: 'checkbox',
        access: { create: () => false, update: () => false },
        admin: { hidden: true },
        defaultValue: false,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'verifiedAt',
            type: 'date',
            admin: { date: { pickerAppearance: 'dayAndTime' }, width: '50%' },
            label: translated('consentVerifiedAt'),
          },
          {
            name: 'verifiedBy',
            type: 'text',
            admin: { width: '50%' },
            label: translated('consentVerifiedBy'),
          },
        ],
      },
    ],
    label: translated('consentVerification'),
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
      description: translated('consentScopesDescription'),
    },
    hasMany: true,
    label: translated('consentScopes'),
    options: consentChannels,
    required: true,
    validate: (value: unknown, { req }: { req: PayloadRequest }) =>
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((channel) => consentChannels.some((known) => known.value === channel))
        ? true
        : translate(req, 'consentScopesRequired'),
  },
  {
    type: 'row',
    fields: [
      {
        name: 'faceDisplay',
        type: 'select',
        admin: { description: translated('consentFaceDisplayDescription') },
        defaultValue: 'none',
        label: translated('consentFaceDisplay'),
        options: faceOptions,
        validate: oneOf(faceOptions, 'consentFaceDisplayRequired'),
      },
      {
        name: 'nameDisplay',
        type: 'select',
        admin: { description: translated('consentNameDisplayDescription') },
        defaultValue: 'none',
        label: translated('consentNameDisplay'),
        options: nameOptions,
        validate: oneOf(nameOptions, 'consentNameDisplayRequired'),
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
        admin: { description: translated('consentExpiresAtDescription') },
        label: translated('consentExpiresAt'),
      },
      {
        name: 'revokedAt',
        type: 'date',
        admin: {
          date: { pickerAppearance: 'dayAndTime' },
          description: translated('consentRevokedAtDescription'),
        },
        label: translated('consentRevokedAt'),
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
            label: translated('consentReceivedVia'),
            options: translatedOptions({
              email: 'consentReceivedViaEmail',
              phone: 'consentReceivedViaPhone',
              in_person: 'consentReceivedViaInPerson',
              letter: 'consentReceivedViaLetter',
              other: 'consentReceivedViaOther',
            }),
          },
          { name: 'receivedBy', type: 'text', label: translated('consentReceivedBy') },
        ],
      },
      {
        name: 'alreadyPrinted',
        type: 'textarea',
        admin: { description: translated('consentAlreadyPrintedDescription') },
        label: translated('consentAlreadyPrinted'),
      },
    ],
    label: translated('consentRevocation'),
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
  const staticDir = options.uploads.staticDir ? `${options.uploads.staticDir}/${slug}` : slug
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
        description: translated('consentsDescription'),
        group: options.group,
        listSearchableFields: ['subject'],
        useAsTitle: 'subject',
      },
      defaultSort: '-signedAt',
      // A copy would carry a signature the client never gave, without its verification.
      disableDuplicate: true,
      fields: [
        requiredText('subject', {
          description: 'consentSubjectDescription',
          label: 'consentSubject',
          required: 'consentSubjectRequired',
        }),
        ...signatureFields,
        ...authorizationFields,
        ...coverageFields,
        ...revocationFields,
        {
          name: 'signedAfterTreatment',
          type: 'checkbox',
          admin: {
            description: translated('consentSignedAfterTreatmentDescription'),
          },
          defaultValue: false,
          label: translated('consentSignedAfterTreatment'),
        },
        { name: 'notes', type: 'textarea', label: translated('consentNotes') },
        {
          name: 'status',
          type: 'select',
          admin: { position: 'sidebar', readOnly: true },
          hooks: {
            afterRead: [({ data }) => consentStatus(data as ConsentTerms, options.clock())],
          },
          label: translated('consentStatus'),
          options: consentStateOptions,
          virtual: true,
        },
        {
          name: 'retainUntil',
          type: 'date',
          admin: {
            description: translated('consentRetainUntilDescription', {
              years: options.consent.retentionYears,
            }),
            position: 'sidebar',
            readOnly: true,
          },
          hooks: {
            afterRead: [
              ({ data }) => {
                const now = options.clock()
                const end = consentEnd(data as ConsentTerms)
                const lastInEffect = end && new Date(end) < now ? new Date(end) : now
                return addYears(lastInEffect, options.consent.retentionYears).toISOString()
              },
            ],
          },
          label: translated('consentRetainUntil'),
          virtual: true,
        },
        seedKeyField(options),
      ],
      hooks: {
        afterChange: [unpublishDependentsAfterChange(options)],
        beforeChange: [fingerprintDocument, requireFormVerification(options)],
        beforeDelete: [unpublishDependentsBeforeDelete(options)],
      },
      graphQL: graphQLNames(options, 'consents'),
      labels: { plural: translated('consentsPlural'), singular: translated('consentsSingular') },
      upload: {
        filesRequiredOnCreate: false,
        handlers: [verifyDocumentOnServe(staticDir)],
        mimeTypes: ['application/pdf', 'image/jpeg', 'image/png'],
        ...(options.uploads.staticDir ? { staticDir } : {}),
      },
      // A consent's history is evidence: every version is kept, for consent managers only.
      versions: { drafts: false, maxPerDoc: 0 },
    },
    options.overrides.consents,
  )
}
