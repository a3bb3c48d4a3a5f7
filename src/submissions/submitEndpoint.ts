import type { Endpoint, PayloadRequest, Where } from 'payload'

import { randomBytes } from 'node:crypto'

import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  ValidationError,
} from 'payload'

import type { SanitizedSmpClinicOptions, SanitizedSubmissionsOptions } from '../options/types.js'

import { statementField } from '../collections/Consents/authorizationStatements.js'
import { isUserAgent } from '../consent/consentStatus.js'
import { displayNameFor } from '../consent/consentUse.js'
import { lockUntilCommit } from '../hardening/transactionLocks.js'
import { translate } from '../translations/translated.js'
import { authorizationText } from './authorizationText.js'
import { clientIpOf, rateLimitAddress } from './clientIp.js'
import { confirmationEmail } from './emails.js'
import { canSendEmail } from './emailReady.js'
import { endpointLink } from './links.js'
import { type FieldError, parseSubmission } from './parseSubmission.js'
import { overRate } from './rateLimit.js'
import { formIssuedAt, hashOf, newLinkToken } from './tokens.js'
import { tenantScopeOf } from '../tenancy/tenantScope.js'
import { siteOptionsFor } from '../tenancy/tenantSite.js'

/**
 * The longest a form may stay open: a token older than this is from a page left open for days.
 */
const formLifetimeMs = 24 * 60 * 60_000

const refuse = (req: PayloadRequest, errors: FieldError[], status = 400): never => {
  if (status === 400) {
    throw new ValidationError({ errors, req }, req.t)
  }
  throw new APIError(errors.map(({ message }) => message).join(' '), status, { errors }, true)
}

class EmailFailed extends Error {}

/**
 * A refusal answered rather than thrown (a thrown 5xx reads as a database fault to the error
 * handling), in the shape of every other: the message, and the field it is about.
 */
const answerRefusal = (
  message: string,
  path: string,
  status: number,
  headers: Record<string, string> = {},
) =>
  Response.json(
    { errors: [{ data: { errors: [{ message, path }] }, message }] },
    {
      headers,
      status,
    },
  )

/** A refusal answered as it is (a 429 with its `Retry-After`), after the transaction ends. */
class Refusal extends Error {
  constructor(readonly response: Response) {
    super('refused')
  }
}

/**
 * The limits a new submission must pass, read inside its transaction: the form is used once, the
 * address and the IP are under their rates, and the story is not one already sent.
 */
const checkLimits = async (
  req: PayloadRequest,
  settings: SanitizedSubmissionsOptions,
  now: Date,
  hashes: { contentHash: string; emailHash: string; formTokenHash: string; ipHash: string },
): Promise<void> => {
  const sent = (where: Where) =>
    req.payload
      .count({ collection: settings.slug, overrideAccess: true, req, where })
      .then(({ totalDocs }) => totalDocs > 0)
  if (await sent({ formTokenHash: { equals: hashes.formTokenHash } })) {
    refuse(req, [{ message: translate(req, 'submitFormUsed'), path: 'formToken' }], 409)
  }
  const over = await overRate(req, settings, now, hashes)
  if (over) {
    const message = translate(req, over.field === 'ip' ? 'submitRateIp' : 'submitRateEmail', {
      minutes: Math.ceil(over.retryAfter / 60),
    })
    throw new Refusal(
      answerRefusal(message, over.field === 'ip' ? 'body' : 'email', 429, {
        'retry-after': String(over.retryAfter),
      }),
    )
  }
  if (await sent({ contentHash: { equals: hashes.contentHash } })) {
    refuse(req, [{ message: translate(req, 'submitDuplicate'), path: 'story' }], 409)
  }
}

/**
 * A refusal of one of the photos, moved to the form field it came from.
 */
