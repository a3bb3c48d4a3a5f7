/**
 * Accepts empty values (use `required` for presence) and absolute http(s) URLs only, so links
 * served to frontends can be rendered without further checks.
 */
export const validateUrl = (value: null | string | undefined): string | true => {
  if (!value) {
    return true
  }
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      return true
    }
  } catch {
    // falls through to the message below
  }
  return 'Enter a full web address starting with https:// (for example https://clinic.example/book).'
}
