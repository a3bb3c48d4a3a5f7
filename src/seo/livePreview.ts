import type { CollectionAdminOptions } from 'payload'

import type { SanitizedSmpClinicOptions, SmpPreviewableKey } from '../options/types.js'

/**
 * Fills `{slug}`, `{id}` and `{locale}` in a URL template. Null while a placeholder has no value
 * yet (an unsaved document has no id), which tells Payload to offer no preview for now.
 */
export const fillPreviewURL = (
  template: string,
  values: Record<string, null | number | string | undefined>,
): null | string => {
  let missing = false
  const url = template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name]
    if (value === undefined || value === null || value === '') {
      missing = true
      return placeholder
    }
    return encodeURIComponent(String(value))
  })
  return missing ? null : url
}

/**
 * The admin options that turn on Payload's live preview (and its Preview button) for one of the
 * previewable collections, when the host gave that collection a URL template.
 */
export const livePreviewAdmin = (
  options: SanitizedSmpClinicOptions,
  key: SmpPreviewableKey,
): Pick<CollectionAdminOptions, 'livePreview' | 'preview'> => {
  const template = options.admin.livePreview?.urls[key]
  if (!template) {
    return {}
  }
  return {
    livePreview: {
      breakpoints: options.admin.livePreview?.breakpoints,
      url: ({ data, locale }) =>
        fillPreviewURL(template, { id: data?.id, locale: locale?.code, slug: data?.slug }),
    },
    preview: (doc, { locale }) =>
      fillPreviewURL(template, {
        id: doc?.id as number | string | undefined,
        locale,
        slug: doc?.slug as string | undefined,
      }),
  }
}
