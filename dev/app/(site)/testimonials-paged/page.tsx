import type { Metadata } from 'next'

import { pageOf, TestimonialsView } from '../testimonials/TestimonialsView.js'

export const metadata: Metadata = {
  alternates: { canonical: '/testimonials' },
  description: 'Every testimonial our clients have published, whatever their rating.',
  robots: { follow: true, index: false },
  title: 'Client testimonials',
}

type Args = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * A later page of all testimonials, where next.config.mjs sends `/testimonials?page=…`: rendered
 * per request (from the tagged data cache) while the first page stays static.
 */
const PagedTestimonialsPage = async ({ searchParams }: Args) => (
  <TestimonialsView page={pageOf((await searchParams).page)} />
)

export default PagedTestimonialsPage
