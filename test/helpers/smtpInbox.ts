import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { html: string; subject: string; text: string; to: string[] }

export type SmtpInbox = {
  close: () => Promise<void>
  /**
   * Every message received so far.
   */
  messages: ReceivedMail[]
  /**
   * When set, the server refuses every message with this SMTP reply (a mail server that is down
   * for the clinic).
   */
  refuse: null | string
  /**
   * The newest message to `address`, waiting up to 10 s for it.
   */
  to: (address: string) => Promise<ReceivedMail>
  url: string
}

/**
 * A real SMTP server on loopback (the `smtp-server` package) that keeps what it receives, parsed
 * as a mail client would: the app sends to it through its ordinary e-mail adapter.
 */
export const startSmtpInbox = async (): Promise<SmtpInbox> => {
  const inbox: SmtpInbox = {
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
    messages: [],
    refuse: null,
    to: async (address) => {
      const deadline = Date.now() + 10_000
      for (;;) {
        const found = inbox.messages.filter((message) => message.to.includes(address)).at(-1)
        if (found) {
          return found
        }
        if (Date.now() > deadline) {
          throw new Error(`no e-mail reached ${address}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    url: '',
  }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      if (inbox.refuse) {
        stream.resume()
        callback(new Error(inbox.refuse))
        return
      }
      simpleParser(stream)
        .then((mail) => {
          inbox.messages.push({
            html: typeof mail.html === 'string' ? mail.html : '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            to: session.envelope.rcptTo.map(({ address }) => address),
          })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  inbox.url = `smtp://127.0.0.1:${port}`
  return inbox
}
