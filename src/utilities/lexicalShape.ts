/**
 * The deepest nesting accepted in rich text. Real documents stay under ten levels; the limit
 * keeps a crafted body from exhausting the stack of anything that walks it.
 */
export const maxLexicalDepth = 40

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
    const { children, tag, text, type } = node as Record<string, unknown>
    if (typeof type !== 'string' || !type) {
      return 'Every rich-text node needs a type.'
    }
    if (text !== undefined && typeof text !== 'string') {
      return 'The text of a rich-text node must be a string.'
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
