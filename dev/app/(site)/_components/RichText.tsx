import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import { anchorHeadings, headingAnchorJSXConverters } from 'payload-plugin-smp-clinic/richtext'

type LexicalData = Parameters<typeof LexicalRichText>[0]['data']

const isLexical = (value: unknown): value is LexicalData =>
  typeof value === 'object' && value !== null && 'root' in value

/**
 * Rich text from the API (`unknown` in the generated types until checked here), every heading
 * carrying the `id` its table of contents links to.
 */
export const RichText = ({ className, data }: { className?: string; data: unknown }) =>
  isLexical(data) ? (
    <LexicalRichText
      className={className}
      converters={headingAnchorJSXConverters}
      data={anchorHeadings(data as Parameters<typeof anchorHeadings>[0]) as LexicalData}
    />
  ) : null
