import { translatedOptions } from '../../translations/translatedOptions.js'

/**
 * The statements an authorization must make (45 CFR 164.508(c)(2)), each acknowledged by the
 * client on the form: the right to revoke, that treatment does not depend on signing, and that
 * what is published can be shared again by others.
 */
export const authorizationStatements = translatedOptions({
  may_revoke: 'consentStatementMayRevoke',
  treatment_not_conditioned: 'consentStatementTreatmentNotConditioned',
  may_be_redisclosed: 'consentStatementMayBeRedisclosed',
})

/**
 * The consent's field that records each statement (a checkbox of the authorization group).
 */
export const statementField = (value: string): string =>
  value.replace(/_(\w)/g, (_match, letter: string) => letter.toUpperCase())
