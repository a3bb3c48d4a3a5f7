import type { Payload } from 'payload'

export const devAdmin = {
  email: process.env.ADMIN_EMAIL || 'admin@smp-clinic.local',
  password: process.env.ADMIN_PASSWORD || 'change-me-please',
}

/**
 * Creates the first admin user on a fresh database, so a newcomer can log in straight away.
 */
export const ensureFirstUser = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs === 0) {
    await payload.create({ collection: 'users', data: { ...devAdmin, name: 'Clinic admin' } })
    payload.logger.info(`Created the first user ${devAdmin.email}`)
  }
}
