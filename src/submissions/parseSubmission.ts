import type { PayloadRequest } from 'payload'

import type { FaceLevel, NameLevel } from '../consent/consentStatus.js'
import type { PluginSmpClinicTranslationKey } from '../translations/index.js'

import { consentChannels } from '../collections/Consents/index.js'
import { authorizationStatements } from '../collections/Consents/authorizationStatements.js'
import { faceOptions, nameOptions } from '../consent/identifiabilityOptions.js'
import { treatmentOptions } from '../fields/treatmentTypes.js'
import { translate } from '../translations/translated.js'

/**
 * A submission as the form sent it, checked: every field a client fills in, and the photos.
 */
export type ParsedSubmission = {
  aiAssistance: 'assisted' | 'none'
  channels: string[]
  email: string
  expiresAt: null | string
  expiryEvent: null | string
  faceDisplay: FaceLevel
  name: string
  nameDisplay: NameLevel
  photos: { after: File; before: File }[]
  photosUnedited: boolean
  practitioner: null | string
  rating: number
  statements: string[]
  story: string
  treatment: string
}

export type FieldError = { message: string; path: string }

/**
 * The limits a story is held to: long enough to say something, short enough to read.
 */
export const storyLength = { max: 4_000, min: 20 }

/** The form's fields that hold one value. */
const singleFields = [
  'aiAssistance',
  'email',
  'expiresAt',
  'expiryEvent',
  'faceDisplay',
  'formToken',
  'homepage',
  'name',
  'nameDisplay',
  'photosUnedited',
  'practitioner',
  'rating',
  'signature',
  'story',
  'treatment',
]

const email = /^[^\s@]{1,64}@[^\s@]{1,185}\.[^\s@]{2,}$/

const text = (data: FormData, name: string): string => {
  const value = data.get(name)
  return typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : ''
}

const texts = (data: FormData, name: string): string[] =>
  data.getAll(name).filter((value): value is string => typeof value === 'string')

const files = (data: FormData, name: string): File[] =>
  data.getAll(name).filter((value): value is File => typeof value !== 'string' && value.size > 0)

const isControl = (character: string) => character.charCodeAt(0) < 32

const valueOf = (options: { value: string }[], value: string) =>
  options.some((option) => option.value === value) ? value : null

/**
 * Reads the form and names every field that is wrong, with what to fix, in the submitter's
 * language. Nothing is stored unless the list of errors is empty.
 */
