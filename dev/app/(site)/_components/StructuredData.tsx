/**
 * The plugin's `jsonLd`: already escaped for a script element by the API (`<`, `>`, `&` and line
 * separators as `\u` escapes), so it is written as it came.
 */
export const StructuredData = ({ jsonLd }: { jsonLd: null | string | undefined }) =>
  jsonLd ? <script dangerouslySetInnerHTML={{ __html: jsonLd }} type="application/ld+json" /> : null
