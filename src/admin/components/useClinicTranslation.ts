'use client'
import { useTranslation } from '@payloadcms/ui'

import { type ClinicT, clinicT } from '../../translations/translated.js'

/**
 * The plugin's strings in the admin's current language, for client components.
 */
export const useClinicTranslation = (): ClinicT => clinicT(useTranslation().t)
