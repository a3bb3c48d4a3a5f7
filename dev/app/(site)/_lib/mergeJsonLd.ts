type Node = Record<string, unknown>

const nodesOf = (script: null | string | undefined): Node[] => {
  if (!script) {
    return []
  }
  const parsed = JSON.parse(script) as { '@graph'?: Node[] } & Node
  return Array.isArray(parsed['@graph']) ? parsed['@graph'] : [parsed]
}

/**
 * Joins the plugin's JSON-LD documents (each a `@graph`) into one: nodes that share an `@id` are
 * one node, their lists (an `FAQPage`'s questions) joined in order. A page that shows several
 * documents (the FAQ page shows every FAQ) so carries one node per thing, not one per document.
 * Written as the API writes it, safe inside a script element.
 */
export const mergeJsonLd = (scripts: (null | string | undefined)[]): null | string => {
  const merged = new Map<string, Node>()
  const anonymous: Node[] = []
  for (const node of scripts.flatMap(nodesOf)) {
    const id = typeof node['@id'] === 'string' ? node['@id'] : undefined
    const known = id ? merged.get(id) : undefined
    if (!id) {
      anonymous.push(node)
    } else if (!known) {
      merged.set(id, { ...node })
    } else {
      for (const [key, value] of Object.entries(node)) {
        const before = known[key]
        if (Array.isArray(before) && Array.isArray(value)) {
          const seen = new Set(before.map((entry) => JSON.stringify(entry)))
          known[key] = [...before, ...value.filter((entry) => !seen.has(JSON.stringify(entry)))]
        } else if (before === undefined) {
          known[key] = value
        }
      }
    }
  }
  const graph = [...merged.values(), ...anonymous]
  return graph.length
    ? JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(
        /[<>&\u2028\u2029]/g,
        (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
      )
    : null
}
