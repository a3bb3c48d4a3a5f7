import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { link, mkdir, readdir, readFile, unlink, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { journalFileTag, sweepOrphanFiles } from '../../src/internal.js'
import { png } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Every write of an upload collection journals its files before it touches them, so a write that
 * fails, or a process killed in the middle of one, leaves the upload folder agreeing with the
 * database once the sweep has run: no file no document names, no document without its files.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: false } })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

const mediaDir = () => path.join(server.uploadsDir, 'media')
const journalDir = () => path.join(mediaDir(), '.smp-pending')
const onDisk = async () =>
  (await readdir(mediaDir()).catch(() => [] as string[])).filter((name) => !name.startsWith('.'))

/**
 * The id of a process that has ended.
 */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!

/**
 * A journal entry as a process writes it before a write, here for one that died before finishing.
 */
const abandonedEntry = async (
  files: { created?: string[]; kept?: { link: string; name: string }[] },
  owner = { host: hostname(), pid: deadPid(), start: '1' },
) => {
  await mkdir(journalDir(), { recursive: true })
  const id = `test-${Math.random().toString(36).slice(2)}`
  await writeFile(
    path.join(journalDir(), `${id}.json`),
    JSON.stringify({
      at: Date.now(),
      collection: 'media',
      created: [],
      kept: [],
      id,
      owner,
      ...files,
    }),
  )
  return id
}

const namesOf = (doc: { filename: string; sizes: Record<string, { filename: null | string }> }) =>
  [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename)].filter(
    (name): name is string => typeof name === 'string',
  )

const upload = async (alt = 'Journal test') => {
  const { body, status } = await server.admin.upload('media', png(), { alt })
  expect(status).toBe(201)
  return body.doc as {
    filename: string
    id: number
    sizes: Record<string, { filename: string }>
    url: string
  }
}

test('a killed upload’s files, written but never stored, are removed by the next sweep', async () => {
  const before = await onDisk()
  const image = await readFile(path.join(mediaDir(), before[0] ?? (await upload()).filename))
  await writeFile(path.join(mediaDir(), 'killed-upload.png'), image)
  await writeFile(path.join(mediaDir(), 'killed-upload-480x360.png'), image)
  await abandonedEntry({ created: ['killed-upload.png', 'killed-upload-480x360.png'] })
  const result = await sweepOrphanFiles(server.payload)
  expect(result).toMatchObject({ abandonedWrites: 1, removed: 2 })
  expect(await onDisk()).not.toEqual(expect.arrayContaining(['killed-upload.png']))
  expect(existsSync(journalDir())).toBe(false)
})

test('files of a write that was stored before its process died are kept', async () => {
  const doc = await upload('Stored, then killed before the journal was tidied')
  const names = namesOf(doc)
  await abandonedEntry({ created: names })
  await sweepOrphanFiles(server.payload)
  expect(await onDisk()).toEqual(expect.arrayContaining(names))
  expect((await server.anonymous.fetch(doc.url)).status).not.toBe(404)
})

test('a replacement killed after Payload deleted the old file puts the old file back', async () => {
  const doc = await upload('Replaced, then killed')
  await mkdir(journalDir(), { recursive: true })
  await link(path.join(mediaDir(), doc.filename), path.join(journalDir(), 'kept.0.keep'))
  // What Payload does before the new document is stored.
  await unlink(path.join(mediaDir(), doc.filename))
  await abandonedEntry({ kept: [{ link: 'kept.0.keep', name: doc.filename }] })
  const result = await sweepOrphanFiles(server.payload)
  expect(result.restored).toBe(1)
  expect(await onDisk()).toContain(doc.filename)
})

test('a write under way in a running process is left alone', async () => {
  await writeFile(path.join(mediaDir(), 'in-flight.png'), 'not yet stored')
  const id = await abandonedEntry(
    { created: ['in-flight.png'] },
    // This very process: alive.
    { host: hostname(), pid: process.pid, start: '' },
  )
  await sweepOrphanFiles(server.payload)
  expect(await onDisk()).toContain('in-flight.png')
  await unlink(path.join(journalDir(), `${id}.json`))
  await unlink(path.join(mediaDir(), 'in-flight.png'))
})

