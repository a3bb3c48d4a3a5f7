/**
 * The conditions the source article names as what scalp micropigmentation addresses
 * (section 1, with female hair loss from section 8 and alopecia from section 10).
 */
export type TopicSeed = { description: string; name: string; seedKey: string; slug: string }

export const topics: TopicSeed[] = [
  {
    description: 'Hereditary hair loss in men, from a receding hairline to a bald crown.',
    name: 'Male pattern baldness',
    seedKey: 'topic:male-pattern-baldness',
    slug: 'male-pattern-baldness',
  },
  {
    description: 'A hairline that has moved back at the temples or the front.',
    name: 'Receding hairline',
    seedKey: 'topic:receding-hairline',
    slug: 'receding-hairline',
  },
  {
    description: 'Hair that has lost density while still covering the scalp.',
    name: 'Thinning hair',
    seedKey: 'topic:thinning-hair',
    slug: 'thinning-hair',
  },
  {
    description:
      'Scars on the scalp, including those left by hair transplant procedures, accidents or injuries.',
    name: 'Scarring',
    seedKey: 'topic:scarring',
    slug: 'scarring',
  },
  {
    description: 'An autoimmune condition that causes hair loss.',
    name: 'Alopecia',
    seedKey: 'topic:alopecia',
    slug: 'alopecia',
  },
  {
    description: 'Thinning hair and receding hairlines in women.',
    name: 'Female hair loss',
    seedKey: 'topic:female-hair-loss',
    slug: 'female-hair-loss',
  },
]
