/**
 * Reads Lexical's serialized state without the editor, so reading time and the table of contents
 * can be computed in hooks on any server.
 */
export type LexicalNode = {
  /**
   * On headings: the fragment id the plugin stores, equal to its table-of-contents `anchor`.
   */
  anchor?: string
  children?: LexicalNode[]
  tag?: string
  text?: string
  type?: string
}

export type LexicalState = { root?: LexicalNode } | null | undefined

export type TableOfContentsEntry = { anchor: string; level: number; text: string }

const blockTypes = new Set(['heading', 'listitem', 'paragraph', 'quote'])

/**
 * The plain text of a node: text leaves joined, blocks separated by a space.
 */
export const nodeText = (node: LexicalNode): string => {
  if (typeof node.text === 'string') {
    return node.text
  }
  const parts = (node.children ?? []).map(nodeText)
  return blockTypes.has(node.type ?? '') ? parts.join('').trim() : parts.join(' ').trim()
}

/**
 * The plain text of a whole rich-text value (empty when there is none).
 */
export const stateText = (state: LexicalState): string => (state?.root ? nodeText(state.root) : '')

export const countWords = (state: LexicalState): number =>
  stateText(state).split(/\s+/).filter(Boolean).length

/**
 * Minutes to read at an adult's average silent reading speed, never less than one.
 */
export const readingMinutes = (state: LexicalState, wordsPerMinute = 230): number =>
  Math.max(1, Math.ceil(countWords(state) / wordsPerMinute))

/**
 * The longest anchor: a heading longer than that is cut (at a word where it can be), leaving room
 * for the `-2` of a repeat. The renderers accept anchors up to 200 characters.
 */
export const maxAnchorLength = 180

/**
 * URL-fragment form of a heading, the same one a frontend should give the heading's `id`.
 */
export const toAnchor = (text: string): string => {
  const anchor = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (anchor.length <= maxAnchorLength) {
    return anchor
  }
  const cut = anchor.slice(0, maxAnchorLength)
  const word = cut.lastIndexOf('-')
  return (word > maxAnchorLength / 2 ? cut.slice(0, word) : cut).replace(/-+$/, '')
}

/**
 * Each heading of a document with its anchor, in document order; a repeated anchor gets the first
 * free `-2`, `-3`… so every anchor is unique, even when another heading's own text reads `-2`.
 */
const headingsOf = (state: LexicalState): { anchor: string; node: LexicalNode; text: string }[] => {
  const headings: { anchor: string; node: LexicalNode; text: string }[] = []
  const taken = new Set<string>()
  // Where the search for a free suffix of each base resumes, so many repeats stay linear.
  const seen = new Map<string, number>()
  const visit = (node: LexicalNode) => {
    if (node.type === 'heading' && node.tag) {
      const text = nodeText(node)
      const base = toAnchor(text) || 'section'
      let anchor = base
      for (let count = seen.get(base) ?? 1; taken.has(anchor); count++) {
        anchor = `${base}-${count + 1}`
        seen.set(base, count + 1)
      }
      taken.add(anchor)
      headings.push({ anchor, node, text })
      return
    }
    node.children?.forEach(visit)
  }
  if (state?.root) {
    visit(state.root)
  }
  return headings
}

/**
 * Headings in document order, with the anchor each heading carries.
 */
export const tableOfContents = (state: LexicalState): TableOfContentsEntry[] =>
  headingsOf(state).map(({ anchor, node, text }) => ({
    anchor,
    level: Number(node.tag!.replace('h', '')),
    text,
  }))

/**
 * Writes each heading's anchor onto its node (`anchor`), replacing whatever was there, so a
 * renderer gives the heading the `id` its table-of-contents entry links to.
 */
export const anchorHeadings = <T extends LexicalState>(state: T): T => {
  for (const { anchor, node } of headingsOf(state)) {
    node.anchor = anchor
  }
  return state
}
