import type { ApiClient } from '../helpers/apiClient.js'
import { png } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'

type Id = number | string

/**
 * What editors and visitors do while a fault strikes: FAQs published (each sends webhooks),
 * images uploaded, galleries made from two fresh images, and anonymous reads, several at once.
 * Every write answered 2xx is remembered, to be found stored, whole and equal afterwards.
 */
export class Workload {
  /**
   * FAQs answered 201: id → the question sent.
   */
  readonly faqs = new Map<Id, string>()
  readonly galleries = new Map<Id, { after: Id; before: Id }>()
  readonly media = new Set<Id>()
  /**
   * Answers other than 2xx, 4xx and 503 (a 500, a timeout, a reset connection while the server
   * was meant to be up), with what they said.
   */
  readonly serverErrors: string[] = []
  /**
   * 4xx answers: the workload sends only valid writes, so each is the server blaming the client
   * for something else (a database away answered as a missing document, say).
   */
  readonly clientErrors: string[] = []
  /**
   * Every answer's status (or `ERR` for no answer), with when it was sent and when it came.
   */
  readonly answers: { sent: number; status: number | 'ERR'; took: number; what: string }[] = []
  private running: Promise<void>[] = []
  private seq = 0
  private stopped = false

  constructor(
    private readonly admin: () => ApiClient,
    private readonly anonymous: () => ApiClient,
    /**
     * Whether a missing answer is expected now (the server is being killed).
     */
    private readonly serverDown: () => boolean = () => false,
  ) {}

  /**
   * Starts the loops: by default every kind of request; `light` leaves out uploads (image
   * resizing takes the CPU, and timing a recovery wants the server's own latency).
   */
  start({ light = false }: { light?: boolean } = {}): void {
    this.stopped = false
    const loops = light
      ? [() => this.publishFaq(), () => this.publishFaq(), () => this.read(), () => this.read()]
      : [
          () => this.publishFaq(),
          () => this.publishFaq(),
          () => this.upload(),
          () => this.makeGallery(),
          () => this.read(),
        ]
    this.running = loops.map(async (step) => {
      while (!this.stopped) {
        await step()
      }
    })
  }

  async stop(): Promise<void> {
    this.stopped = true
    await Promise.all(this.running)
  }

  private async call<T>(
    what: string,
    send: () => Promise<{ body: T; status: number }>,
  ): Promise<{ body: T; status: number } | undefined> {
    const sent = Date.now()
    try {
      const answer = await send()
      this.answers.push({ sent, status: answer.status, took: Date.now() - sent, what })
      if (answer.status >= 400 && answer.status < 500) {
        this.clientErrors.push(
          `${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
        )
      }
      if (answer.status >= 500 && answer.status !== 503) {
        this.serverErrors.push(
          `${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
        )
      }
      return answer
    } catch (error) {
      this.answers.push({ sent, status: 'ERR', took: Date.now() - sent, what })
      if (!this.serverDown()) {
        this.serverErrors.push(
          `${what}: no answer (${(error as Error).cause ?? (error as Error).message})`,
        )
      }
      // The server is away: try again shortly.
      await new Promise((resolve) => setTimeout(resolve, 50))
      return undefined
    }
  }

  private async publishFaq() {
    const question = `Fault question ${++this.seq}?`
    const answer = await this.call('publish an FAQ', () =>
      this.admin().rest('POST', '/api/faqs', {
        _status: 'published',
        answer: richText(`Answer to ${question}`),
        question,
      }),
    )
    if (answer?.status === 201) {
      this.faqs.set(answer.body.doc.id, question)
    }
  }

  private async uploadImage(alt: string): Promise<Id | undefined> {
    const answer = await this.call('upload an image', () =>
      this.admin().upload(
        'media',
        { ...png(this.seq % 2 ? 'dense' : 'sparse'), name: `fault-${this.seq}.png` },
        { alt },
      ),
    )
    if (answer?.status === 201) {
      this.media.add(answer.body.doc.id)
      return answer.body.doc.id
    }
    return undefined
  }

  private async upload() {
    await this.uploadImage(`Fault image ${++this.seq}`)
  }

  private async makeGallery() {
    const before = await this.uploadImage('Before')
    const after = before === undefined ? undefined : await this.uploadImage('After')
    if (before === undefined || after === undefined) {
      return
    }
    const answer = await this.call('make a gallery', () =>
      this.admin().rest('POST', '/api/before-after-galleries', {
        pairs: [{ after, angle: 'front', before }],
        title: `Fault gallery ${++this.seq}`,
        treatmentType: 'hairline',
        unretouchedAttestation: true,
      }),
    )
    if (answer?.status === 201) {
      this.galleries.set(answer.body.doc.id, { after, before })
    }
  }

  private async read() {
    await this.call('read FAQs', () => this.anonymous().get('/api/faqs?limit=5&depth=1'))
  }
}
