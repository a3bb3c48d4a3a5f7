import type { Field, GlobalConfig, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'
import type { PluginSmpClinicTranslationKey } from '../../translations/index.js'

import { editorsOnly } from '../../privacy/editorsOnly.js'
import { normalizeUrl, validateUrl } from '../../fields/validateUrl.js'
import { translate, translated } from '../../translations/translated.js'
import { translatedOptions } from '../../translations/translatedOptions.js'
import { byLanguage } from '../../translations/byLanguage.js'
import { clinicJsonLdField } from './clinicJsonLd.js'
import { announceSettingsChange } from './announceChange.js'
import { validateGlobalInputTypes } from '../../fields/validateInputTypes.js'

/**
 * The days of the week, as schema.org names them in `openingHoursSpecification`.
 */
export const weekDays = translatedOptions({
  Monday: 'dayMonday',
  Tuesday: 'dayTuesday',
  Wednesday: 'dayWednesday',
  Thursday: 'dayThursday',
  Friday: 'dayFriday',
  Saturday: 'daySaturday',
  Sunday: 'daySunday',
})

const time = (name: 'closes' | 'opens'): Field => ({
  name,
  type: 'text',
  admin: { placeholder: name === 'opens' ? '09:00' : '18:00', width: '25%' },
  label: translated(name === 'opens' ? 'clinicOpens' : 'clinicCloses'),
  required: true,
  validate: (value: unknown, { req }: { req: PayloadRequest }) =>
    typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
      ? true
      : translate(req, 'clinicTimeFormat'),
})

/**
 * A text that may be left empty but, when given, must match `pattern` (white space around it
 * aside); `problem` says how to write it.
 */
const optionalMatching =
  (pattern: RegExp, problem: PluginSmpClinicTranslationKey) =>
  (value: unknown, { req }: { req: PayloadRequest }) =>
    value === null ||
    value === undefined ||
    value === '' ||
    (typeof value === 'string' && pattern.test(value.trim()))
      ? true
      : translate(req, problem)

const url = (name: string, label: Parameters<typeof translated>[0]): Field => ({
  name,
  type: 'text',
  hooks: { beforeChange: [normalizeUrl] },
  label: translated(label),
  validate: validateUrl,
})

/**
 * What the clinic tells the public about itself: name, logo, contact details, address, geo
 * position, opening hours, booking link and profiles elsewhere. The settings global holds them,
 * and in a chain each clinic's tenant document does too.
 */
export const clinicProfileFields = (options: SanitizedSmpClinicOptions): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'name',
        type: 'text',
        admin: { placeholder: options.site.organization.name, width: '50%' },
        label: translated('clinicName'),
      },
      { ...url('logo', 'clinicLogo'), admin: { width: '50%' } } as Field,
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'telephone',
        type: 'text',
        admin: { placeholder: '+1 555 010 0199', width: '33%' },
        label: translated('clinicTelephone'),
        validate: optionalMatching(/^\+?(?:[\s().-]*\d){6,20}[\s().-]*$/, 'clinicTelephoneFormat'),
      },
      { name: 'email', type: 'email', admin: { width: '33%' }, label: translated('clinicEmail') },
      { ...url('bookingUrl', 'clinicBookingUrl'), admin: { width: '34%' } } as Field,
    ],
  },
  {
    name: 'address',
    type: 'group',
    fields: [
      { name: 'streetAddress', type: 'text', label: translated('clinicStreetAddress') },
      {
        type: 'row',
        fields: [
          {
            name: 'addressLocality',
            type: 'text',
            admin: { width: '35%' },
            label: translated('clinicLocality'),
          },
          {
            name: 'addressRegion',
            type: 'text',
            admin: { width: '25%' },
            label: translated('clinicRegion'),
          },
          {
            name: 'postalCode',
            type: 'text',
            admin: { width: '20%' },
            label: translated('clinicPostalCode'),
          },
          {
            name: 'addressCountry',
            type: 'text',
            admin: { placeholder: 'US', width: '20%' },
            label: translated('clinicCountry'),
            validate: optionalMatching(/^[A-Z]{2}$/, 'clinicCountryFormat'),
          },
        ],
      },
    ],
    label: translated('clinicAddress'),
  },
  {
    name: 'geo',
    type: 'group',
    admin: { description: translated('clinicGeoDescription') },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'latitude',
            type: 'number',
            label: translated('clinicLatitude'),
            max: 90,
            min: -90,
          },
          {
            name: 'longitude',
            type: 'number',
            label: translated('clinicLongitude'),
            max: 180,
            min: -180,
          },
        ],
      },
    ],
    label: translated('clinicGeo'),
  },
  {
    name: 'openingHours',
    type: 'array',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'days',
            type: 'select',
            admin: { width: '50%' },
            hasMany: true,
            label: translated('clinicDays'),
            options: weekDays,
            required: true,
          },
          time('opens'),
          time('closes'),
        ],
      },
    ],
    label: translated('clinicOpeningHours'),
    labels: { plural: translated('clinicOpeningHours'), singular: translated('clinicHours') },
  },
  {
    name: 'sameAs',
    type: 'array',
    admin: { description: translated('clinicSameAsDescription') },
    fields: [url('url', 'clinicProfileUrl')],
    label: translated('clinicSameAs'),
  },
]

/**
 * The clinic itself, as editors keep it: name, contact details, address, opening hours, booking
 * link and profiles elsewhere. Search engines read it as the `MedicalClinic` every page is
 * published by (what Google asks of a local business), and the site shows it. Anyone may read
 * it: it is what the clinic tells the public. An empty value falls back to `site.organization`.
 */
export const createClinicSettingsGlobal = (
  options: SanitizedSmpClinicOptions,
  slug: string,
): GlobalConfig => ({
  slug,
  access: { read: () => true, update: editorsOnly(options) },
  admin: {
    // A global's description reaches the admin's client as it is: not a function.
    description: byLanguage(
      options.translations,
      'clinicSettingsDescription',
      Object.keys(options.translations),
    ),
    group: options.group,
  },
  fields: [...clinicProfileFields(options), clinicJsonLdField(options)],
  hooks: {
    afterChange: [announceSettingsChange(options)],
    beforeValidate: [validateGlobalInputTypes],
  },
  label: translated('clinicSettings'),
})
