import type { SanitizedSmpClinicOptions } from '../options/types.js'
import { escapeHtml } from './escapeHtml.js'

type Links = { confirm: string; revoke: string }

/**
 * The e-mail a submitter gets: the link that confirms the address (and sends the story to the
 * clinic), and the link that revokes the authorization, which works for as long as it exists.
 */
export const confirmationEmail = (
  options: SanitizedSmpClinicOptions,
  { hours, links, name }: { hours: number; links: Links; name: string },
) => {
  const clinic = options.site.organization.name
  const lines = [
    `Hello ${name},`,
    '',
    `Thank you for sharing your story with ${clinic}. Confirm your e-mail address so it reaches our team (the link works for ${hours} hours):`,
    links.confirm,
    '',
    'Nothing is published until a member of our team has checked your authorization.',
    '',
    'You may revoke your authorization at any time. This link withdraws it at once, and anything published with it is taken down:',
    links.revoke,
    '',
    'Keep this e-mail: it is your copy of the link.',
  ]
  const html = lines
    .map((line) =>
      line.startsWith('http')
        ? `<p><a href="${escapeHtml(line)}">${escapeHtml(line)}</a></p>`
        : line
          ? `<p>${escapeHtml(line)}</p>`
          : '',
    )
    .join('\n')
  return { html, subject: `Confirm your story for ${clinic}`, text: lines.join('\n') }
}

/**
 * The e-mail editors get when a submission is confirmed and waits for moderation.
 */
export const moderationEmail = (
  options: SanitizedSmpClinicOptions,
  { adminUrl, name }: { adminUrl: string; name: string },
) => {
  const clinic = options.site.organization.name
  const text = [
    `${name} confirmed a story submitted to ${clinic}. It is waiting for moderation:`,
    adminUrl,
  ].join('\n')
  return {
    html: `<p>${escapeHtml(text.split('\n')[0]!)}</p><p><a href="${escapeHtml(adminUrl)}">${escapeHtml(adminUrl)}</a></p>`,
    subject: `New story to moderate: ${name}`,
    text,
  }
}
