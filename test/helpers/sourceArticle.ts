import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The source article the seed was transcribed from. Tests compare the seeded content against it
 * (never against the seed's own data). It sits beside the repository, not in it.
 */
const sourcePath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/source/scalp-micropigmentation-article.txt',
)

export type SourceArticle = {
  faqs: { answer: string; question: string }[]
  sections: { heading: string; text: string }[]
}

export const readSourceArticle = (): null | SourceArticle => {
  if (!existsSync(sourcePath)) {
    return null
  }
  const lines = readFileSync(sourcePath, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  // Numbered lines are section headings up to "15. Conclusion"; after it they are FAQ questions.
  const conclusion = lines.findIndex((line) => /^15\.\s/.test(line))
  const sections: SourceArticle['sections'] = []
  const faqs: SourceArticle['faqs'] = []
  lines.forEach((line, index) => {
    if (!/^\d+\.\s/.test(line)) {
      return
    }
    if (index <= conclusion) {
      sections.push({ heading: line, text: lines[index + 1] ?? '' })
    } else {
      faqs.push({ answer: lines[index + 1] ?? '', question: line.replace(/^\d+\.\s+/, '') })
    }
  })
  return { faqs, sections }
}
