/**
 * The one internal entry: what the project's own dev app (dev/) and tests (test/) use of the
 * plugin beyond its public exports (seed data, the id and query checks the dev server's request
 * guard shares with the plugin, test hooks into the job system). It is not part of the package:
 * nothing here is in `package.json` `exports`, and any of it may change in any release.
 * `npm run lint` refuses an import from dev/ or test/ into src/ other than this file, src/index.ts
 * and src/exports/.
 */

// Seed content and its builders.
export { article } from './seed/data/article.js'
export { faqs } from './seed/data/faqs.js'
export { sampleGalleries, samplePractitioner, sampleTestimonials } from './seed/data/samples.js'
export { topics } from './seed/data/topics.js'
export { articleBody } from './seed/articleBody.js'
export { document, paragraph } from './seed/lexical.js'
export { placeholderPng, pngFile } from './seed/placeholderImage.js'

// Content rules the benchmark's generated documents follow.
export { type ClinicRelationship, disclosureText } from './collections/Testimonials/disclosure.js'
export {
  anchorHeadings,
  type LexicalState,
  readingMinutes,
  tableOfContents,
} from './fields/lexicalContent.js'
export { forever } from './privacy/imageVisibilityFields.js'

// Pure logic, tested on its own (test/unit/).
export {
  type ConsentTerms,
  consentEnd,
  consentStatus,
  hasSignatureEvidence,
} from './consent/consentStatus.js'
export { withinRule } from './privacy/readRule.js'
export { requestState, requestStateNames } from './hardening/requestState.js'
export { rateLimitAddress } from './submissions/clientIp.js'

// The checks the dev server's request guard shares with the plugin.
export { type IdShape, idShapeOf, isPossibleId } from './hardening/possibleId.js'
export { isOrderKey } from './hardening/orderKey.js'
export { sqlTableKey } from './hardening/sqlTableKey.js'
export { containsNot } from './hardening/notLikeFix.js'
export { backgroundWork } from './hardening/backgroundWork.js'
export { describeQueryProblems, joinsProblems, whereProblems } from './hardening/whereProblems.js'
export { type ClinicT, clinicT } from './translations/translated.js'
export { translations } from './translations/index.js'

// Hooks for tests into the plugin's state and job system.
export { databaseHealth } from './hardening/databaseHealth.js'
export { isBusyError } from './hardening/databaseErrors.js'
export { takeOverLapsedJobs } from './hardening/jobLeases.js'
export { sweepOrphanFiles } from './hardening/sweepOrphanFiles.js'
export { ownerTag as journalFileTag } from './hardening/fileJournal.js'
export { pluginOptions } from './options/optionsKey.js'
export { webhookQueue } from './options/webhookQueue.js'
export { whenChangesCommit } from './webhooks/sendNow.js'
export { signatureFor, signatureHeader } from './webhooks/signature.js'
