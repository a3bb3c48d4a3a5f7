import type { Endpoint } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'
import type { SmpWebhookBody } from '../body.js'

import { translate } from '../../translations/translated.js'
import { enqueueDeliveries } from '../outbox.js'

/**
 * `POST /api/smp-webhook-deliveries/:id/replay` (editors): sends a delivery's body again, with
 * the same idempotency key, as a new delivery in the log.
 */
export const replayEndpoint = (options: SanitizedSmpClinicOptions): Endpoint => ({
  handler: async (req) => {
    if (!(await options.access.canEdit({ req }))) {
      return Response.json(
        { errors: [{ message: translate(req, 'deliveryReplayEditorsOnly') }] },
        { status: 403 },
      )
    }
    const id = String(req.routeParams?.id ?? '')
    const delivery = (await req.payload.findByID({
      collection: 'smp-webhook-deliveries',
      depth: 0,
      disableErrors: true,
      id,
      // The log's own read access: in a chain, a clinic's editors replay their clinic's only.
      overrideAccess: false,
      req,
      user: req.user,
    })) as { body: string; clinicTenant?: null | string; endpoint: string } | null
    if (!delivery) {
      return Response.json({ errors: [{ message: req.t('general:notFound') }] }, { status: 404 })
    }
    const parsed = JSON.parse(delivery.body) as SmpWebhookBody
    // Sent again to the one receiver it was for: a chain's, or one clinic's own.
    const tenant = delivery.clinicTenant
    const body = options.tenancy ? { ...parsed, tenants: tenant ? [tenant] : [] } : parsed
    const only = {
      ...options,
      webhooks: options.webhooks && {
        ...options.webhooks,
        endpoints: tenant
          ? []
          : options.webhooks.endpoints.filter(({ url }) => url === delivery.endpoint),
      },
    }
    const queued = await enqueueDeliveries(req, only, body, {
      onlyUrl: delivery.endpoint,
      replayOf: id,
    })
    return Response.json(
      { message: translate(req, 'deliveryReplayQueued'), queued },
      { status: queued.length ? 202 : 409 },
    )
  },
  method: 'post',
  path: '/:id/replay',
})
