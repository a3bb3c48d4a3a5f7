/**
 * The deepest nesting accepted in rich text. Real documents stay under ten levels; the limit
 * keeps a crafted body from exhausting the stack of anything that walks it.
 */
export const maxLexicalDepth = 40

const wholeNumber = (value: unknown) => value === undefined || Number.isSafeInteger(value)

/**
 * Link targets a reader's browser may follow: web, mail and phone links, and links within the
 * site. `javascript:` and `data:` URLs would run in the reader's page.
 */
const safeUrl = (url: unknown) =>
  typeof url === 'string' &&
  ![...url].some((character) => character.charCodeAt(0) < 32) &&
  (/^(https?:|mailto:|tel:)/i.test(url) || /^[/#?]/.test(url))

const isReference = (value: unknown): boolean =>
  typeof value === 'number' ||
  (typeof value === 'string' && /^[\w-]{1,64}$/.test(value)) ||
  (typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    isReference((value as { id?: unknown }).id))

/**
 * What is wrong with one node's own properties: text formats are whole numbers, links go to
 * safe URLs, and upload or relationship nodes name a collection and a document.
 */
const nodeProblem = (node: Record<string, unknown>): null | string => {
  if (node.type === 'text') {
    if (!wholeNumber(node.format) || !wholeNumber(node.detail)) {
      return "A text node's format and detail must be whole numbers."
    }
    if (
      node.mode !== undefined &&
      !['normal', 'segmented', 'token'].includes(node.mode as string)
    ) {
      return "A text node's mode must be normal, segmented or token."
    }
  }
  if (node.type === 'link' || node.type === 'autolink') {
    const fields = (node.fields ?? {}) as { linkType?: unknown; url?: unknown }
    if (fields.linkType !== 'internal' && !safeUrl(fields.url)) {
      return 'A link must go to an http(s), mailto: or tel: address, or a path on the site.'
    }
  }
  if (node.type === 'upload' || node.type === 'relationship') {
    if (typeof node.relationTo !== 'string' || !isReference(node.value)) {
      return `A${node.type === 'upload' ? 'n upload' : ' relationship'} node needs a collection (relationTo) and a document (value).`
    }
  }
  return null
}

/**
 * Why a rich-text value is not a Lexical document the plugin can store and walk, or null when it
 * is one: a `root` node whose every node is an object with a string `type`, `children` (where
 * present) an array, text a string, heading tags h1–h6, and no deeper than `maxLexicalDepth`.
 */
export const lexicalProblem = (value: unknown): null | string => {
  if (value === null || value === undefined) {
    return null
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return 'Rich text must be a Lexical document (an object with a root node).'
  }
  const root = (value as { root?: unknown }).root
  if (!root || typeof root !== 'object' || (root as { type?: unknown }).type !== 'root') {
    return 'Rich text must have a root node of type "root".'
  }
  const stack: { depth: number; node: unknown }[] = [{ depth: 0, node: root }]
  while (stack.length) {
    const { depth, node } = stack.pop()!
    if (depth > maxLexicalDepth) {
      return `Rich text may be nested at most ${maxLexicalDepth} levels deep.`
    }
    if (!node || typeof node !== 'object' || Array.isArray(node)) {
      return 'Every rich-text node must be an object.'
    }
    const record = node as Record<string, unknown>
    const { children, tag, text, type } = record
    if (typeof type !== 'string' || !type) {
      return 'Every rich-text node needs a type.'
    }
    if (text !== undefined && typeof text !== 'string') {
      return 'The text of a rich-text node must be a string.'
    }
    if (typeof text === 'string' && text.includes('\u0000')) {
      return 'Rich text may not contain NUL characters.'
    }
    if (depth === 1 && type === 'text') {
      return 'Text must sit inside a paragraph or heading, not directly in the document.'
    }
    const problem = nodeProblem(record)
    if (problem) {
      return problem
    }
    if (type === 'heading' && !(typeof tag === 'string' && /^h[1-6]$/.test(tag))) {
      return 'A heading needs a tag from h1 to h6.'
    }
    if (children !== undefined) {
      if (!Array.isArray(children)) {
        return 'The children of a rich-text node must be a list.'
      }
      for (const child of children) {
        stack.push({ depth: depth + 1, node: child })
      }
    }
  }
  return null
}
