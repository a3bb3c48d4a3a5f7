import type { PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { siteNodeId } from './pageUrl.js'

type Doc = Record<string, unknown>
type Node = Record<string, unknown>

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

/**
 * Drops empty values, so a node never claims a property it has no value for.
 */
export const compact = (node: Node): Node =>
  Object.fromEntries(
    Object.entries(node).filter(
      ([, value]) =>
        value !== undefined &&
        value !== null &&
        !(Array.isArray(value) && !value.length) &&
        !(typeof value === 'object' && !Array.isArray(value) && !Object.keys(value).length),
    ),
  )

export const organizationId = (options: SanitizedSmpClinicOptions) =>
  siteNodeId(options, 'organization')

const settingsRead = new WeakMap<PayloadRequest, Promise<Doc | undefined>>()

/**
 * The clinic settings as this reader reads them (once per request), or undefined when the global
 * is off or cannot be read.
 */
export const clinicSettings = (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
): Promise<Doc | undefined> => {
  const slug = options.site.settingsGlobal
  if (!slug || !req.payload.globals.config.some((global) => global.slug === slug)) {
    return Promise.resolve(undefined)
  }
  let read = settingsRead.get(req)
  if (!read) {
    read = req.payload
      .findGlobal({ depth: 0, overrideAccess: false, req, slug })
      .then((doc) => doc as Doc)
      .catch(() => undefined)
    settingsRead.set(req, read)
  }
  return read
}

const filled = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.length > 0
    : value && typeof value === 'object'
      ? Object.values(value).some(filled)
      : typeof value === 'string'
        ? Boolean(value.trim())
        : value !== null && value !== undefined

/**
 * A chain clinic's own profile over the chain's settings, one whole value at a time: a clinic
 * with an address of its own never shows a street of the chain's.
 */
const withProfile = (settings: Doc, profile?: Doc): Doc =>
  profile
    ? {
        ...settings,
        ...Object.fromEntries(Object.entries(profile).filter(([, value]) => filled(value))),
      }
    : settings

/**
 * The clinic as a `MedicalClinic`: what editors keep in the clinic settings, each empty value
 * falling back to `site.organization`. What Google asks of a local business (address, phone,
 * geo, opening hours, logo and image, profiles elsewhere) is given where the clinic has it.
 */
export const clinicNode = (options: SanitizedSmpClinicOptions, chain: Doc = {}): Node => {
  const settings = withProfile(chain, options.site.profile)
  const fallback = options.site.organization
  const address = (settings.address ?? {}) as Doc
  const geo = (settings.geo ?? {}) as Doc
  const hours = (Array.isArray(settings.openingHours) ? settings.openingHours : []) as Doc[]
  const profiles = (Array.isArray(settings.sameAs) ? settings.sameAs : []) as Doc[]
  const logo = text(settings.logo) ?? fallback.logo
  const booking = text(settings.bookingUrl)
  const sameAs = [
    ...new Set([...profiles.map((profile) => text(profile.url)), ...fallback.sameAs]),
  ].filter(Boolean)
  const postal = compact({
    addressCountry: text(address.addressCountry),
    addressLocality: text(address.addressLocality),
    addressRegion: text(address.addressRegion),
    postalCode: text(address.postalCode),
    streetAddress: text(address.streetAddress),
  })
  return compact({
    '@id': organizationId(options),
    '@type': 'MedicalClinic',
    address: Object.keys(postal).length ? { '@type': 'PostalAddress', ...postal } : undefined,
    email: text(settings.email),
    geo:
      typeof geo.latitude === 'number' && typeof geo.longitude === 'number'
        ? { '@type': 'GeoCoordinates', latitude: geo.latitude, longitude: geo.longitude }
        : undefined,
    image: logo,
    logo,
    name: text(settings.name) ?? fallback.name,
    openingHoursSpecification: hours
      .filter((entry) => Array.isArray(entry.days) && entry.days.length)
      .map((entry) => ({
        '@type': 'OpeningHoursSpecification',
        closes: entry.closes,
        dayOfWeek: entry.days,
        opens: entry.opens,
      })),
    potentialAction: booking
      ? { '@type': 'ReserveAction', target: { '@type': 'EntryPoint', urlTemplate: booking } }
      : undefined,
    sameAs,
    telephone: text(settings.telephone),
    url: options.site.url ? `${options.site.url}/` : undefined,
  })
}

/**
 * The site itself, published by the clinic: the home page's graph, with the clinic.
 */
export const websiteNode = (options: SanitizedSmpClinicOptions, settings: Doc = {}): Node =>
  compact({
    '@id': siteNodeId(options, 'website'),
    '@type': 'WebSite',
    name: text(withProfile(settings, options.site.profile).name) ?? options.site.organization.name,
    publisher: { '@id': organizationId(options) },
    url: options.site.url ? `${options.site.url}/` : undefined,
  })
