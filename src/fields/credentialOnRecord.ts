/**
 * Whether a practitioner has a credential on record: a licensed physician, a stated
 * qualification or a named certification. A medical review by someone with none of these is not
 * one a page may claim.
 */
export const credentialOnRecord = (practitioner: Record<string, unknown>): boolean => {
  const { certifications, credentials, licensedPhysician } = practitioner
  return (
    licensedPhysician === true ||
    (typeof credentials === 'string' && credentials.trim() !== '') ||
    (Array.isArray(certifications) &&
      certifications.some(
        (certification) =>
          typeof (certification as { name?: unknown })?.name === 'string' &&
          (certification as { name: string }).name.trim() !== '',
      ))
  )
}
