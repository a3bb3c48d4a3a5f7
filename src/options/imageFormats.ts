import type { Config } from 'payload'

import type { SmpImageFormat } from './types.js'

type SharpFormats = { format?: Record<string, { output?: { buffer?: boolean } } | undefined> }

/**
 * The `uploads.formats` option, checked: known formats, once each, and AVIF only when the host's
 * sharp can write it (sharp encodes AVIF through its HEIF support).
 */
export const imageFormats = (
  formats: SmpImageFormat[],
  sharp: Config['sharp'],
): SmpImageFormat[] => {
  const unique = [...new Set(formats)]
  for (const format of unique) {
    if (format !== 'avif' && format !== 'webp') {
      throw new Error(
        `smpClinicPlugin: uploads.formats: "${String(format)}" is not one of avif, webp.`,
      )
    }
  }
  const formatsOfSharp = (sharp as SharpFormats | undefined)?.format
  if (unique.includes('avif') && formatsOfSharp && !formatsOfSharp.heif?.output?.buffer) {
    throw new Error('smpClinicPlugin: uploads.formats: this sharp build cannot write AVIF.')
  }
  return unique
}
