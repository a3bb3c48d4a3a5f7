/**
 * Builds Lexical's serialized state from plain structured content, so seed data stays readable
 * text and the editor receives exactly what it would save itself.
 */
type Inline = { bold?: boolean; text: string }
type Node = Record<string, unknown>

const base = { direction: 'ltr', format: '', indent: 0, version: 1 }

const text = ({ bold, text }: Inline): Node => ({
  type: 'text',
  detail: 0,
  format: bold ? 1 : 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

const inlines = (content: Inline[] | string): Node[] =>
  (typeof content === 'string' ? [{ text: content }] : content).map(text)

export const paragraph = (content: Inline[] | string): Node => ({
  ...base,
  type: 'paragraph',
  children: inlines(content),
  textFormat: 0,
  textStyle: '',
})

export const heading = (tag: 'h2' | 'h3' | 'h4', content: string): Node => ({
  ...base,
  type: 'heading',
  children: inlines(content),
  tag,
})

export const bulletList = (items: (Inline[] | string)[]): Node => ({
  ...base,
  type: 'list',
  children: items.map((item, index) => ({
    ...base,
    type: 'listitem',
    children: inlines(item),
    value: index + 1,
  })),
  listType: 'bullet',
  start: 1,
  tag: 'ul',
})

export const document = (children: Node[]) => ({
  root: { ...base, type: 'root', children },
})
