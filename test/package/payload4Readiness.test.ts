import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig, Config } from 'payload'

import { smpClinicPlugin } from '../../src/index.js'
import { scanSource } from '../helpers/payload4Scanner.js'

/**
 * Payload 4 removes or changes APIs this plugin could use on Payload 3; the plugin stays on 3.x
 * and avoids them now, so the upgrade is a version bump. This test fails as soon as one appears.
 */
const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src')
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(path.join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [path.join(dir, entry.name)]
        : [],
  )
// The one place that picks Payload 3's or Payload 4's name for a server-side request.
const allowed: Record<string, string[]> = {
  'hardening/localRequest.ts': ['removed API createLocalReq'],
  // Payload 3's slug helper where it exists, Payload 4's slug field type where it does not.
  'fields/slug.ts': ['removed API slugField'],
}

test('src/ uses none of the APIs Payload 4 removes, and spells out what Payload 4 changes', () => {
  const findings = files(src).flatMap((file) => {
    const relative = path.relative(src, file)
    return scanSource(file, readFileSync(file, 'utf8'), allowed[relative]).map(
      (finding) => `${relative}:${finding.line} ${finding.rule}: ${finding.text}`,
    )
  })
  expect(findings).toEqual([])
})

test('the scan finds each of those APIs when they are there', () => {
  const offending = `
    import { useRouter } from 'next/navigation'
    import Link from 'next/link'
    import { DefaultTemplate } from '@payloadcms/next/templates'
    export { RenderServerComponent } from '@payloadcms/next/rsc'
    import { createLocalReq } from 'payload'
    import { getEntityPermissions } from 'payload/internal'
    const row = slugField({ useAsSlug: 'title' })
    const component = '@payloadcms/next/client#SomeField'
    const collection = { slug: 'posts', forceSelect: { title: true }, fields: [
      { name: 'related', type: 'relationship', relationTo: 'posts', hasMany: true, min: 1, max: 3 },
      { name: 'photo', type: 'upload', relationTo: 'media', hasMany: true, max: 3 },
    ] }
    const task = { slug: 'notify', handler: async () => { return { state: 'succeeded' } } }
    const other = { slug: 'other', handler: async () => ({ state: 'failed' }) }
    const quoted = { 'forceSelect': { title: true } }
    import { useParams } from 'next/navigation.js'
    import { DefaultListView } from '@payloadcms/next/views'
    const read = async () => {
      await payload.find({ collection: 'posts' })
      await req.payload.findByID({ collection: 'posts', id: 1, overrideAccess: false })
      await req.payload.count({ collection: 'posts', depth: 0 })
      await payload.find({ collection: 'posts', depth: undefined, overrideAccess: true })
      await payload.update(args)
      await payload.jobs.queue({ task: 'notify', input: {} })
    }
  `
  const rules = scanSource('offending.ts', offending).map((finding) => finding.rule)
  expect(rules.sort()).toEqual(
    [
      'removed import',
      'removed import',
      'removed import',
      'removed import',
      'removed import',
      'removed API createLocalReq',
      'private Payload API',
      'removed API slugField',
      'removed API forceSelect',
      'min/max on a relationship field',
      'min/max on a relationship field',
      'task handler returning state',
      'task handler returning state',
      'removed API forceSelect',
      'removed import',
      'removed import',
      'Local API call without depth',
      'Local API call without overrideAccess',
      'Local API call without depth',
      'Local API call without depth',
      'Local API call without overrideAccess',
      'Local API call without an object literal',
      'Local API call without overrideAccess',
    ].sort(),
  )
})

test('every collection the plugin adds sets versions explicitly, and readVersions with them', async () => {
  // Payload 4 turns versions on by default and lets version reads fall back to `read`.
  const plugin = smpClinicPlugin({ seed: false })
  const config = await plugin({
    collections: [{ slug: 'users', auth: true, fields: [] }],
    secret: 'payload-4-readiness',
  } as unknown as Config)
  const added = (config.collections ?? []).filter(
    (collection: CollectionConfig) => collection.slug !== 'users',
  )
  expect(added.length).toBeGreaterThan(5)
  for (const collection of added) {
    expect({ slug: collection.slug, versions: collection.versions !== undefined }).toEqual({
      slug: collection.slug,
      versions: true,
    })
    if (collection.versions) {
      expect({
        slug: collection.slug,
        readVersions: typeof collection.access?.readVersions,
      }).toEqual({ slug: collection.slug, readVersions: 'function' })
    }
  }
})
