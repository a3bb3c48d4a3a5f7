import type { ReactNode } from 'react'

/**
 * What a section says when the CMS has nothing public for it yet: a fresh install publishes only
 * the article, the FAQs and the topics, and nothing is invented to fill the gap.
 */
export const EmptyState = ({ children, title }: { children: ReactNode; title: string }) => (
  <div className="empty">
    <p className="empty__title">{title}</p>
    <p>{children}</p>
  </div>
)
