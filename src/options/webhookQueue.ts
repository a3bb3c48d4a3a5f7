/**
 * The job queue webhook deliveries wait on; the plugin runs it itself (`startWebhookPoller`).
 */
export const webhookQueue = 'smp-clinic-webhooks'

export const deliverTaskSlug = 'smpDeliverWebhook'
