import type { SanitizedSmpClinicOptions, SmpClinicPluginConfig, SmpPageKey } from './types.js'

const defaultPaths: Record<SmpPageKey, string> = {
  articles: '/articles/{slug}',
  beforeAfterGalleries: '/results/{slug}',
  faqs: '/faq',
  practitioners: '/practitioners/{slug}',
}

/**
 * The path part of a live preview URL template, placeholders kept: the page the preview shows is
 * the page the sitemap and canonical URL name, so a site configures its URLs once.
 */
const previewPath = (template: string): null | string => {
  const masked = template.replace(/\{(\w+)\}/g, '__smp_$1__')
  if (!URL.canParse(masked)) {
    return null
  }
  return new URL(masked).pathname.replace(/__smp_(\w+)__/g, '{$1}')
}

const absoluteUrl = (name: string, value: string): string => {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new Error(`smpClinicPlugin: ${name}: "${value}" must be an absolute http(s) URL.`)
  }
  return value
}

/**
 * Resolves the `site` option: a URL without trailing slash, the organization with its defaults,
 * and one path template per page kind.
 */
export const sanitizeSite = (options: SmpClinicPluginConfig): SanitizedSmpClinicOptions['site'] => {
  const site = options.site ?? {}
  const url = site.url ? absoluteUrl('site.url', site.url).replace(/\/+$/, '') : null
  const paths = {} as Record<SmpPageKey, null | string>
  for (const key of Object.keys(defaultPaths) as SmpPageKey[]) {
    const given = site.paths?.[key]
    const preview = key === 'faqs' ? undefined : options.admin?.livePreview?.urls[key]
    if (given === false) {
      paths[key] = null
    } else if (typeof given === 'string') {
      if (!given.startsWith('/')) {
        throw new Error(`smpClinicPlugin: site.paths.${key}: "${given}" must start with /.`)
      }
      paths[key] = given
    } else {
      paths[key] = (preview && previewPath(preview)) || defaultPaths[key]
    }
  }
  const organization = site.organization
  return {
    organization: {
      ...(organization?.logo
        ? { logo: absoluteUrl('site.organization.logo', organization.logo) }
        : {}),
      name: organization?.name || 'Clinic',
      sameAs: (organization?.sameAs ?? []).map((link) =>
        absoluteUrl('site.organization.sameAs', link),
      ),
    },
    paths,
    robots: {
      clientPhotos: Object.fromEntries(
        (['advertising', 'education', 'print', 'social', 'website'] as const).map((channel) => {
          const given = site.robots?.clientPhotos?.[channel]
          if (given !== undefined && given !== false && typeof given !== 'string') {
            throw new Error(
              `smpClinicPlugin: site.robots.clientPhotos.${channel} must be a string or false.`,
            )
          }
          return [channel, given ?? 'noindex, noimageindex']
        }),
      ) as SanitizedSmpClinicOptions['site']['robots']['clientPhotos'],
    },
    seoFields: site.seoFields ?? 'auto',
    settingsGlobal:
      site.settingsGlobal === false
        ? null
        : typeof site.settingsGlobal === 'string' && site.settingsGlobal
          ? site.settingsGlobal
          : 'clinic-settings',
    url,
  }
}
