import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { translated } from '../../translations/translated.js'
import { translatedOptions } from '../../translations/translatedOptions.js'
import { clientComponent } from '../../options/adminComponents.js'
import { deliveriesReadAccess } from './readAccess.js'
import { replayEndpoint } from './replayEndpoint.js'
import { deliveryTenantName, webhookDeliveriesSlug } from './slug.js'

export { webhookDeliveriesSlug }

/**
 * Every webhook delivery and each of its attempts, for editors (in a chain, each clinic's own):
 * what was sent where, what the receiver answered, and a replay. Written only by the plugin.
 */
export const createWebhookDeliveriesCollection = (
  options: SanitizedSmpClinicOptions,
): CollectionConfig => ({
  slug: webhookDeliveriesSlug,
  access: {
    create: () => false,
    delete: () => false,
    read: deliveriesReadAccess(options),
    update: () => false,
  },
  admin: {
    defaultColumns: ['event', 'collectionSlug', 'documentId', 'state', 'updatedAt'],
    description: translated('deliveriesDescription'),
    group: options.group,
    useAsTitle: 'key',
  },
  endpoints: [replayEndpoint(options)],
  fields: [
    { name: 'key', type: 'text', index: true, label: translated('deliveryKey'), required: true },
    {
      // One delivery per change and endpoint, even when two processes notice the same instant.
      name: 'dedupeKey',
      type: 'text',
      admin: { hidden: true },
      unique: true,
    },
    {
      name: 'event',
      type: 'select',
      label: translated('deliveryEvent'),
      options: translatedOptions({
        publish: 'deliveryEventPublish',
        unpublish: 'deliveryEventUnpublish',
        update: 'deliveryEventUpdate',
        delete: 'deliveryEventDelete',
      }),
      required: true,
    },
    { name: 'collectionSlug', type: 'text', label: translated('deliveryCollection') },
    { name: 'documentId', type: 'text', label: translated('deliveryDocument') },
    { name: 'endpoint', type: 'text', label: translated('deliveryEndpoint'), required: true },
    // In a clinic chain: the clinic whose own receiver this is (empty: one of the chain's).
    ...(options.tenancy
      ? [
          {
            name: deliveryTenantName,
            type: 'text',
            index: true,
            label: translated('deliveryClinic'),
          } as const,
        ]
      : []),
    { name: 'body', type: 'textarea', label: translated('deliveryBody'), required: true },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      label: translated('deliveryState'),
      options: translatedOptions({
        pending: 'deliveryStatePending',
        delivered: 'deliveryStateDelivered',
        retrying: 'deliveryStateRetrying',
        failed: 'deliveryStateFailed',
      }),
    },
    { name: 'deliveredAt', type: 'date', label: translated('deliveryDeliveredAt') },
    {
      name: 'attempts',
      type: 'array',
      fields: [
        { name: 'at', type: 'date', label: translated('deliveryAttemptAt') },
        { name: 'status', type: 'number', label: translated('deliveryAttemptStatus') },
        { name: 'error', type: 'text', label: translated('deliveryAttemptError') },
        { name: 'durationMs', type: 'number', label: translated('deliveryAttemptDuration') },
      ],
      label: translated('deliveryAttempts'),
    },
    { name: 'replayOf', type: 'text', label: translated('deliveryReplayOf') },
    {
      name: 'replay',
      type: 'ui',
      admin: {
        components: { Field: clientComponent('ReplayDeliveryButton') },
        position: 'sidebar',
      },
    },
  ],
  labels: { plural: translated('deliveriesPlural'), singular: translated('deliveriesSingular') },
  // A log: each attempt is written once and never edited by hand.
  versions: false,
})
