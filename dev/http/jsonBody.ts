import { HttpProblem } from './problem.js'

/**
 * The deepest JSON a request may send. A rich-text body at the plugin's own nesting limit stays
 * far below it; anything deeper only exists to exhaust the stack of whatever walks it.
 */
export const maxJsonDepth = 200

/**
 * The first top-level key under which `value` nests deeper than `maxJsonDepth`, `''` when the
 * body itself does (a list, say), or undefined when it stays within the limit.
 */
const overDeep = (value: unknown): string | undefined => {
  const stack: { depth: number; key: string; value: unknown }[] = [{ depth: 1, key: '', value }]
  while (stack.length) {
    const item = stack.pop()!
    if (!item.value || typeof item.value !== 'object') {
      continue
    }
    if (item.depth > maxJsonDepth) {
      return item.key
    }
    for (const [key, child] of Object.entries(item.value)) {
      stack.push({ depth: item.depth + 1, key: item.depth === 1 ? key : item.key, value: child })
    }
  }
  return undefined
}

/**
 * Parses a JSON request body, answering 400 with the parser's reason for malformed JSON and for
 * JSON nested deeper than `maxJsonDepth`.
 */
export const parseJsonBody = (body: Buffer): unknown => {
  let value: unknown
  try {
    value = JSON.parse(body.toString('utf8'))
  } catch (error) {
    throw new HttpProblem(400, `The body is not valid JSON: ${(error as Error).message}`)
  }
  const path = overDeep(value)
  if (path !== undefined) {
    throw new HttpProblem(
      400,
      `The JSON body is nested more than ${maxJsonDepth} levels deep.`,
      {},
      path,
    )
  }
  return value
}
