import type { ReactNode } from 'react'

export type BadgeTone = 'error' | 'neutral' | 'success' | 'warning'

const tones: Record<BadgeTone, { background: string; color: string }> = {
  error: { background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' },
  neutral: { background: 'var(--theme-elevation-100)', color: 'var(--theme-elevation-800)' },
  success: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
  warning: { background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' },
}

/**
 * A small coloured label. Styled inline with the admin's theme variables, so it follows light and
 * dark mode without shipping a stylesheet.
 */
export const Badge = ({ children, tone }: { children: ReactNode; tone: BadgeTone }) => (
  <span
    className={`smp-badge smp-badge--${tone}`}
    style={{
      ...tones[tone],
      borderRadius: '999px',
      display: 'inline-block',
      fontSize: '0.85em',
      fontWeight: 600,
      lineHeight: 1.6,
      padding: '0 0.6em',
      whiteSpace: 'nowrap',
    }}
  >
    {children}
  </span>
)
