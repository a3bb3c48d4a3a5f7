import { article } from './data/article.js'
import { bulletList, document, heading, paragraph } from './lexical.js'

/**
 * The seeded article's body as Lexical: its introduction, then each section as an `h2` with its
 * paragraphs and its bulleted list. `sections` narrows it to some of them (the benchmark's
 * shorter bodies).
 */
export const articleBody = (sections: typeof article.sections = article.sections) =>
  document([
    ...article.intro.map((text) => paragraph(text)),
    ...sections.flatMap((section) => [
      heading('h2', section.heading),
      ...section.paragraphs.map((text) => paragraph(text)),
      ...(section.bullets
        ? [
            bulletList(
              section.bullets.map(({ lead, text }) => [
                { bold: true, text: lead },
                { text: ` ${text}` },
              ]),
            ),
          ]
        : []),
    ]),
  ])
