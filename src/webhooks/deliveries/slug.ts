/**
 * The slug of the delivery log (not renamed with the clinic's collections: it is the plugin's own).
 */
export const webhookDeliveriesSlug = 'smp-webhook-deliveries'

/**
 * The field of a delivery that names the clinic whose own receiver it is for (in a chain).
 */
export const deliveryTenantName = 'clinicTenant'
