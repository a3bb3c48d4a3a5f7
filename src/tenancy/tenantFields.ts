import type { Field } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { clinicProfileFields } from '../globals/ClinicSettings/index.js'
import { normalizeUrl, validateUrl } from '../fields/validateUrl.js'
import { editorsOnlyField } from '../privacy/editorsOnly.js'
import { translated } from '../translations/translated.js'
import { translatedOptions } from '../translations/translatedOptions.js'
import { clinicGroupName, clinicWebhooksName } from './tenantFieldNames.js'

/**
 * What the plugin adds to each tenant: the clinic's profile (empty values fall back to the
 * clinic settings global, then `site.organization`), its site's URL, and its webhook receivers,
 * whose secrets only editors read.
 */
export const tenantFields = (options: SanitizedSmpClinicOptions): Field[] => [
  {
    name: clinicGroupName,
    type: 'group',
    admin: { description: translated('tenantClinicDescription') },
    fields: [
      {
        name: 'siteUrl',
        type: 'text',
        admin: { description: translated('tenantSiteUrlDescription') },
        hooks: { beforeChange: [normalizeUrl] },
        label: translated('tenantSiteUrl'),
        validate: validateUrl,
      },
      ...clinicProfileFields(options),
    ],
    label: translated('tenantClinic'),
  },
  {
    name: clinicWebhooksName,
    type: 'array',
    access: { read: editorsOnlyField(options) },
    admin: { description: translated('tenantWebhooksDescription') },
    fields: [
      {
        name: 'url',
        type: 'text',
        hooks: { beforeChange: [normalizeUrl] },
        label: translated('tenantWebhookUrl'),
        required: true,
        validate: validateUrl,
      },
      {
        name: 'secret',
        type: 'text',
        label: translated('tenantWebhookSecret'),
        minLength: 16,
        required: true,
      },
      {
        name: 'events',
        type: 'select',
        hasMany: true,
        label: translated('tenantWebhookEvents'),
        options: translatedOptions({
          delete: 'tenantWebhookEventDelete',
          publish: 'tenantWebhookEventPublish',
          unpublish: 'tenantWebhookEventUnpublish',
          update: 'tenantWebhookEventUpdate',
        }),
      },
    ],
    label: translated('tenantWebhooks'),
  },
]
