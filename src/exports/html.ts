/**
 * The plugin's rich text as HTML with no dependency at all: no React, no Lexical, no Payload. For
 * sites built with anything (Astro, SvelteKit, plain templates): headings carry the `id` their
 * table-of-contents entry links to, links keep only safe addresses, and every text is escaped.
 *
 * @example
 * import { richTextHTML } from 'payload-plugin-smp-clinic/html'
 * const html = richTextHTML(article.body, { internalHref: (doc) => `/articles/${doc.slug}` })
 */
import {
  anchorHeadings,
  type LexicalNode,
  type LexicalState,
  tableOfContents,
  toAnchor,
} from '../fields/lexicalContent.js'

export { tableOfContents, toAnchor }
export type { LexicalState, TableOfContentsEntry } from '../fields/lexicalContent.js'

type Node = LexicalNode & {
  checked?: boolean
  fields?: {
    doc?: { relationTo?: string; value?: unknown }
    linkType?: string
    newTab?: boolean
    url?: string
  }
  format?: number | string
  listType?: string
  start?: number
  value?: unknown
}

export type RichTextHTMLOptions = {
  /**
   * The address of a document an internal link points at (`{ relationTo, value }`, the value
   * populated when the read had depth); without it, or when it gives nothing, the link is text.
   */
  internalHref?: (doc: { relationTo?: string; value?: unknown }) => string | undefined
}

const escapeHTML = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[char]!,
  )

/**
 * An address a link may carry: web, mail and telephone links and paths on the site; anything
 * else (`javascript:`, `data:`) is not a link.
 */
const safeHref = (href: unknown): string | undefined => {
  if (typeof href !== 'string') {
    return undefined
  }
  const trimmed = href.trim()
  if (/^(\/(?![/\\])|#|\?)/.test(trimmed)) {
    return trimmed
  }
  try {
    const url = new URL(trimmed)
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined
  } catch {
    return undefined
  }
}

// Lexical's text format bits, outermost first.
const marks: [bit: number, tag: string][] = [
  [16, 'code'],
  [1, 'strong'],
  [2, 'em'],
  [8, 'u'],
  [4, 's'],
  [32, 'sub'],
  [64, 'sup'],
]

const textHTML = (node: Node) => {
  const format = typeof node.format === 'number' ? node.format : 0
  return marks.reduceRight(
    (html, [bit, tag]) => (format & bit ? `<${tag}>${html}</${tag}>` : html),
    escapeHTML(node.text ?? ''),
  )
}

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

const uploadHTML = (node: Node) => {
  const value = node.value as
    | { alt?: unknown; height?: unknown; mimeType?: unknown; url?: unknown; width?: unknown }
    | null
    | undefined
  const src = safeHref(value?.url)
  if (
    !value ||
    !src ||
    (typeof value.mimeType === 'string' && !value.mimeType.startsWith('image/'))
  ) {
    return ''
  }
  const size = ['width', 'height']
    .filter((name) => typeof value[name as 'width'] === 'number')
    .map((name) => ` ${name}="${value[name as 'width'] as number}"`)
    .join('')
  const alt = typeof value.alt === 'string' ? value.alt : ''
  return `<img src="${escapeHTML(src)}" alt="${escapeHTML(alt)}"${size} loading="lazy">`
}

const render = (node: Node, parent: Node | undefined, options: RichTextHTMLOptions): string => {
  const children = () =>
    (node.children ?? []).map((child) => render(child as Node, node, options)).join('')
  switch (node.type) {
    case 'root':
      return children()
    case 'text':
      return textHTML(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'paragraph':
      return `<p>${children()}</p>`
    case 'quote':
      return `<blockquote>${children()}</blockquote>`
    case 'horizontalrule':
      return '<hr>'
    case 'heading': {
      const tag = node.tag && headingTags.has(node.tag) ? node.tag : 'h2'
      const anchor =
        typeof node.anchor === 'string' && /^[a-z0-9-]{1,200}$/.test(node.anchor)
          ? ` id="${node.anchor}"`
          : ''
      return `<${tag}${anchor}>${children()}</${tag}>`
    }
    case 'list': {
      const ordered = node.listType === 'number' || node.tag === 'ol'
      const tag = ordered ? 'ol' : 'ul'
      const start = ordered && typeof node.start === 'number' && node.start !== 1
      return `<${tag}${start ? ` start="${node.start}"` : ''}>${children()}</${tag}>`
    }
    case 'listitem': {
      // A numbered list's items keep their number; `value` is invalid anywhere else.
      const ordered = parent?.listType === 'number' || parent?.tag === 'ol'
      const value = ordered && typeof node.value === 'number' ? ` value="${node.value}"` : ''
      const check =
        parent?.listType === 'check' ? ` aria-checked="${node.checked ? 'true' : 'false'}"` : ''
      return `<li${value}${check}>${children()}</li>`
    }
    case 'link':
    case 'autolink': {
      const fields = node.fields ?? {}
      const href =
        fields.linkType === 'internal'
          ? safeHref(fields.doc ? options.internalHref?.(fields.doc) : undefined)
          : safeHref(fields.url)
      if (!href) {
        return children()
      }
      const newTab = fields.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
      return `<a href="${escapeHTML(href)}"${newTab}>${children()}</a>`
    }
    case 'upload':
      return uploadHTML(node)
    default:
      // A node this renderer does not know (a block, a custom node) keeps its text.
      return children()
  }
}

/**
 * Rich text (the API's Lexical JSON) as HTML. Headings are anchored on a copy first, so content
 * saved before the plugin stored anchors renders the same way.
 */
export const richTextHTML = (state: LexicalState, options: RichTextHTMLOptions = {}): string => {
  if (!state?.root) {
    return ''
  }
  const anchored = anchorHeadings(JSON.parse(JSON.stringify(state)) as LexicalState)
  return anchored?.root ? render(anchored.root as Node, undefined, options) : ''
}
