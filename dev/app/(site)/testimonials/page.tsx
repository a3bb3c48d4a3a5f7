import type { Metadata } from 'next'

import { pageMetadata } from '../_lib/metadata.js'
import { TestimonialsView } from './TestimonialsView.js'

export const generateMetadata = (): Promise<Metadata> =>
  pageMetadata('/testimonials', {
    description: 'Every testimonial our clients have published, whatever their rating.',
    title: 'Client testimonials',
  })

/**
 * The first page of all testimonials, rendered ahead and kept until a webhook expires it. Later
 * pages (`/testimonials?page=…`) are served by `testimonials-paged` (see next.config.mjs).
 */
const TestimonialsPage = () => <TestimonialsView page={1} />

export default TestimonialsPage
