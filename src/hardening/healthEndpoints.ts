import type { Endpoint } from 'payload'

import { databaseHealth } from './databaseHealth.js'

const noStore = { 'cache-control': 'no-store' }

/**
 * `GET /api/smp-clinic/health` (liveness) and `GET /api/smp-clinic/ready` (readiness), for a load
 * balancer or an orchestrator, open to anyone (they tell only whether this instance can serve):
 *
 * - health answers 200 whenever the process answers at all: restart it only when this fails;
 * - ready answers 200 when the database answers, and 503 with `Retry-After` while it is away or
 *   the server is shutting down: send this instance no traffic until it is 200 again.
 */
export const healthEndpoints = (): Endpoint[] => [
  {
    handler: () => Response.json({ status: 'ok' }, { headers: noStore }),
    method: 'get',
    path: '/smp-clinic/health',
  },
  {
    handler: async (req) => {
      const { ready, reason, since } = await databaseHealth(req.payload).readiness()
      if (ready) {
        return Response.json({ database: 'up', status: 'ready' }, { headers: noStore })
      }
      return Response.json(
        reason === 'draining'
          ? { status: 'draining' }
          : { database: 'down', since: since?.toISOString(), status: 'unavailable' },
        { headers: { ...noStore, 'retry-after': '1' }, status: 503 },
      )
    },
    method: 'get',
    path: '/smp-clinic/ready',
  },
]
