'use client'
import { Button, useConfig, useListQuery } from '@payloadcms/ui'
import { useState } from 'react'

import { Badge } from './Badge.js'
import { useClinicTranslation } from './useClinicTranslation.js'

type Outcome = { lines: string[]; message: string; tone: 'error' | 'success' }

/**
 * Above the imported reviews' list: choose an export file (CSV or JSON) and, when its rows do
 * not say, the platform, then import it through `POST /api/<slug>/import` with the editor's
 * session. Shows what was imported, or every row and field that kept the file from importing.
 */
export const ImportReviews = ({ collectionSlug }: { collectionSlug?: string }) => {
  const t = useClinicTranslation()
  const {
    config: {
      collections,
      routes: { api },
      serverURL,
    },
  } = useConfig()
  // Asks the list for its rows again after an import.
  const { query, refineListData } = useListQuery()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<null | Outcome>(null)
  const collection = collections.find(({ slug }) => slug === collectionSlug)
  const platformField = collection?.fields.find(
    (field) => 'name' in field && field.name === 'platform',
  ) as { options?: { label: unknown; value: string }[] } | undefined
  const platforms = platformField?.options ?? []

  const submit = async (form: HTMLFormElement) => {
    setBusy(true)
    setOutcome(null)
    try {
      const response = await fetch(`${serverURL}${api}/${collectionSlug}/import`, {
        body: new FormData(form),
        credentials: 'include',
        method: 'POST',
      })
      const body = (await response.json().catch(() => ({}))) as {
        created?: number
        errors?: { data?: { errors?: { message: string; path: string }[] }; message?: string }[]
        skipped?: number
        total?: number
      }
      if (response.ok) {
        setOutcome({
          lines: [],
          message: t('externalReviewImportDone', {
            created: body.created ?? 0,
            skipped: body.skipped ?? 0,
            total: body.total ?? 0,
          }),
          tone: 'success',
        })
        form.reset()
        await refineListData({ ...query, page: 1 })
      } else {
        const details = (body.errors ?? []).flatMap((error) =>
          error.data?.errors?.length
            ? error.data.errors.map(({ message, path }) => `${path}: ${message}`)
            : [error.message ?? String(response.status)],
        )
        setOutcome({ lines: details, message: t('externalReviewImportFailed'), tone: 'error' })
      }
    } catch {
      setOutcome({ lines: [], message: t('deliveryReplayUnreachable'), tone: 'error' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      aria-label={t('externalReviewImportTitle')}
      className="smp-import-reviews"
      onSubmit={(event) => {
        event.preventDefault()
        void submit(event.currentTarget)
      }}
      style={{ marginBottom: 'var(--base)' }}
    >
      <h3 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{t('externalReviewImportTitle')}</h3>
      <p style={{ margin: '0 0 calc(var(--base) / 2)' }}>{t('externalReviewImportHelp')}</p>
      <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 'var(--base)' }}>
        <input accept=".csv,.json,text/csv,application/json" name="file" required type="file" />
        <select aria-label={t('externalReviewPlatform')} defaultValue="" name="platform">
          <option value="">{t('externalReviewImportPlatformFromFile')}</option>
          {platforms.map(({ label, value }) => (
            <option key={value} value={value}>
              {typeof label === 'string' ? label : value}
            </option>
          ))}
        </select>
        <Button buttonStyle="secondary" disabled={busy} margin={false} type="submit">
          {busy ? t('externalReviewImporting') : t('externalReviewImportButton')}
        </Button>
      </div>
      {outcome ? (
        <div role="status" style={{ marginTop: 'calc(var(--base) / 2)' }}>
          <Badge tone={outcome.tone}>{outcome.message}</Badge>
          {outcome.lines.length ? (
            <ul>
              {outcome.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  )
}
