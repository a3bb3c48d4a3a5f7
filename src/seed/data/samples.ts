/**
 * Sample records. The source article has no real clients, photos or practitioners, so these show
 * editors what a complete record looks like. Every one is marked as a sample and left as a draft:
 * none is served publicly, and an editor replaces them with real, consented records.
 */
export const samplePractitioner = {
  bookingUrl: 'https://clinic.example/book',
  certifications: [{ issuer: 'Sample issuing body', name: 'Sample SMP certification', year: 2020 }],
  credentials: 'Sample credentials',
  languages: ['English', 'French'],
  name: 'Sample Practitioner',
  seedKey: 'sample:practitioner',
  slug: 'sample-practitioner',
  specialties: ['hairline', 'density', 'scar_camouflage'],
  title: 'SMP practitioner (sample profile)',
  yearsOfExperience: 5,
  bio: 'This is a sample profile created by the seed. Replace it with a real practitioner’s biography, credentials and photo before publishing.',
}

export const sampleGalleries = [
  {
    hairLossStage: 'norwood_iii',
    pigmentShade: 'Sample shade',
    seedKey: 'sample:gallery:hairline',
    sessions: 3,
    slug: 'sample-hairline-restoration',
    title: 'Sample: hairline restoration',
    topicSeedKey: 'topic:receding-hairline',
    treatmentType: 'hairline',
    pairs: [
      {
        angle: 'front',
        caption: 'Placeholder images, not real photos.',
        timeAfterLastSession: '4 weeks',
      },
      {
        angle: 'top',
        caption: 'Placeholder images, not real photos.',
        timeAfterLastSession: '4 weeks',
      },
    ],
  },
  {
    hairLossStage: undefined,
    pigmentShade: 'Sample shade',
    seedKey: 'sample:gallery:scar',
    sessions: 2,
    slug: 'sample-scar-camouflage',
    title: 'Sample: scar camouflage',
    topicSeedKey: 'topic:scarring',
    treatmentType: 'scar_camouflage',
    pairs: [
      {
        angle: 'back',
        caption: 'Placeholder images, not real photos.',
        timeAfterLastSession: '6 weeks',
      },
    ],
  },
] as const

export const sampleTestimonials = [
  {
    clientName: 'Sample client A.',
    clinicRelationship: 'none',
    experienceDate: '2024-05-01T00:00:00.000Z',
    gallerySeedKey: 'sample:gallery:hairline',
    quote:
      'Sample testimonial created by the seed. Replace it with a real client’s words, with their signed consent.',
    rating: 5,
    seedKey: 'sample:testimonial:a',
    treatment: 'hairline',
  },
  {
    clientName: 'Sample client B.',
    clinicRelationship: 'discounted',
    experienceDate: '2024-09-01T00:00:00.000Z',
    gallerySeedKey: undefined,
    incentive: 'sample discount on a touch-up session',
    quote: 'Sample testimonial showing how a material connection to the clinic is disclosed.',
    rating: 4,
    seedKey: 'sample:testimonial:b',
    treatment: 'density',
  },
] as const