export const parseSubmission = (
  req: PayloadRequest,
  data: FormData,
  { maxPhotos, now }: { maxPhotos: number; now: Date },
): { errors: FieldError[]; submission: ParsedSubmission } => {
  const errors: FieldError[] = []
  const fail = (
    path: string,
    key: PluginSmpClinicTranslationKey,
    vars?: Record<string, number | string>,
  ) => errors.push({ message: translate(req, key, vars), path })

  // One value each: a field sent twice would be read as whichever came first.
  for (const name of singleFields) {
    if (data.getAll(name).length > 1) {
      fail(name, 'submitFieldRepeated')
    }
  }
  const story = text(data, 'story')
  if (story.length < storyLength.min || story.length > storyLength.max) {
    fail('story', 'submitStoryLength', storyLength)
  }
  if (story.includes('\u0000')) {
    fail('story', 'inputTextNul')
  }
  const ratingText = text(data, 'rating')
  const rating = Number(ratingText)
  // Whole stars written as the form writes them: "0x4" or "4.0" are not a rating.
  if (!/^[1-5]$/.test(ratingText)) {
    fail('rating', 'testimonialRatingInvalid')
  }
  const treatment = valueOf(treatmentOptions, text(data, 'treatment'))
  if (!treatment) {
    fail('treatment', 'submitTreatmentInvalid')
  }
  const practitioner = text(data, 'practitioner') || null
  if (practitioner && practitioner.length > 64) {
    fail('practitioner', 'submitPractitionerInvalid')
  }

  const name = text(data, 'name').replace(/\s+/g, ' ')
  if (!name || name.length > 120 || /[<>]/.test(name) || [...name].some(isControl)) {
    fail('name', 'submitNameRequired')
  }
  const address = text(data, 'email').toLowerCase()
  if (!email.test(address) || address.length > 254) {
    fail('email', 'submitEmailInvalid')
  }
  const nameDisplay = valueOf(nameOptions, text(data, 'nameDisplay')) as NameLevel | null
  if (!nameDisplay) {
    fail('nameDisplay', 'consentNameDisplayRequired')
  }
  const faceDisplay = valueOf(faceOptions, text(data, 'faceDisplay')) as FaceLevel | null
  if (!faceDisplay) {
    fail('faceDisplay', 'consentFaceDisplayRequired')
  }

  const channels = [...new Set(texts(data, 'channels'))]
  if (!channels.length || channels.some((channel) => !valueOf(consentChannels, channel))) {
    fail('channels', 'consentScopesRequired')
  }
  const expiresText = text(data, 'expiresAt')
  const expiryEvent = text(data, 'expiryEvent') || null
  let expiresAt: null | string = null
  if (expiresText) {
    const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(expiresText)
    const date = new Date(`${expiresText}${dayOnly ? 'T23:59:59Z' : ''}`)
    // A day that does not exist (2031-02-30) would otherwise roll over into another one.
    const sameDay =
      Number.isNaN(date.getTime()) || !dayOnly || date.toISOString().startsWith(expiresText)
    if (Number.isNaN(date.getTime()) || !sameDay || date <= now) {
      fail('expiresAt', 'submitExpiryInPast')
    } else {
      expiresAt = date.toISOString()
    }
  }
  if (!expiresText && !expiryEvent) {
    fail('expiresAt', 'submitExpiryRequired')
  }
  // One end, as the authorization states it: a date and an event would contradict each other.
  if (expiresText && expiryEvent) {
    fail('expiryEvent', 'submitExpiryBoth')
  }
  if (expiryEvent && expiryEvent.length > 300) {
    fail('expiryEvent', 'submitExpiryEventLength')
  }
  const statements = [...new Set(texts(data, 'statements'))].filter((value) =>
    valueOf(authorizationStatements, value),
  )
  if (!authorizationStatements.every(({ value }) => statements.includes(value))) {
    fail('statements', 'submitStatementsRequired')
  }
  const signature = text(data, 'signature').replace(/\s+/g, ' ')
  if (!signature || signature.toLocaleLowerCase() !== name.toLocaleLowerCase()) {
    fail('signature', 'submitSignatureMismatch')
  }

  const before = files(data, 'before')
  const after = files(data, 'after')
  if (before.length !== after.length) {
    fail('after', 'submitPhotosInPairs')
  } else if (before.length * 2 > maxPhotos) {
    fail('before', 'submitTooManyPhotos', { max: maxPhotos })
  }
  const photosUnedited = text(data, 'photosUnedited') === 'yes'
  if (before.length && !photosUnedited) {
    fail('photosUnedited', 'submitPhotosUneditedRequired')
  }

  // Help with the wording is disclosed; a story software wrote is not the client's experience.
  const ai = text(data, 'aiAssistance') || 'none'
  if (ai === 'generated') {
    fail('aiAssistance', 'testimonialAiGeneratedRefused')
  } else if (ai !== 'none' && ai !== 'assisted') {
    fail('aiAssistance', 'submitAiAssistanceInvalid')
  }

  return {
    errors,
    submission: {
      aiAssistance: ai === 'assisted' ? 'assisted' : 'none',
      channels,
      email: address,
      expiresAt,
      expiryEvent,
      faceDisplay: faceDisplay ?? 'none',
      name,
      nameDisplay: nameDisplay ?? 'none',
      photos: before.map((photo, index) => ({ after: after[index]!, before: photo })),
      photosUnedited,
      practitioner,
      rating,
      statements,
      story,
      treatment: treatment ?? '',
    },
  }
}
