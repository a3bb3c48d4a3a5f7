/**
 * The direction of dependencies in src/ (docs/ARCHITECTURE.md draws it), checked by
 * `npm run lint`. Each folder sits in one layer and imports only from layers below it, never
 * from a sibling of its own layer; no module imports itself back through others.
 */
const layers = [
  ['translations', 'generated'],
  ['hardening'],
  ['options'],
  ['consent'],
  ['privacy'],
  ['fields', 'graphql'],
  ['seo'],
  ['webhooks', 'search', 'http', 'admin'],
  ['jobs'],
  ['collections'],
  ['seed'],
  ['plugins'],
]

const folder = (name) => `^src/${name}/`

const layerRules = layers.flatMap((layer, index) => {
  const above = layers.slice(index + 1).flat()
  return layer.map((name) => ({
    name: `${name}-imports-only-below`,
    comment: `src/${name}/ may import only from the layers below it (and src/${name}/ itself).`,
    from: { path: folder(name) },
    severity: 'error',
    to: {
      path: [
        ...above.map(folder),
        ...layer.filter((other) => other !== name).map(folder),
        '^src/(index|internal)\\.ts$',
        '^src/exports/',
      ],
    },
  }))
})

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No module reaches itself again through its imports.',
      from: {},
      severity: 'error',
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'hardening-is-payload-robustness',
      comment:
        'src/hardening/ has its own export (`/hardening`): it knows Payload, not the clinic. It uses the translations for its messages and nothing else of the plugin.',
      from: { path: folder('hardening') },
      severity: 'error',
      to: { path: '^src/', pathNot: ['^src/hardening/', '^src/translations/'] },
    },
    {
      name: 'collections-stand-alone',
      comment:
        'A collection folder does not import another: what they share lives in a lower layer.',
      from: { path: '^src/collections/([^/]+)/' },
      severity: 'error',
      to: { path: '^src/collections/', pathNot: '^src/collections/$1/' },
    },
    {
      name: 'dev-and-test-use-the-entries',
      comment:
        'dev/ and test/ import the package through its public entries (src/index.ts, src/exports/, src/options/types.ts: `/types`) or the one internal entry, src/internal.ts.',
      from: { path: '^(dev|test)/' },
      severity: 'error',
      to: {
        path: '^src/',
        pathNot: [
          '^src/index\\.ts$',
          '^src/exports/',
          '^src/options/types\\.ts$',
          '^src/internal\\.ts$',
        ],
      },
    },
    {
      name: 'src-stands-alone',
      comment: 'The package never reaches into the dev app or the tests.',
      from: { path: '^src/' },
      severity: 'error',
      to: { path: '^(dev|test)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '\\.next/', '^dist/', '^test/\\.doc-examples/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
}
