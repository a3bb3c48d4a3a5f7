import { draftMode } from 'next/headers.js'

/**
 * Leaves draft mode and returns to the published home page.
 */
export const GET = async (): Promise<Response> => {
  ;(await draftMode()).disable()
  return new Response(null, { headers: { location: '/' }, status: 307 })
}
