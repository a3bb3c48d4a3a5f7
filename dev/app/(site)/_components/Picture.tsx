import type { PictureFragment } from '../_gql/graphql.js'

type Size = { url: null | string; width: null | number } | null | undefined

const srcSet = (sizes: Size[]) =>
  sizes
    .flatMap((size) => (size?.url && size.width ? [`${size.url} ${size.width}w`] : []))
    .join(', ')

/**
 * An image in one of its cut shapes, WebP first: `card` (4:3) for lists, `square` for
 * comparisons. Sizes the upload is too small for are absent, and the original fills in.
 */
export const Picture = ({
  image,
  priority = false,
  shape,
  sizes,
}: {
  image: PictureFragment
  priority?: boolean
  shape: 'card' | 'square'
  sizes: string
}) => {
  const cut = image.sizes
  const plain = shape === 'card' ? [cut?.card480, cut?.card960] : [cut?.square480, cut?.square960]
  const webp =
    shape === 'card'
      ? [cut?.card480Webp, cut?.card960Webp]
      : [cut?.square480Webp, cut?.square960Webp]
  const smallest = shape === 'card' ? cut?.card480 : cut?.square480
  // The smallest cut is the fallback `src`; without it, the original with its own dimensions.
  const { height, url: src, width } = smallest?.url ? smallest : image
  if (!src) {
    return null
  }
  const webpSet = srcSet(webp)
  const plainSet = srcSet(plain)
  return (
    <picture>
      {webpSet ? <source sizes={sizes} srcSet={webpSet} type="image/webp" /> : null}
      <img
        alt={image.alt}
        decoding="async"
        height={height ?? undefined}
        loading={priority ? 'eager' : 'lazy'}
        sizes={plainSet ? sizes : undefined}
        src={src}
        srcSet={plainSet || undefined}
        width={width ?? undefined}
      />
    </picture>
  )
}
