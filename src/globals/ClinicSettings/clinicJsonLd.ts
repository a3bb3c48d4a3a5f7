import type { Field } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { clinicNode, websiteNode } from '../../seo/clinicNode.js'
import { readOnlyJsonLd } from '../../seo/jsonLdField.js'
import { scriptSafeJson } from '../../seo/scriptSafeJson.js'
import { jsonLdDocument } from '../../seo/structuredData.js'

/**
 * The home page's JSON-LD: the site as a `WebSite` published by the clinic, and the clinic as a
 * `MedicalClinic`, from the settings as they are read. Read-only, never stored.
 */
export const clinicJsonLdField = (options: SanitizedSmpClinicOptions): Field =>
  readOnlyJsonLd([
    ({ data }) =>
      scriptSafeJson(
        jsonLdDocument([websiteNode(options, data ?? {}), clinicNode(options, data ?? {})]),
      ),
  ])
