import type { EmailAdapter } from 'payload'

import nodemailer from 'nodemailer'

/**
 * The dev app's e-mail: SMTP to the server named by `SMTP_URL` (e.g. `smtp://127.0.0.1:2525`, or
 * `smtps://user:pass@smtp.example.com`), from `EMAIL_FROM`. Payload's own adapter package is not
 * published at this Payload version, so the app sends through nodemailer directly; the plugin
 * only calls `payload.sendEmail`.
 */
export const smtpEmail =
  (url: string, from = 'SMP Clinic <no-reply@example-clinic.com>'): EmailAdapter =>
  () => {
    const transport = nodemailer.createTransport(url)
    const [, name = '', address = from] = /^(?:(.*?)\s*<)?([^<>]+?)>?$/.exec(from) ?? []
    return {
      defaultFromAddress: address,
      defaultFromName: name,
      name: 'smtp',
      sendEmail: async (message) =>
        transport.sendMail({ ...message, from: message.from ?? { address, name } }),
    }
  }
