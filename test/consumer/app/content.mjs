// What the consumer apps write as an editor or a client would: a one-paragraph Lexical document
// and a client's signed consent, copied into each app beside its scripts.

/** A one-paragraph Lexical document, as the editor saves it. */
export const words = (text) => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        version: 1,
      },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

/** A consent a client signed electronically yesterday, for the website. */
export const signedConsent = (subject, extra = {}) => ({
  electronicSignature: { ipAddress: '203.0.113.7', userAgent: 'consumer-app' },
  faceDisplay: 'shown',
  formVersion: '2026-01',
  nameDisplay: 'full',
  scopes: ['website'],
  signatureMethod: 'electronic',
  signedAt: new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString(),
  signer: { authority: 'client', name: subject },
  subject,
  ...extra,
})
