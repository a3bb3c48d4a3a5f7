/**
 * The two outside structured-data tools the site is judged with ship JavaScript only; these are
 * the parts of their interfaces the tests call.
 */
declare module '@marbec/web-auto-extractor' {
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: boolean | string[] })
    parse(html: string): unknown
  }
}

declare module '@adobe/structured-data-validator' {
  export default class Validator {
    constructor(schemaOrgJson?: unknown)
    validate(
      extracted: unknown,
    ): Promise<
      { fieldNames?: string[]; issueMessage: string; rootType: string; severity: string }[]
    >
  }
}
