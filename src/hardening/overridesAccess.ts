/**
 * Whether an operation runs with access control overridden (a trusted server call), as a
 * `beforeOperation` hook learns it. Payload gives hooks `overrideAccess` in later 3.x releases;
 * earlier ones (3.59, the lowest the plugin supports) give it only in the operation's own
 * arguments, so a Local API read with `overrideAccess: true` would otherwise look like a
 * visitor's.
 */
export const overridesAccess = ({
  args,
  overrideAccess,
}: {
  args?: unknown
  overrideAccess?: boolean
}): boolean =>
  overrideAccess ?? Boolean((args as { overrideAccess?: unknown } | undefined)?.overrideAccess)
