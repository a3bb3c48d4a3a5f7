/**
 * Where the host's import map finds the plugin's admin components: client components through the
 * package's `client` export, server components through `rsc`.
 */
export const clientComponent = (name: string): string => `payload-plugin-smp-clinic/client#${name}`

export const serverComponent = (name: string): string => `payload-plugin-smp-clinic/rsc#${name}`
