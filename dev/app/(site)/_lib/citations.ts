type Node = {
  children?: Node[]
  format?: number | string
  text?: string
  type?: string
  [key: string]: unknown
}

/**
 * The body with each citation marker ("(2)") that names one of `markers` turned into a link to
 * its reference (`#ref-2`, the id the references list gives it), on a copy. Text already inside
 * a link is left as it is.
 */
export const linkCitations = <T>(state: T, markers: string[]): T => {
  const known = new Set(markers.filter(Boolean))
  if (!known.size || !state || typeof state !== 'object') {
    return state
  }
  const copy = JSON.parse(JSON.stringify(state)) as { root?: Node }
  const visit = (node: Node) => {
    if (!node.children || node.type === 'link' || node.type === 'autolink') {
      return
    }
    node.children = node.children.flatMap((child) => {
      if (child.type !== 'text' || typeof child.text !== 'string') {
        visit(child)
        return [child]
      }
      const parts = child.text.split(/(\(\d{1,3}\))/)
      if (parts.length === 1) {
        return [child]
      }
      return parts
        .filter((part) => part !== '')
        .map((part) => {
          const marker = /^\((\d{1,3})\)$/.exec(part)?.[1]
          const text = { ...child, text: part }
          return marker && known.has(marker)
            ? {
                children: [text],
                direction: null,
                fields: { linkType: 'custom', newTab: false, url: `#ref-${marker}` },
                format: '',
                indent: 0,
                type: 'link',
                version: 3,
              }
            : text
        })
    })
  }
  if (copy.root) {
    visit(copy.root)
  }
  return copy as T
}
