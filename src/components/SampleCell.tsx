'use client'
import type { DefaultCellComponentProps } from 'payload'

import { Badge } from './Badge.js'

/**
 * Marks seeded sample documents in list views, so nobody mistakes them for real clients.
 */
export const SampleCell = ({ cellData }: DefaultCellComponentProps) =>
  cellData === true ? <Badge tone="neutral">Sample</Badge> : null
