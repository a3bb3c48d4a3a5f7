import type { ImageSize } from 'payload'

import type { SmpImageFormat } from '../../options/types.js'

/**
 * One aspect per use, so each use's sizes form a `srcset`: `card` (4:3, cropped around the focal
 * point) for lists and cards, `square` (1:1) for before-and-after comparisons, `full` (the
 * image's own shape) for heroes and gallery views.
 */
export const imageUses = { card: 3 / 4, full: null, square: 1 } as const

export type ImageUse = keyof typeof imageUses

/**
 * The widths of every use. A width the upload cannot fill is left out (its size is null) rather
 * than enlarged, so a `srcset` never claims more pixels than exist.
 */
export const ladderWidths = [480, 960, 1600] as const

const formatSuffix: Record<SmpImageFormat, string> = { avif: 'Avif', webp: 'Webp' }

// Encoder effort: sharp's defaults take seconds per AVIF image; these keep uploads responsive.
const formatOptions: Record<SmpImageFormat, NonNullable<ImageSize['formatOptions']>> = {
  avif: { format: 'avif', options: { effort: 2 } },
  webp: { format: 'webp', options: { effort: 2 } },
}

/**
 * The name of a size: `card480`, and `card480Webp` for its WebP twin (valid GraphQL names).
 */
export const imageSizeName = (use: ImageUse, width: number, format?: SmpImageFormat) =>
  `${use}${width}${format ? formatSuffix[format] : ''}`

/**
 * Every size of the media collection: each use at each width in the upload's own format, and
 * once more in each modern format.
 */
export const mediaImageSizes = (formats: SmpImageFormat[]): ImageSize[] =>
  (Object.keys(imageUses) as ImageUse[]).flatMap((use) =>
    ladderWidths.flatMap((width) => {
      const ratio = imageUses[use]
      const size: ImageSize = {
        name: imageSizeName(use, width),
        ...(ratio === null
          ? { fit: 'inside' }
          : { fit: 'cover', height: Math.round(width * ratio) }),
        width,
      }
      return [
        size,
        ...formats.map((format) => ({
          ...size,
          name: imageSizeName(use, width, format),
          formatOptions: formatOptions[format],
        })),
      ]
    }),
  )