const asFieldError = (req: PayloadRequest, error: unknown, field: string): unknown => {
  if (error instanceof ValidationError) {
    return new ValidationError(
      { errors: error.data.errors.map(({ message }) => ({ message, path: field })), req },
      req.t,
    )
  }
  if (error instanceof APIError && error.status < 500) {
    return new APIError(
      error.message,
      error.status,
      { errors: [{ message: error.message, path: field }] },
      true,
    )
  }
  return error
}

/**
 * Normalised for the duplicate check: the same words in another case, spacing or punctuation
 * are the same story.
 */
const storyKey = (story: string) =>
  hashOf(
    story
      .toLocaleLowerCase()
      .normalize('NFKC')
      // Invisible format characters (zero-width spaces, joiners) do not make another story.
      .replace(/\p{Cf}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  )

const keyed = (secret: string, kind: string, value: string) => hashOf(`${secret}:${kind}:${value}`)

/**
 * The layers every submission passes before anything is read from the body: the honeypot, the
 * signed form token and the time the visitor took, and the challenge when one is configured.
 */
const checkHuman = async (
  req: PayloadRequest,
  settings: SanitizedSubmissionsOptions,
  data: FormData,
  now: Date,
): Promise<void> => {
  const honeypot = data.get('homepage')
  if (typeof honeypot !== 'string' || honeypot !== '') {
    refuse(req, [{ message: translate(req, 'submitRefusedAsAutomated'), path: 'homepage' }])
  }
  const issuedAt = formIssuedAt(req.payload.secret, data.get('formToken'))
  if (!issuedAt || now.getTime() - issuedAt.getTime() > formLifetimeMs) {
    refuse(req, [{ message: translate(req, 'submitFormExpired'), path: 'formToken' }])
  }
  if (now.getTime() - issuedAt!.getTime() < settings.minFillSeconds * 1000) {
    refuse(req, [
      {
        message: translate(req, 'submitTooFast', { seconds: settings.minFillSeconds }),
        path: 'formToken',
      },
    ])
  }
  const { challenge } = settings
  if (challenge) {
    const token = data.get(challenge.field)
    const passed =
      typeof token === 'string' &&
      token.length > 0 &&
      token.length < 4096 &&
      (await challenge.verify({ remoteIp: clientIpOf(req), token }).catch(() => false))
    if (!passed) {
      refuse(req, [{ message: translate(req, 'submitChallengeFailed'), path: challenge.field }])
    }
  }
}

/**
 * A client's story, rating, photos and e-signed authorization, as form data however it arrived
 * (the multipart endpoint, the GraphQL mutation). Stored whole or not at all, in one transaction:
 * a draft testimonial, a draft gallery for the photos (private files, as every upload), an
 * electronic consent an editor must verify, and the submission in the moderation queue. The
 * confirmation e-mail is sent before the commit, so a 202 means it went out. Refusals are thrown
 * (400, 409) or answered (429 with `Retry-After`, 502). Nothing here is readable by the public
 * or by another visitor.
 */
export const receiveSubmission = async (
  options: SanitizedSmpClinicOptions,
  settings: SanitizedSubmissionsOptions,
  req: PayloadRequest,
  data: FormData,
): Promise<Response> => {
  if (!canSendEmail(req.payload)) {
    return answerRefusal(translate(req, 'submitEmailNotConfigured'), 'email', 503)
  }
  // In a chain, a story is sent to the clinic whose site the visitor is on: no clinic, no form.
  const scope = options.tenancy ? await tenantScopeOf(req, options) : 'any'
  if (scope === null) {
    return answerRefusal(translate(req, 'submitNoClinic'), 'host', 404)
  }
  const now = options.clock()
  await checkHuman(req, settings, data, now)
  // The browser is part of the signature's evidence: a client that names none cannot sign.
  const userAgent = (req.headers.get('user-agent') ?? '').slice(0, 500)
  if (!isUserAgent(userAgent)) {
    refuse(req, [{ message: translate(req, 'submitBrowserRequired'), path: 'user-agent' }])
  }

  const { errors, submission } = parseSubmission(req, data, {
    maxPhotos: settings.maxPhotos,
    now,
  })
  if (errors.length) {
    refuse(req, errors)
  }

  const secret = req.payload.secret
  const ipAddress = clientIpOf(req)
  if (!ipAddress) {
    // The address is part of the signature's evidence: without it, no editor could approve it.
    return answerRefusal(translate(req, 'submitAddressUnknown'), 'body', 503)
  }
  const hashes = {
    contentHash: storyKey(submission.story),
    emailHash: keyed(secret, 'email', submission.email),
    ipHash: keyed(secret, 'ip', rateLimitAddress(ipAddress)),
  }
  const formTokenHash = hashOf(String(data.get('formToken')))
  const practitionersSlug = options.slugs.practitioners
  if (submission.practitioner && practitionersSlug) {
    // As the visitor sees it: only a practitioner the site shows can be named.
    const { totalDocs } = await req.payload
      .count({
        collection: practitionersSlug,
        overrideAccess: false,
        req,
        where: { id: { equals: submission.practitioner } },
      })
      .catch(() => ({ totalDocs: 0 }))
    if (!totalDocs) {
      refuse(req, [{ message: translate(req, 'submitPractitionerInvalid'), path: 'practitioner' }])
    }
  }

  const confirm = newLinkToken()
  const revoke = newLinkToken()
  // The clinic the client authorizes is the one whose site they are on (in a chain).
  const text = authorizationText(await siteOptionsFor(req, options))
  const ownsTransaction = await initTransaction(req)
  // What follows is the server's own writing of what it checked above, as a script's would be:
  // plugin-multi-tenant lets a visitor's request assign no clinic, but the records belong to
  // the clinic of the site (each filled from the request's domain).
  const visitorApi = req.payloadAPI
  if (options.tenancy) {
    req.payloadAPI = 'local'
  }
  try {
    // Checked inside the transaction, one submission at a time on the database: two sent at
    // once cannot both pass a limit, or both be the first of the same story.
    await lockUntilCommit(req, 'payload-plugin-smp-clinic:submissions')
    await checkLimits(req, settings, now, { ...hashes, formTokenHash })
    const consent = options.slugs.consents
      ? await req.payload.create({
          depth: 0,
          overrideAccess: true,
          req,
          collection: options.slugs.consents,
          data: {
            authorization: {
              ...text,
              expiryEvent: submission.expiryEvent,
              statements: Object.fromEntries(
                submission.statements.map((value) => [statementField(value), true]),
              ),
            },
            electronicSignature: {
              ipAddress: ipAddress || null,
              userAgent,
            },
            expiresAt: submission.expiresAt,
            faceDisplay: submission.faceDisplay,
            formVersion: settings.formVersion,
            nameDisplay: submission.nameDisplay,
            scopes: submission.channels,
            signatureMethod: 'electronic',
            signedAt: now.toISOString(),
            signer: { authority: 'client', name: submission.name },
            subject: `${submission.name}: story submitted ${now.toISOString().slice(0, 10)}`,
            verification: { required: true },
          },
        })
      : null
    const mediaSlug = options.slugs.media
    // Through the media collection's own checks (size, pixels, format), as an editor's upload;
    // a refusal names the form's field.
    const upload = async (file: File, field: 'after' | 'before', alt: string) => {
      try {
        return (
          await req.payload.create({
            depth: 0,
            overrideAccess: true,
            req,
            collection: mediaSlug,
            data: { alt },
            file: {
              data: Buffer.from(await file.arrayBuffer()),
              mimetype: file.type,
              name: file.name || 'photo',
              size: file.size,
            },
          })
        ).id
      } catch (error) {
        throw asFieldError(req, error, field)
      } finally {
        req.file = undefined
      }
    }
    const pairs = []
    for (const [index, pair] of submission.photos.entries()) {
      pairs.push({
        after: await upload(pair.after, 'after', `After treatment, photo ${index + 1}`),
        angle: 'front',
        before: await upload(pair.before, 'before', `Before treatment, photo ${index + 1}`),
      })
    }
    const clientName = displayNameFor(submission.name, submission.nameDisplay)
    const gallery =
      pairs.length && options.slugs.beforeAfterGalleries
        ? await req.payload.create({
            depth: 0,
            overrideAccess: true,
            req,
            collection: options.slugs.beforeAfterGalleries,
            data: {
              consent: consent?.id,
              faceShown: submission.faceDisplay,
              pairs,
              practitioner: submission.practitioner ?? undefined,
              // Unique whoever else shares the initials; the editor may change it.
              slug: `story-${randomBytes(4).toString('hex')}`,
              title: `${clientName}: results`,
              treatmentType: submission.treatment,
              unretouchedAttestation: submission.photosUnedited,
            },
            draft: true,
          })
        : null
    const testimonial = options.slugs.testimonials
      ? await req.payload.create({
          depth: 0,
          overrideAccess: true,
          req,
          collection: options.slugs.testimonials,
          data: {
            aiAssistance: submission.aiAssistance,
            clientName,
            consent: consent?.id,
            gallery: gallery?.id,
            practitioner: submission.practitioner ?? undefined,
            quote: submission.story,
            rating: submission.rating,
            source: 'submitted',
            treatment: submission.treatment,
          },
          draft: true,
        })
      : null
    await req.payload.create({
      depth: 0,
      overrideAccess: true,
      req,
      collection: settings.slug,
      data: {
        ...hashes,
        formTokenHash,
        challenge: settings.challenge?.name ?? null,
        confirmBefore: new Date(now.getTime() + settings.linkHours * 3_600_000).toISOString(),
        confirmHash: confirm.hash,
        consent: consent?.id,
        email: submission.email,
        gallery: gallery?.id,
        name: submission.name,
        rating: submission.rating,
        revokeHash: revoke.hash,
        status: 'new',
        submittedAt: now.toISOString(),
        testimonial: testimonial?.id,
      },
    })
    try {
      await req.payload.sendEmail({
        to: submission.email,
        ...confirmationEmail(options, {
          hours: settings.linkHours,
          links: {
            confirm: endpointLink(req, settings, 'confirm', confirm.token),
            revoke: endpointLink(req, settings, 'revoke', revoke.token),
          },
          name: submission.name,
        }),
      })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'submission: the confirmation e-mail failed' })
      throw new EmailFailed()
    }
    if (ownsTransaction) {
      await commitTransaction(req)
    }
    req.payloadAPI = visitorApi
  } catch (error) {
    req.payloadAPI = visitorApi
    if (ownsTransaction) {
      await killTransaction(req)
    }
    if (error instanceof Refusal) {
      return error.response
    }
    if (error instanceof EmailFailed) {
      // The mail server's fault, not the database's: 502, which no one retries on its own
      // (a retried submission would send a second e-mail).
      return answerRefusal(translate(req, 'submitEmailFailed'), 'email', 502)
    }
    throw error
  }
  return Response.json(
    { message: translate(req, 'submitReceived', { email: submission.email }) },
    { headers: { 'cache-control': 'no-store' }, status: 202 },
  )
}

/**
 * `POST /api/smp-clinic/submissions` (anyone, multipart/form-data): see `receiveSubmission`.
 */
export const submitEndpoint = (
  options: SanitizedSmpClinicOptions,
  settings: SanitizedSubmissionsOptions,
): Endpoint => ({
  handler: async (req) => {
    const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    if (type !== 'multipart/form-data' && type !== 'application/x-www-form-urlencoded') {
      refuse(req, [{ message: translate(req, 'submitMultipartOnly'), path: 'body' }], 415)
    }
    let data: FormData
    try {
      data = await req.formData!()
    } catch {
      return refuse(req, [{ message: translate(req, 'submitMultipartOnly'), path: 'body' }])
    }
    return receiveSubmission(options, settings, req, data)
  },
  method: 'post',
  path: '/smp-clinic/submissions',
})
