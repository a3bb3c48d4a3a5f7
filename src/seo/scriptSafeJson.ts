/**
 * JSON that can sit inside `<script type="application/ld+json">` as it is: `<`, `>` and `&` (so
 * no `</script>` or comment can close the tag early) and the two line separators JavaScript does
 * not allow in strings are written as `\u` escapes, which every JSON parser reads back unchanged.
 */
export const scriptSafeJson = (value: unknown): string =>
  JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
