/**
 * The option values that changed spelling so REST and GraphQL use the same word (GraphQL enum
 * values cannot hold a hyphen): `scar-camouflage` became `scar_camouflage`, and so on. The dev
 * app's `option_values_as_graphql_names` migrations rename them where they are stored.
 */
const treatments = ['scar-camouflage', 'alopecia-coverage', 'female-thinning']
const stages = [
  ...['i', 'ii', 'iia', 'iii', 'iiia', 'iii-vertex', 'iv', 'iva', 'v', 'va', 'vi', 'vii'].map(
    (stage) => `norwood-${stage}`,
  ),
  ...['i', 'ii', 'iii'].map((stage) => `ludwig-${stage}`),
]
const channels = ['in-person']

export const newSpelling = (value: string) => value.replace(/-/g, '_')

/**
 * Each stored select column (main and version tables) with the Postgres enum type behind it.
 */
export const storedOptions: {
  column: string
  enumType: string
  table: string
  values: string[]
}[] = (
  [
    ['practitioners_specialties', 'value', treatments],
    ['_practitioners_v_version_specialties', 'value', treatments],
    ['before_after_galleries', 'treatment_type', treatments],
    ['_before_after_galleries_v', 'version_treatment_type', treatments],
    ['before_after_galleries', 'hair_loss_stage', stages],
    ['_before_after_galleries_v', 'version_hair_loss_stage', stages],
    ['testimonials', 'treatment', treatments],
    ['_testimonials_v', 'version_treatment', treatments],
    ['consents', 'revocation_received_via', channels],
    ['_consents_v', 'version_revocation_received_via', channels],
  ] as const
).map(([table, column, values]) => ({
  column,
  // A hasMany select keeps its values in a table of its own, named after the field.
  enumType: column === 'value' ? `enum_${table}` : `enum_${table}_${column}`,
  table,
  values,
}))
