import { StructuredData } from '../_components/StructuredData.js'
import { readClinic } from '../_lib/clinic.js'

/**
 * The home page's JSON-LD: the site as a `WebSite`, published by the clinic as its settings
 * describe it (`MedicalClinic`).
 */
const HomeHead = async () => <StructuredData jsonLd={(await readClinic())?.jsonLd} />

export default HomeHead
