import { cache } from 'react'

import { ClinicDocument } from '../_gql/graphql.js'
import { request } from './request.js'
import { siteName } from './site.js'
import { settingsTag } from './tags.js'

/**
 * The clinic's settings as the admin keeps them (contact details, address, hours, booking link),
 * read once per render; empty on a fresh install, and then simply not shown.
 */
export const readClinic = cache(
  async () => (await request(ClinicDocument, {}, [settingsTag])).ClinicSetting ?? null,
)

export type Clinic = NonNullable<Awaited<ReturnType<typeof readClinic>>>

/**
 * What the site calls itself: the clinic's name as the admin keeps it, the same name its
 * structured data gives; `SITE_NAME` only until one is set.
 */
export const clinicName = async (): Promise<string> =>
  // Trimmed as the structured data trims it: a name of spaces is no name.
  (await readClinic())?.name?.trim() || siteName

/**
 * The address on one line, from the parts the clinic gave.
 */
export const addressLine = (clinic: Clinic | null): null | string => {
  const address = clinic?.address
  // Trimmed as the structured data trims them.
  const part = (value: null | string | undefined) => value?.trim() || null
  const parts = [
    part(address?.streetAddress),
    [part(address?.postalCode), part(address?.addressLocality)].filter(Boolean).join(' '),
    part(address?.addressRegion),
  ].filter(Boolean)
  return parts.length ? parts.join(', ') : null
}

const dayNames: Record<string, string> = {
  Friday: 'Fri',
  Monday: 'Mon',
  Saturday: 'Sat',
  Sunday: 'Sun',
  Thursday: 'Thu',
  Tuesday: 'Tue',
  Wednesday: 'Wed',
}

/**
 * Opening hours as lines a visitor reads ("Mon, Tue 09:00–18:00").
 */
export const hoursLines = (clinic: Clinic | null): string[] => [
  // A row given twice is one line.
  ...new Set(
    (clinic?.openingHours ?? []).map(
      (entry) =>
        `${(entry.days ?? []).map((day) => dayNames[day] ?? day).join(', ')} ${entry.opens}–${entry.closes}`,
    ),
  ),
]
