import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { BeforeAfterGallery } from '../../../generated/documentTypes.js'
import type { SanitizedSmpClinicOptions } from '../../../options/types.js'

import { imagesShownBy } from '../../../privacy/refreshImageVisibility.js'
import { translate } from '../../../translations/translated.js'

/**
 * A client's photo must follow its gallery's consent, so an image an editor marked "Always
 * public" cannot be used as a before or after photo.
 */
export const refuseAlwaysPublicPhotos =
  (options: SanitizedSmpClinicOptions): CollectionBeforeChangeHook<BeforeAfterGallery> =>
  async ({ collection, data, req }) => {
    const ids = imagesShownBy(options, 'beforeAfterGalleries', data)
    if (!ids.length) {
      return data
    }
    const { docs } = await req.payload.db.find({
      collection: options.slugs.media,
      limit: 0,
      pagination: false,
      req,
      select: { id: true },
      sort: 'id',
      where: { and: [{ id: { in: ids } }, { alwaysPublic: { equals: true } }] },
    })
    if (docs.length) {
      throw new ValidationError(
        {
          collection: collection.slug,
          errors: [
            {
              label: translate(req, 'galleryPhotoPairs'),
              message: translate(req, 'galleryAlwaysPublicPhotos', {
                ids: docs.map((doc) => doc.id).join(', '),
              }),
              path: 'pairs',
            },
          ],
          req,
        },
        req.t,
      )
    }
    return data
  }
