import type { CollectionBeforeOperationHook } from 'payload'

import { APIError, ValidationError } from 'payload'

export type PixelLimits = {
  /**
   * The longest side may be at most this many times the shortest.
   */
  maxAspectRatio: number
  /**
   * Width × height.
   */
  maxPixels: number
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
      new ValidationError({ collection: collection.slug, errors: [{ message, path: 'file' }], req })
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
      throw refuse(
        'The file type is not an image that can be read: upload a JPEG, PNG, WebP, AVIF or GIF.',
      )
    }
    // An animation is decoded frame by frame when its sizes are made: every frame counts.
    const pixels = width * height * Math.max(1, pages)
    if (pixels > limits.maxPixels) {
      const frames = pages > 1 ? ` in ${pages} frames` : ''
      const message = `The image is ${width}×${height} pixels${frames} (${(pixels / 1e6).toFixed(1)} megapixels); images may be at most ${(limits.maxPixels / 1e6).toFixed(0)} megapixels.`
      throw new APIError(message, 413, { errors: [{ message, path: 'file' }] }, true)
    }
    const ratio = Math.max(width, height) / Math.min(width, height)
    if (ratio > limits.maxAspectRatio) {
      throw refuse(
        `The image is ${width}×${height} pixels; one side may be at most ${limits.maxAspectRatio} times the other.`,
      )
    }
    return args
  }
