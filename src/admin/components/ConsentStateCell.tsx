'use client'
import type { DefaultCellComponentProps } from 'payload'

import { ConsentStateBadge } from './ConsentStateBadge.js'

/**
 * The consent state column of the testimonials and galleries lists.
 */
export const ConsentStateCell = ({ cellData }: DefaultCellComponentProps) => (
  <ConsentStateBadge state={cellData} />
)