test('a link or a half-written entry of a process that is gone is removed at once; a running one’s is left', async () => {
  const doc = await upload('Linked by a write that died before its entry')
  await mkdir(journalDir(), { recursive: true })
  const gone = journalFileTag({ host: hostname(), pid: deadPid(), start: '1' })
  const running = journalFileTag({ host: hostname(), pid: process.pid, start: undefined })
  await link(path.join(mediaDir(), doc.filename), path.join(journalDir(), `${gone}a.0.keep`))
  await writeFile(path.join(journalDir(), `${gone}b.json.tmp`), '{"at":')
  await link(path.join(mediaDir(), doc.filename), path.join(journalDir(), `${running}c.0.keep`))
  await sweepOrphanFiles(server.payload)
  expect(await readdir(journalDir())).toEqual([`${running}c.0.keep`])
  await unlink(path.join(journalDir(), `${running}c.0.keep`))
  await sweepOrphanFiles(server.payload)
  expect(existsSync(journalDir())).toBe(false)
  expect(await onDisk()).toContain(doc.filename)
})

test('a file no journal speaks for and no document names is removed once it is a minute old', async () => {
  await writeFile(path.join(mediaDir(), 'stray-old.png'), 'x')
  await writeFile(path.join(mediaDir(), 'stray-new.png'), 'x')
  const twoMinutesAgo = new Date(Date.now() - 120_000)
  await utimes(path.join(mediaDir(), 'stray-old.png'), twoMinutesAgo, twoMinutesAgo)
  await sweepOrphanFiles(server.payload)
  expect(await onDisk()).not.toContain('stray-old.png')
  expect(await onDisk()).toContain('stray-new.png')
  await unlink(path.join(mediaDir(), 'stray-new.png'))
})

test('an upload whose transaction is rolled back (Local API, no afterError hook) leaves no file', async () => {
  const before = await onDisk()
  const req = await createLocalReq({}, server.payload)
  await initTransaction(req)
  await server.payload.create({
    collection: 'media',
    data: { alt: 'Rolled back' },
    file: { ...png(), name: 'rolled-back.png', mimetype: 'image/png', size: png().data.length },
    req,
  })
  expect(await onDisk()).toContain('rolled-back.png')
  await killTransaction(req)
  expect(await onDisk()).toEqual(before)
})

test('an upload committed through the Local API keeps its files and leaves no journal', async () => {
  const req = await createLocalReq({}, server.payload)
  await initTransaction(req)
  const doc = await server.payload.create({
    collection: 'media',
    data: { alt: 'Committed' },
    file: { ...png(), name: 'committed.png', mimetype: 'image/png', size: png().data.length },
    req,
  })
  await commitTransaction(req)
  expect(await onDisk()).toContain(doc.filename)
  expect(existsSync(journalDir())).toBe(false)
})

test('a replacement refused after Payload deleted the old files keeps the document’s files on disk', async () => {
  const doc = await upload('About to be replaced')
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(png('sparse').data)], { type: 'image/png' }),
    'new.png',
  )
  // Alt text is required: the update fails after Payload has removed the old files.
  form.append('_payload', JSON.stringify({ alt: '' }))
  const response = await fetch(`${server.url}/api/media/${doc.id}`, {
    body: form,
    headers: server.admin.headers(),
    method: 'PATCH',
  })
  expect(response.status).toBe(400)
  const names = namesOf(doc)
  expect(await onDisk()).toEqual(expect.arrayContaining(names))
  expect((await server.admin.fetch(doc.url)).status).toBe(200)
  expect(await onDisk()).not.toEqual(expect.arrayContaining(['new.png']))
})

test('the journal is not served as a file, and only editors may sweep on demand', async () => {
  await mkdir(journalDir(), { recursive: true })
  await writeFile(path.join(journalDir(), 'x.json'), '{}')
  for (const name of ['.smp-pending', '.smp-pending%2Fx.json']) {
    expect((await server.admin.fetch(`/api/media/file/${name}`)).status).toBe(404)
  }
  expect((await server.anonymous.rest('POST', '/api/smp-clinic/sweep-files')).status).toBe(403)
  const swept = await server.admin.rest('POST', '/api/smp-clinic/sweep-files')
  expect(swept.status).toBe(200)
  expect(swept.body).toEqual({ abandonedWrites: 0, removed: expect.any(Number), restored: 0 })
})

test('a name Payload would store as a hidden file (`.png`, a Windows reserved name) gets a visible one', async () => {
  for (const [name, expected] of [
    ['.png', /^upload(-\d+)?\.png$/],
    ['con.png', /^upload-con(-\d+)?\.png$/],
    ['NUL.png', /^upload-NUL(-\d+)?\.png$/],
  ] as const) {
    const { body, status } = await server.admin.upload('media', { ...png(), name }, { alt: name })
    expect([name, status]).toEqual([name, 201])
    expect(body.doc.filename).toMatch(expected)
    expect(await onDisk()).toContain(body.doc.filename)
    expect((await server.admin.fetch(body.doc.url)).status).toBe(200)
  }
})
