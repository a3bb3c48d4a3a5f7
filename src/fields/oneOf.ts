import type { Validate } from 'payload'

/**
 * Validation for a select that has a default: Payload's `required` would make the field non-null
 * in GraphQL input types, forcing API clients to send a value the server fills anyway. This
 * refuses a missing or unknown value instead.
 */
export const oneOf =
  (options: { value: string }[], message: string): Validate =>
  (value: unknown) =>
    typeof value === 'string' && options.some((option) => option.value === value) ? true : message
