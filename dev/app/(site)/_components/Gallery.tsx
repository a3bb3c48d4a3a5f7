import type { GalleryCardFragment } from '../_gql/graphql.js'

import { angleLabels, stageLabels, treatmentLabels } from '../_lib/labels.js'
import { Picture } from './Picture.js'

type Pair = GalleryCardFragment['pairs'][number]

/**
 * One before-and-after pair, side by side at the same crop, each photo labelled in text: the
 * comparison is read in order by a screen reader and needs no script or pointer.
 */
const Comparison = ({ pair }: { pair: Pair }) => (
  <figure className="comparison">
    <div className="comparison__photos">
      {(['before', 'after'] as const).map((moment) => {
        const image = pair[moment]
        return (
          <div className="comparison__photo" key={moment}>
            {/* The label first, so a screen reader says which photo it is before describing it. */}
            <span className="comparison__label">{moment === 'before' ? 'Before' : 'After'}</span>
            {image ? (
              <Picture image={image} shape="square" sizes="(min-width: 48rem) 22rem, 45vw" />
            ) : null}
          </div>
        )
      })}
    </div>
    <figcaption>
      {angleLabels[pair.angle]} view
      {pair.timeAfterLastSession ? `, ${pair.timeAfterLastSession} after the last session` : ''}
      {pair.caption ? `. ${pair.caption}` : ''}
    </figcaption>
  </figure>
)

/**
 * A gallery with its facts, every pair and its disclaimer. `headingLevel` keeps the outline right
 * wherever it is placed.
 */
export const Gallery = ({
  gallery,
  headingLevel = 2,
  linkTitle = true,
}: {
  gallery: GalleryCardFragment
  headingLevel?: 1 | 2 | 3
  linkTitle?: boolean
}) => {
  const Heading = `h${headingLevel}` as const
  const facts = [
    gallery.treatmentType ? treatmentLabels[gallery.treatmentType] : null,
    gallery.hairLossStage ? stageLabels[gallery.hairLossStage] : null,
    gallery.sessions ? `${gallery.sessions} sessions` : null,
    gallery.pigmentShade ? `${gallery.pigmentShade} pigment` : null,
  ].filter(Boolean)
  return (
    <section className="gallery">
      <Heading>
        {linkTitle && gallery.slug ? (
          <a href={`/results/${gallery.slug}`}>{gallery.title}</a>
        ) : (
          gallery.title
        )}
      </Heading>
      <p className="meta">
        {facts.join(' · ')}
        {gallery.practitioner?.slug ? (
          <>
            {' '}
            · by{' '}
            <a href={`/practitioners/${gallery.practitioner.slug}`}>{gallery.practitioner.name}</a>
          </>
        ) : null}
      </p>
      {gallery.pairs.map((pair, index) => (
        <Comparison key={pair.id ?? index} pair={pair} />
      ))}
      {gallery.disclaimer ? <p className="disclaimer">{gallery.disclaimer}</p> : null}
    </section>
  )
}
