'use client'
import type { UIFieldClientComponent } from 'payload'

import { useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { PluginSmpClinicTranslationKey } from '../../translations/index.js'

import { relationId } from '../../hardening/relationId.js'
import { useClinicTranslation } from './useClinicTranslation.js'

const views: Record<string, PluginSmpClinicTranslationKey> = {
  back: 'galleryComparisonViewBack',
  front: 'galleryComparisonViewFront',
  left: 'galleryComparisonViewLeft',
  right: 'galleryComparisonViewRight',
  top: 'galleryComparisonViewTop',
}

type MediaDoc = {
  alt?: null | string
  sizes?: Record<string, { url?: null | string } | undefined>
  url?: null | string
}

/**
 * Loads an image document as the editor sees it (private photos included, since the admin's
 * session cookie goes with the request).
 */
const useMediaDoc = (collectionURL: string, id: null | number | string): MediaDoc | null => {
  const [doc, setDoc] = useState<MediaDoc | null>(null)
  useEffect(() => {
    setDoc(null)
    if (id === null) {
      return
    }
    const controller = new AbortController()
    fetch(`${collectionURL}/${encodeURIComponent(String(id))}?depth=0`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<MediaDoc>) : null))
      .then(setDoc)
      .catch(() => undefined)
    return () => controller.abort()
  }, [collectionURL, id])
  return doc
}

const Photo = ({
  doc,
  label,
  waiting,
}: {
  doc: MediaDoc | null
  label: string
  waiting: string
}) => {
  const src = doc?.sizes?.square960?.url ?? doc?.sizes?.square480?.url ?? doc?.url
  return (
    <figure className="smp-comparison__photo" style={{ flex: 1, margin: 0, minWidth: 0 }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 'calc(var(--base) / 4)' }}>
        {label}
      </figcaption>
      {src ? (
        <img
          alt={doc?.alt ?? label}
          src={src}
          style={{
            aspectRatio: '1 / 1',
            borderRadius: 'var(--style-radius-s)',
            display: 'block',
            objectFit: 'cover',
            width: '100%',
          }}
        />
      ) : (
        <div
          style={{
            alignItems: 'center',
            aspectRatio: '1 / 1',
            background: 'var(--theme-elevation-50)',
            border: '1px dashed var(--theme-elevation-250)',
            borderRadius: 'var(--style-radius-s)',
            color: 'var(--theme-elevation-500)',
            display: 'flex',
            justifyContent: 'center',
            padding: 'var(--base)',
            textAlign: 'center',
          }}
        >
          {waiting}
        </div>
      )}
    </figure>
  )
}

/**
 * Shows a gallery pair the way the public will see it: the before and after photos side by side,
 * at the same crop, updated as soon as the editor picks or uploads a photo.
 */
export const BeforeAfterComparison: UIFieldClientComponent = (props) => {
  const { mediaSlug, path } = props as typeof props & { mediaSlug: string }
  const { config } = useConfig()
  const t = useClinicTranslation()
  const pair = path.slice(0, path.lastIndexOf('.'))
  const before = useFormFields(([fields]) => relationId(fields[`${pair}.before`]?.value))
  const after = useFormFields(([fields]) => relationId(fields[`${pair}.after`]?.value))
  const angle = useFormFields(([fields]) => fields[`${pair}.angle`]?.value)
  const time = useFormFields(([fields]) => fields[`${pair}.timeAfterLastSession`]?.value)

  const collectionURL = `${config.serverURL}${config.routes.api}/${mediaSlug}`
  const beforeDoc = useMediaDoc(collectionURL, before)
  const afterDoc = useMediaDoc(collectionURL, after)

  const view = typeof angle === 'string' && Object.hasOwn(views, angle) ? views[angle] : undefined
  const caption = [
    view ? t(view) : null,
    typeof time === 'string' && time ? t('galleryComparisonTaken', { time }) : null,
  ]
    .filter(Boolean)
    .join(', ')

  return (
    <div className="smp-comparison" style={{ marginBottom: 'var(--base)', maxWidth: '44rem' }}>
      <div style={{ display: 'flex', gap: 'var(--base)' }}>
        <Photo
          doc={beforeDoc}
          label={t('galleryBefore')}
          waiting={t('galleryComparisonBeforeWaiting')}
        />
        <Photo
          doc={afterDoc}
          label={t('galleryAfter')}
          waiting={t('galleryComparisonAfterWaiting')}
        />
      </div>
      {caption ? (
        <p style={{ color: 'var(--theme-elevation-600)', margin: 'calc(var(--base) / 2) 0 0' }}>
          {caption}
        </p>
      ) : null}
    </div>
  )
}
