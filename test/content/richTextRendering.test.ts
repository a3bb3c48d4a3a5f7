import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { build } from 'esbuild'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { richTextHTML } from '../../src/exports/html.js'
import {
  anchorHeadings,
  headingAnchorHTMLConverters,
  headingAnchorJSXConverters,
  richTextToHTML,
} from '../../src/exports/richtext.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * The seeded article rendered as a site renders it, with Payload's own HTML and React renderers
 * and the converters of `payload-plugin-smp-clinic/richtext`: every heading has the id its table
 * of contents entry links to.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: 'onInit' } })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const headingIds = (html: string) =>
  [...html.matchAll(/<h[1-6]\b([^>]*)>/g)].map(
    (match) => /\bid="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? null,
  )

const seededArticle = async () => {
  const { body } = await server.anonymous.get(
    '/api/articles?where[slug][equals]=scalp-micropigmentation-a-solution-for-hair-loss&depth=0',
  )
  expect(body.docs).toHaveLength(1)
  return body.docs[0]
}

test('every renderer gives each heading the anchor of its table-of-contents entry', async () => {
  const article = await seededArticle()
  const anchors = (article.tableOfContents as { anchor: string }[]).map(({ anchor }) => anchor)
  expect(anchors.length).toBeGreaterThanOrEqual(15)
  expect(new Set(anchors).size).toBe(anchors.length)

  const html = convertLexicalToHTML({ converters: headingAnchorHTMLConverters, data: article.body })
  const react = renderToStaticMarkup(
    createElement(RichText, { converters: headingAnchorJSXConverters, data: article.body }),
  )
  for (const [name, output] of [
    ['html', html],
    ['react', react],
    ['richTextToHTML', richTextToHTML(article.body)],
  ] as const) {
    expect([name, headingIds(output)]).toEqual([name, anchors])
  }
  // The example in docs/FRONTEND.md.
  expect(richTextToHTML(article.body)).toContain('<h2 id="1-what-is-scalp-micropigmentation">')
  // Payload's renderers alone give no ids: the converters are what makes the links work.
  expect(headingIds(convertLexicalToHTML({ data: article.body })).every((id) => id === null)).toBe(
    true,
  )
})

