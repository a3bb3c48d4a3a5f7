/**
 * The queue the plugin's scheduled task is placed on; run it with `jobs.autoRun`.
 */
export const smpClinicQueue = 'smp-clinic'
