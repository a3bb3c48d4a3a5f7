/**
 * The slug of the delivery log (not renamed with the clinic's collections: it is the plugin's own).
 */
export const webhookDeliveriesSlug = 'smp-webhook-deliveries'