test('anchors are rewritten on every save, whatever a client sends', async () => {
  const heading = (anchor: string, text: string) => ({
    anchor,
    children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
    direction: 'ltr',
    format: '',
    indent: 0,
    tag: 'h2',
    type: 'heading',
    version: 1,
  })
  const body = {
    root: {
      children: [
        heading('"><script>alert(1)</script>', 'Aftercare'),
        heading('x', 'Aftercare'),
        heading('', 'Scar camouflage: what to expect'),
      ],
      direction: 'ltr',
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  }
  const { body: created, status } = await server.admin.rest('POST', '/api/articles?draft=true', {
    body,
    title: 'Anchored headings',
  })
  expect(status).toBe(201)
  const stored = created.doc.body.root.children.map((node: { anchor: string }) => node.anchor)
  expect(stored).toEqual(['aftercare', 'aftercare-2', 'scar-camouflage-what-to-expect'])
  expect(created.doc.tableOfContents.map(({ anchor }: { anchor: string }) => anchor)).toEqual(
    stored,
  )
  // Content stored before anchors were kept renders the same, and a forged anchor never does.
  const unanchored = structuredClone(body)
  expect(headingIds(richTextToHTML(unanchored))).toEqual(stored)
  expect(
    headingIds(
      convertLexicalToHTML({ converters: headingAnchorHTMLConverters, data: body as never }),
    ),
  ).toEqual([null, 'x', null])
  expect(anchorHeadings(structuredClone(body)).root.children.map((node) => node.anchor)).toEqual(
    stored,
  )
})

test('the richtext entry carries no server code: neither Payload’s server nor Next.js', async () => {
  const { metafile } = await build({
    bundle: true,
    conditions: ['smp-clinic-source'],
    entryPoints: [path.join(root, 'src/exports/richtext.ts')],
    format: 'esm',
    logLevel: 'silent',
    metafile: true,
    platform: 'browser',
    write: false,
  })
  const inputs = Object.keys(metafile.inputs)
  expect(inputs.some((input) => input.includes('src/exports/richtext.ts'))).toBe(true)
  const server = inputs.filter(
    (input) =>
      /node_modules\/next\//.test(input) ||
      /node_modules\/payload\/dist\/index\.js$/.test(input) ||
      /node_modules\/(drizzle-orm|@payloadcms\/db-|sharp|express)\//.test(input),
  )
  expect(server).toEqual([])
})

test('repeated and very long headings still get unique anchors every renderer writes', async () => {
  const text = (value: string) => ({
    detail: 0,
    format: 0,
    mode: 'normal',
    style: '',
    text: value,
    type: 'text',
    version: 1,
  })
  const heading = (value: string) => ({
    children: [text(value)],
    direction: 'ltr',
    format: '',
    indent: 0,
    tag: 'h2',
    type: 'heading',
    version: 1,
  })
  const titles = ['Intro', 'Intro', 'Intro-2', 'Intro 2', 'word '.repeat(60), 'x'.repeat(250)]
  const { body, status } = await server.admin.rest('POST', '/api/articles', {
    _status: 'published',
    body: {
      root: {
        children: titles.map(heading),
        direction: 'ltr',
        format: '',
        indent: 0,
        type: 'root',
        version: 1,
      },
    },
    title: 'Repeated headings',
  })
  expect(status).toBe(201)
  const anchors = body.doc.tableOfContents.map((entry: { anchor: string }) => entry.anchor)
  expect(new Set(anchors).size).toBe(titles.length)
  for (const html of [
    richTextToHTML(body.doc.body),
    convertLexicalToHTML({ converters: headingAnchorHTMLConverters, data: body.doc.body }),
    renderToStaticMarkup(
      createElement(RichText, { converters: headingAnchorJSXConverters, data: body.doc.body }),
    ),
  ]) {
    expect(headingIds(html)).toEqual(anchors)
  }
})

test('only numbered lists number their items: a bullet list has no <li value> in any renderer', () => {
  const item = (text: string, value: number) => ({
    children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'listitem',
    value,
    version: 1,
  })
  const list = (listType: 'bullet' | 'number') => ({
    children: [item('First', 1), item('Second', 2)],
    direction: 'ltr',
    format: '',
    indent: 0,
    listType,
    start: 1,
    tag: listType === 'number' ? 'ol' : 'ul',
    type: 'list',
    version: 1,
  })
  const state = {
    root: {
      children: [list('bullet'), list('number')],
      direction: 'ltr',
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  }
  const react = renderToStaticMarkup(
    createElement(RichText, {
      converters: headingAnchorJSXConverters,
      data: state as unknown as Parameters<typeof RichText>[0]['data'],
    }),
  )
  for (const output of [richTextToHTML(state as never), react]) {
    const [bullets, numbers] = [/<ul[^>]*>.*?<\/ul>/s, /<ol[^>]*>.*?<\/ol>/s].map(
      (pattern) => pattern.exec(output)?.[0] ?? '',
    )
    expect(bullets).toContain('First')
    expect(bullets).not.toMatch(/<li[^>]*\svalue=/)
    expect(numbers?.match(/<li[^>]*\svalue="\d"/g)).toHaveLength(2)
  }
})

/**
 * What a page shows of some HTML: its text, entities read, white space collapsed.
 */
const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()

test('the dependency-free HTML renderer writes what Payload’s writes, headings anchored', async () => {
  const article = await seededArticle()
  const anchors = (article.tableOfContents as { anchor: string }[]).map(({ anchor }) => anchor)
  const html = richTextHTML(article.body)
  expect(headingIds(html)).toEqual(anchors)
  const payloads = convertLexicalToHTML({
    converters: headingAnchorHTMLConverters,
    data: article.body,
  })
  expect(visibleText(html)).toBe(visibleText(payloads))
  expect(html).not.toMatch(/<ul\b[^>]*>(?:(?!<\/ul>).)*<li[^>]*\svalue=/s)
})

test('the HTML renderer is alone when bundled: nothing from React, Lexical or Payload', async () => {
  const { metafile, outputFiles } = await build({
    bundle: true,
    conditions: ['smp-clinic-source'],
    entryPoints: [path.join(root, 'src/exports/html.ts')],
    format: 'esm',
    logLevel: 'silent',
    metafile: true,
    platform: 'neutral',
    write: false,
  })
  const inputs = Object.keys(metafile.inputs)
  expect(inputs.filter((input) => input.includes('node_modules'))).toEqual([])
  expect(inputs.every((input) => input.startsWith('src/'))).toBe(true)
  expect(outputFiles[0]!.text).not.toMatch(/\bimport\b|\brequire\(/)
})

test('the HTML renderer escapes every text and keeps only safe link addresses', () => {
  const text = (value: string, format = 0) => ({ format, text: value, type: 'text' })
  const link = (fields: Record<string, unknown>, label: string) => ({
    children: [text(label)],
    fields,
    type: 'link',
  })
  const state = {
    root: {
      children: [
        {
          children: [
            text('<img src=x onerror=alert(1)> & "quotes"', 1),
            link({ linkType: 'custom', url: 'javascript:alert(1)' }, 'bad'),
            link(
              { linkType: 'custom', newTab: true, url: 'https://example.com/a?b=1&c="2"' },
              'good',
            ),
            link({ linkType: 'custom', url: '//evil.example' }, 'protocol-relative'),
            link(
              {
                doc: { relationTo: 'articles', value: { slug: 'aftercare' } },
                linkType: 'internal',
              },
              'internal',
            ),
          ],
          type: 'paragraph',
        },
        {
          type: 'upload',
          value: {
            alt: 'A "quoted" alt',
            height: 390,
            mimeType: 'image/png',
            url: '/api/media/file/a.png',
            width: 520,
          },
        },
        { type: 'upload', value: { url: 'javascript:alert(1)' } },
      ],
      type: 'root',
    },
  }
  const html = richTextHTML(state as never, {
    internalHref: (doc) => `/articles/${(doc.value as { slug: string }).slug}`,
  })
  expect(html).toBe(
    '<p><strong>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</strong>bad' +
      '<a href="https://example.com/a?b=1&amp;c=%222%22" target="_blank" rel="noopener noreferrer">good</a>' +
      'protocol-relative<a href="/articles/aftercare">internal</a></p>' +
      '<img src="/api/media/file/a.png" alt="A &quot;quoted&quot; alt" width="520" height="390" loading="lazy">',
  )
  expect(richTextHTML(null)).toBe('')
})
