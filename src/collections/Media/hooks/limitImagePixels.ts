import type { CollectionBeforeOperationHook } from 'payload'

import { APIError, ValidationError } from 'payload'

import { formatNumber } from '../../../translations/formatNumber.js'
import { translate } from '../../../translations/translated.js'

export type PixelLimits = {
  /**
   * The longest side may be at most this many times the shortest.
   */
  maxAspectRatio: number
  /**
   * Width × height.
   */
  maxImagePixels: number
}

/**
 * Reads an upload's dimensions from its header (nothing is decoded) and refuses it before Payload
 * resizes anything: a few hundred bytes can declare a 65535-pixel-wide strip whose cropped sizes
 * would need billions of pixels. Too many pixels is 413, an extreme shape 400; either names the
 * limit. A file whose header cannot be read as an image is refused too.
 */
export const limitImagePixels =
  (limits: PixelLimits): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    const file = req.file
    if ((operation !== 'create' && operation !== 'update') || !file?.data?.length) {
      return args
    }
    const refuse = (message: string) =>
      new ValidationError(
        { collection: collection.slug, errors: [{ message, path: 'file' }], req },
        req.t,
      )
    const sharp = req.payload.config.sharp
    if (!sharp) {
      return args
    }
    // Only the header is read; sharp's own pixel cap would hide the dimensions we want to name.
    const {
      height,
      pages = 1,
      width,
    } = await sharp(file.data, { limitInputPixels: false })
      .metadata()
      .catch(() => ({ height: undefined, pages: 1, width: undefined }))
    if (!width || !height) {
      throw refuse(translate(req, 'mediaUnreadable'))
    }
    // An animation is decoded frame by frame when its sizes are made: every frame counts.
    const pixels = width * height * Math.max(1, pages)
    if (pixels > limits.maxImagePixels) {
      const message = translate(
        req,
        pages > 1 ? 'mediaTooManyPixelsInFrames' : 'mediaTooManyPixels',
        {
          frames: pages,
          height,
          max: formatNumber(req, limits.maxImagePixels / 1e6, 0),
          megapixels: formatNumber(req, pixels / 1e6, 1),
          width,
        },
      )
      throw new APIError(message, 413, { errors: [{ message, path: 'file' }] }, true)
    }
    const ratio = Math.max(width, height) / Math.min(width, height)
    if (ratio > limits.maxAspectRatio) {
      throw refuse(
        translate(req, 'mediaTooElongated', { height, ratio: limits.maxAspectRatio, width }),
      )
    }
    return args
  }
