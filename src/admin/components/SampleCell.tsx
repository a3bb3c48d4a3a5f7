'use client'
import type { DefaultCellComponentProps } from 'payload'

import { Badge } from './Badge.js'
import { useClinicTranslation } from './useClinicTranslation.js'

/**
 * Marks seeded sample documents in list views, so nobody mistakes them for real clients.
 */
export const SampleCell = ({ cellData }: DefaultCellComponentProps) => {
  const t = useClinicTranslation()
  return cellData === true ? <Badge tone="neutral">{t('fieldSample')}</Badge> : null
}
