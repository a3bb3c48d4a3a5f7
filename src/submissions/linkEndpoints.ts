import type { Endpoint, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions, SanitizedSubmissionsOptions } from '../options/types.js'
import type { PluginSmpClinicTranslationKey } from '../translations/index.js'

import { inTransaction } from '../hardening/inTransaction.js'
import { relationId } from '../hardening/relationId.js'
import { translate } from '../translations/translated.js'
import { moderationEmail } from './emails.js'
import { hashOf } from './tokens.js'
import { escapeHtml } from './escapeHtml.js'

type Action = 'confirm' | 'revoke'

const page = (title: string, body: string, status: number) =>
  new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    {
      headers: {
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; form-action 'self'",
        'content-type': 'text/html; charset=utf-8',
        'referrer-policy': 'no-referrer',
      },
      status,
    },
  )

/**
 * The answer to a link's POST: JSON for a site calling the endpoint, a page for the browser that
 * sent the endpoint's own form.
 */
const answer = (req: PayloadRequest, status: number, key: PluginSmpClinicTranslationKey) => {
  const message = translate(req, key)
  if ((req.headers.get('accept') ?? '').includes('text/html')) {
    return page(message, '', status)
  }
  return Response.json(status < 400 ? { message } : { errors: [{ message, path: 'token' }] }, {
    headers: { 'cache-control': 'no-store' },
    status,
  })
}

const tokenOf = async (req: PayloadRequest): Promise<string> => {
  const fromQuery = new URL(req.url!).searchParams.get('token')
  if (fromQuery) {
    return fromQuery
  }
  const type = req.headers.get('content-type') ?? ''
  try {
    if (type.includes('application/json')) {
      const body = (await req.json!()) as { token?: unknown }
      return typeof body?.token === 'string' ? body.token : ''
    }
    if (type.includes('form')) {
      const value = (await req.formData!()).get('token')
      return typeof value === 'string' ? value : ''
    }
  } catch {
    return ''
  }
  return ''
}

const findBy = async (
  req: PayloadRequest,
  settings: SanitizedSubmissionsOptions,
  field: string,
  token: string,
) => {
  if (!token || token.length > 200) {
    return null
  }
  const { docs } = await req.payload.find({
    collection: settings.slug,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: { [field]: { equals: hashOf(token) } },
  })
  return (docs[0] as Record<string, unknown> | undefined) ?? null
}

/**
 * Confirms the submitter's address: once, before the link's time runs out. The submission then
 * waits for an editor, and the addresses in `notify` are told.
 */
const confirm = async (
  options: SanitizedSmpClinicOptions,
  settings: SanitizedSubmissionsOptions,
  req: PayloadRequest,
  token: string,
) => {
  const submission = await findBy(req, settings, 'confirmHash', token)
  const now = options.clock()
  if (!submission) {
    return answer(req, 410, 'submitLinkUsedOrUnknown')
  }
  if (new Date(String(submission.confirmBefore)) <= now) {
    return answer(req, 410, 'submitLinkExpired')
  }
  await inTransaction(req, async () => {
    await req.payload.update({
      depth: 0,
      collection: settings.slug,
      data: { confirmHash: null, emailConfirmedAt: now.toISOString(), status: 'verified' },
      id: submission.id as number | string,
      overrideAccess: true,
      req,
    })
    // The testimonial carries the confirmation as part of its provenance.
    const testimonialId = relationId(submission.testimonial)
    if (testimonialId !== null && options.slugs.testimonials) {
      await req.payload.update({
        depth: 0,
        collection: options.slugs.testimonials,
        data: { emailConfirmedAt: now.toISOString() },
        id: testimonialId,
        overrideAccess: true,
        req,
      })
    }
  })
  if (settings.notify.length) {
    const adminUrl = `${req.payload.config.serverURL}${req.payload.config.routes.admin}/collections/${settings.slug}/${String(submission.id)}`
    await req.payload
      .sendEmail({
        to: settings.notify,
        ...moderationEmail(options, { adminUrl, name: String(submission.name) }),
      })
      .catch((error: unknown) =>
        req.payload.logger.error({ err: error, msg: 'submission: the moderation e-mail failed' }),
      )
  }
  return answer(req, 200, 'submitConfirmed')
}

/**
 * Revokes the authorization, as an editor recording a revocation does, at this instant: the
 * consent's dependents are unpublished and their photos turn private in the same commit.
 */
const revoke = async (
  options: SanitizedSmpClinicOptions,
  settings: SanitizedSubmissionsOptions,
  req: PayloadRequest,
  token: string,
) => {
  const submission = await findBy(req, settings, 'revokeHash', token)
  const consentId = relationId(submission?.consent)
  if (!submission || consentId === null || !options.slugs.consents) {
    return answer(req, 404, 'submitLinkUsedOrUnknown')
  }
  const consent = (await req.payload.findByID({
    collection: options.slugs.consents,
    depth: 0,
    disableErrors: true,
    id: consentId,
    overrideAccess: true,
    req,
  })) as null | { revokedAt?: null | string }
  if (!consent) {
    return answer(req, 404, 'submitLinkUsedOrUnknown')
  }
  const now = options.clock()
  if (consent.revokedAt && new Date(consent.revokedAt) <= now) {
    return answer(req, 200, 'submitAlreadyRevoked')
  }
  await req.payload.update({
    depth: 0,
    collection: options.slugs.consents,
    data: {
      revocation: {
        receivedBy: 'Revocation link in the confirmation e-mail',
        receivedVia: 'email',
      },
      revokedAt: now.toISOString(),
    },
    id: consentId,
    overrideAccess: true,
    req,
  })
  return answer(req, 200, 'submitRevoked')
}

const actions = { confirm, revoke }

/**
 * `/api/smp-clinic/submissions/confirm` and `/revoke`: the links of the confirmation e-mail.
 * A GET (the click) answers a page whose button POSTs; only the POST changes anything, so a mail
 * scanner that opens every link confirms and revokes nothing.
 */
export const linkEndpoints = (
  options: SanitizedSmpClinicOptions,
  settings: SanitizedSubmissionsOptions,
): Endpoint[] =>
  (Object.keys(actions) as Action[]).flatMap((action): Endpoint[] => [
    {
      handler: async (req) => {
        const token = new URL(req.url!).searchParams.get('token') ?? ''
        const title = translate(
          req,
          action === 'confirm' ? 'submitConfirmTitle' : 'submitRevokeTitle',
        )
        const button = translate(
          req,
          action === 'confirm' ? 'submitConfirmButton' : 'submitRevokeButton',
        )
        return page(
          title,
          `<form method="post" enctype="multipart/form-data"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit">${escapeHtml(button)}</button></form>`,
          200,
        )
      },
      method: 'get',
      path: `/smp-clinic/submissions/${action}`,
    },
    {
      handler: async (req) => actions[action](options, settings, req, await tokenOf(req)),
      method: 'post',
      path: `/smp-clinic/submissions/${action}`,
    },
  ])
