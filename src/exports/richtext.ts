/**
 * Rendering the plugin's rich text on a site, with no server code: converters for Payload's own
 * Lexical renderers that give every heading the `id` its `tableOfContents[].anchor` links to.
 *
 * @example
 * // React (Payload's RichText component); `anchorHeadings` covers content saved before the
 * // plugin stored anchors, and costs nothing otherwise
 * <RichText converters={headingAnchorJSXConverters} data={anchorHeadings(article.body)} />
 * // HTML, for sites without React
 * const html = richTextToHTML(article.body)
 */
import {
  convertLexicalToHTML,
  type HTMLConverter,
  type HTMLConvertersFunction,
} from '@payloadcms/richtext-lexical/html'
import { type JSXConverter, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { createElement } from 'react'

import {
  anchorHeadings,
  type LexicalNode,
  type LexicalState,
  tableOfContents,
  toAnchor,
} from '../fields/lexicalContent.js'

export { anchorHeadings, tableOfContents, toAnchor }
export type { TableOfContentsEntry } from '../fields/lexicalContent.js'

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * The heading's stored anchor, if it is one the plugin could have written (so it is safe in an
 * attribute whatever the stored JSON says).
 */
const anchorOf = (node: LexicalNode): string | undefined =>
  typeof node.anchor === 'string' && /^[a-z0-9-]{1,200}$/.test(node.anchor)
    ? node.anchor
    : undefined

const tagOf = (node: LexicalNode) => (node.tag && headingTags.has(node.tag) ? node.tag : 'h2')

const headingHTML: HTMLConverter = ({ node, nodesToHTML, providedStyleTag }) => {
  const heading = node as LexicalNode
  const anchor = anchorOf(heading)
  const children = nodesToHTML({ nodes: (node as { children?: never[] }).children ?? [] }).join('')
  const tag = tagOf(heading)
  return `<${tag}${anchor ? ` id="${anchor}"` : ''}${providedStyleTag}>${children}</${tag}>`
}

const headingJSX: JSXConverter = ({ node, nodesToJSX }) => {
  const heading = node as LexicalNode
  return createElement(
    tagOf(heading),
    { id: anchorOf(heading) },
    nodesToJSX({ nodes: (node as { children?: never[] }).children ?? [] }),
  )
}

/**
 * Whether a list item's list counts its items: only an `<ol>` takes `<li value>`.
 */
const inOrderedList = (parent: unknown) => {
  const list = parent as { listType?: string; tag?: string } | undefined
  return list?.tag === 'ol' || list?.listType === 'number'
}

/**
 * Payload's list items carry `value` (their number) in every kind of list; in a `<ul>` that is
 * invalid HTML, so it is kept for numbered lists only.
 */
type Callable<T> = Extract<T, (...args: never[]) => unknown>

const listItemHTML =
  (base: Callable<HTMLConverter>): HTMLConverter =>
  (args) => {
    const html = base(args)
    return inOrderedList(args.parent) || typeof html !== 'string'
      ? html
      : html.replace(/^(\s*<li\b[^>]*?)\s+value="[^"]*"/, '$1')
  }

const listItemJSX =
  (base: Callable<JSXConverter>): JSXConverter =>
  (args) =>
    base(
      inOrderedList(args.parent)
        ? args
        : { ...args, node: { ...args.node, value: undefined } as typeof args.node },
    )

/**
 * Payload's HTML converters with anchored headings, for `convertLexicalToHTML({ converters })`.
 */
export const headingAnchorHTMLConverters: HTMLConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  heading: headingHTML,
  ...(typeof defaultConverters.listitem === 'function'
    ? { listitem: listItemHTML(defaultConverters.listitem as Callable<HTMLConverter>) }
    : {}),
})

/**
 * Payload's JSX converters with anchored headings, for `<RichText converters={...} />` from
 * `@payloadcms/richtext-lexical/react`.
 */
export const headingAnchorJSXConverters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  heading: headingJSX,
  ...(typeof defaultConverters.listitem === 'function'
    ? { listitem: listItemJSX(defaultConverters.listitem as Callable<JSXConverter>) }
    : {}),
})

/**
 * Rich text as HTML, headings anchored. Anchors are written first on a copy, so content saved
 * before the plugin stored them renders the same way.
 */
export const richTextToHTML = (state: LexicalState): string =>
  state?.root
    ? convertLexicalToHTML({
        converters: headingAnchorHTMLConverters,
        data: anchorHeadings(structuredClone(state)) as unknown as Parameters<
          typeof convertLexicalToHTML
        >[0]['data'],
      })
    : ''
