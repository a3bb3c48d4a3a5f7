import type { Field } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { translated } from '../translations/translated.js'
import { relationTo } from './relationTo.js'

/**
 * The topics a document is filed under, shown in the sidebar; absent when topics are disabled.
 */
export const topicsField = (options: SanitizedSmpClinicOptions): Field[] =>
  relationTo(options, {
    name: 'topics',
    admin: { position: 'sidebar' },
    hasMany: true,
    label: translated('fieldTopics'),
    to: 'topics',
  })
