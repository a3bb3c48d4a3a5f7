/**
 * One review as an import file gives it, before any check.
 */
export type ReviewRow = Record<string, string>

/**
 * Reads CSV as RFC 4180 writes it: quoted fields with doubled quotes and line breaks inside,
 * CRLF or LF, a byte-order mark. Returns the rows as arrays of cells.
 */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const input = text.replace(/^\uFEFF/, '')
  for (let index = 0; index < input.length; index++) {
    const char = input[index]!
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        cell += '"'
        index++
      } else if (char === '"') {
        quoted = false
      } else {
        cell += char
      }
    } else if (char === '"' && cell === '') {
      quoted = true
    } else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[index + 1] === '\n') {
        index++
      }
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else {
      cell += char
    }
  }
  if (quoted) {
    throw new Error('A quoted field is not closed.')
  }
  if (cell !== '' || row.length) {
    row.push(cell)
    rows.push(row)
  }
  // Blank lines at the end are no rows; those between rows keep their place in the numbering.
  while (rows.length && rows.at(-1)!.every((value) => value.trim() === '')) {
    rows.pop()
  }
  return rows
}

/**
 * The columns the import understands, by every name it accepts: its own (`platform`, `url`,
 * `author`, `date`, `rating`, `text`, `title`) and those of Trustpilot's CSV export.
 */
const columnNames: Record<string, string[]> = {
  author: ['author', 'reviewer', 'name', 'consumer name', 'review consumer user', 'consumer'],
  date: ['date', 'reviewed at', 'created', 'review created (utc)', 'review date', 'createdat'],
  platform: ['platform', 'source'],
  rating: ['rating', 'stars', 'review stars', 'score'],
  text: ['text', 'review', 'content', 'review content', 'body'],
  title: ['title', 'review title', 'headline'],
  url: ['url', 'link', 'review link', 'reference url', 'review url'],
}

const columnOf = (header: string) => {
  const name = header.trim().toLowerCase().replace(/\s+/g, ' ')
  return Object.keys(columnNames).find((column) => columnNames[column]!.includes(name))
}

/**
 * The rows of a CSV or JSON import file, by the import's column names, in the file's order: a
 * blank line is an empty row, so rows are numbered as a spreadsheet shows them. JSON is an array
 * of objects (or `{ reviews: [...] }`) with the same keys. Throws with the reason when the file
 * is neither.
 */
export const parseReviewFile = (text: string, format: 'csv' | 'json'): ReviewRow[] => {
  if (format === 'json') {
    const parsed = JSON.parse(text) as unknown
    const list = Array.isArray(parsed) ? parsed : (parsed as { reviews?: unknown })?.reviews
    if (!Array.isArray(list)) {
      throw new Error('A JSON import is an array of reviews, or { "reviews": [...] }.')
    }
    return list.map((item, index) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) {
        throw new Error(`Review ${index + 1} of the JSON import is not an object.`)
      }
      return Object.fromEntries(
        Object.entries(item as Record<string, unknown>).flatMap(([key, value]) => {
          const column = columnOf(key)
          if (!column || value === null || value === undefined) {
            return []
          }
          if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
            throw new Error(`Review ${index + 1}: "${key}" must be text or a number.`)
          }
          return [[column, String(value)]]
        }),
      )
    })
  }
  const [header, ...rows] = parseCsv(text)
  if (!header) {
    throw new Error('The CSV file is empty.')
  }
  const columns = header.map(columnOf)
  if (!columns.includes('text') && !columns.includes('url')) {
    throw new Error(
      `The CSV header names none of the review columns (${Object.keys(columnNames).join(', ')}).`,
    )
  }
  return rows.map((cells) =>
    Object.fromEntries(
      columns.flatMap((column, index) => (column ? [[column, (cells[index] ?? '').trim()]] : [])),
    ),
  )
}
