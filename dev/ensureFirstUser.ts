import type { Payload } from 'payload'

export const devAdmin = {
  email: process.env.ADMIN_EMAIL || 'admin@smp-clinic.local',
  password: process.env.ADMIN_PASSWORD || 'change-me-please',
}

/**
 * Creates the first admin user on a fresh database, so a newcomer can log in straight away.
 * In production the well-known development password is never used: without ADMIN_PASSWORD the
 * admin panel's own "create first user" page does the job.
 */
export const ensureFirstUser = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) {
    return
  }
  if (process.env.NODE_ENV === 'production' && !process.env.ADMIN_PASSWORD) {
    payload.logger.info(
      `No users yet: open ${payload.config.routes.admin}/create-first-user, or set ADMIN_EMAIL and ADMIN_PASSWORD.`,
    )
    return
  }
  await payload.create({ collection: 'users', data: { ...devAdmin, name: 'Clinic admin' } })
  payload.logger.info(`Created the first user ${devAdmin.email}`)
}
