/**
 * For a site that receives the plugin's webhooks: signature checking, with no Payload code.
 */
export { signatureHeader, verifyWebhook } from '../webhooks/signature.js'
export type { SmpWebhookBody } from '../webhooks/body.js'
