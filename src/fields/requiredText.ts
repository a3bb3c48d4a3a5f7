import type { TextField } from 'payload'

/**
 * A text field that must hold something other than white space: Payload's `required` accepts
 * "   ", which would let a record pass with nothing in it.
 */
export const requiredText = (name: string, label: string, description?: string): TextField => ({
  name,
  type: 'text',
  ...(description ? { admin: { description } } : {}),
  label,
  required: true,
  validate: (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' ? true : `Enter the ${label.toLowerCase()}.`,
})
