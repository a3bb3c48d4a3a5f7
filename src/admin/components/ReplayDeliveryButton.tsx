'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { Badge } from './Badge.js'
import { useClinicTranslation } from './useClinicTranslation.js'

type Outcome = { message: string; tone: 'error' | 'success' }

/**
 * Sends a webhook delivery again from its edit view: the same body and idempotency key, as a new
 * delivery in the log (`POST /api/<deliveries>/:id/replay`). Payload's form has no way to run an
 * action, so the button calls the endpoint itself, with the editor's session.
 */
export const ReplayDeliveryButton = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const t = useClinicTranslation()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<null | Outcome>(null)
  if (id === undefined || id === null) {
    return null
  }

  const replay = async () => {
    setBusy(true)
    setOutcome(null)
    try {
      const response = await fetch(`${serverURL}${api}/${collectionSlug}/${id}/replay`, {
        credentials: 'include',
        method: 'POST',
      })
      const body = (await response.json().catch(() => ({}))) as {
        errors?: { message?: string }[]
        queued?: unknown[]
      }
      setOutcome(
        response.ok
          ? { message: t('deliveryReplayQueuedSoon'), tone: 'success' }
          : {
              message:
                body.errors?.[0]?.message ??
                (response.status === 409
                  ? t('deliveryReplayEndpointGone')
                  : t('deliveryReplayFailed', { status: response.status })),
              tone: 'error',
            },
      )
    } catch {
      setOutcome({ message: t('deliveryReplayUnreachable'), tone: 'error' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="smp-replay" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={replay}>
        {busy ? t('deliveryReplaying') : t('deliveryReplay')}
      </Button>
      {outcome ? (
        <p role="status" style={{ marginTop: 'calc(var(--base) / 2)' }}>
          <Badge tone={outcome.tone}>{outcome.message}</Badge>
        </p>
      ) : null}
    </div>
  )
}
