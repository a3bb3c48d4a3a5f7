/**
 * Every text leaf of a Lexical document in order, one string per block, for content assertions.
 */
type Node = { children?: Node[]; text?: string; type?: string }

export const blockTexts = (state: { root: Node }): string[] => {
  const blocks: string[] = []
  const visit = (node: Node) => {
    if (['heading', 'listitem', 'paragraph', 'quote'].includes(node.type ?? '')) {
      const collect = (n: Node): string => n.text ?? (n.children ?? []).map(collect).join('')
      blocks.push(collect(node))
      return
    }
    node.children?.forEach(visit)
  }
  visit(state.root)
  return blocks
}
