import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../types.js'

import { editorsOnly } from '../../access/editorsOnly.js'
import { clientComponent } from '../../utilities/adminComponents.js'
import { replayEndpoint } from './replayEndpoint.js'

export const webhookDeliveriesSlug = 'smp-webhook-deliveries'

/**
 * Every webhook delivery and each of its attempts, for editors: what was sent where, what the
 * receiver answered, and a replay. Written only by the plugin.
 */
export const createWebhookDeliveriesCollection = (
  options: SanitizedSmpClinicOptions,
): CollectionConfig => ({
  slug: webhookDeliveriesSlug,
  access: {
    create: () => false,
    delete: () => false,
    read: editorsOnly(options),
    update: () => false,
  },
  admin: {
    defaultColumns: ['event', 'collectionSlug', 'documentId', 'state', 'updatedAt'],
    description:
      'Webhooks sent to your site when public content changes. A failed delivery is retried for a day and more; open one to replay it.',
    group: options.group,
    useAsTitle: 'key',
  },
  endpoints: [replayEndpoint(options)],
  fields: [
    { name: 'key', type: 'text', index: true, label: 'Idempotency key', required: true },
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
      label: 'Event',
      options: ['publish', 'unpublish', 'update', 'delete'],
      required: true,
    },
    { name: 'collectionSlug', type: 'text', label: 'Collection' },
    { name: 'documentId', type: 'text', label: 'Document' },
    { name: 'endpoint', type: 'text', label: 'Endpoint', required: true },
    { name: 'body', type: 'textarea', label: 'Body sent', required: true },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      label: 'State',
      options: ['pending', 'delivered', 'retrying', 'failed'],
    },
    { name: 'deliveredAt', type: 'date', label: 'Delivered at' },
    {
      name: 'attempts',
      type: 'array',
      fields: [
        { name: 'at', type: 'date', label: 'At' },
        { name: 'status', type: 'number', label: 'HTTP status' },
        { name: 'error', type: 'text', label: 'Error' },
        { name: 'durationMs', type: 'number', label: 'Duration (ms)' },
      ],
      label: 'Attempts',
    },
    { name: 'replayOf', type: 'text', label: 'Replay of' },
    {
      name: 'replay',
      type: 'ui',
      admin: {
        components: { Field: clientComponent('ReplayDeliveryButton') },
        position: 'sidebar',
      },
    },
  ],
  labels: { plural: 'Webhook deliveries', singular: 'Webhook delivery' },
})
