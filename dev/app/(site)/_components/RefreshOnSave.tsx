'use client'

import { useRouter } from 'next/navigation.js'
import { useEffect } from 'react'

/**
 * In the admin's live preview: tells the admin the page is ready, and renders it again from the
 * server each time the editor saves, as Payload's live preview expects of a server-rendered page.
 * Messages from any other origin than the admin's are ignored.
 */
export const RefreshOnSave = ({ adminOrigin }: { adminOrigin: string }) => {
  const router = useRouter()
  useEffect(() => {
    const host = window.opener ?? (window.parent !== window ? window.parent : null)
    host?.postMessage({ ready: true, type: 'payload-live-preview' }, adminOrigin)
    const onMessage = (event: MessageEvent) => {
      if (event.origin === adminOrigin && event.data?.type === 'payload-document-event') {
        router.refresh()
      }
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [adminOrigin, router])
  return null
}
