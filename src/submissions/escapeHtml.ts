/**
 * Text made safe inside HTML, in an element or a quoted attribute (the e-mails and the link pages).
 */
export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
