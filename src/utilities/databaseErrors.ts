const causes = function* (error: unknown) {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    yield cause as { code?: unknown; message?: unknown; name?: unknown; status?: unknown }
    cause = (cause as { cause?: unknown }).cause
  }
}

/**
 * Whether an error was caused by a value the client sent rather than by the server: a malformed
 * percent-encoding Payload decodes, or a value the database refuses for its column type
 * (Postgres data exceptions, SQLSTATE class 22; values SQLite's driver cannot bind; MongoDB
 * casts). Payload passes such values through in a few places and answers 500.
 */
export const isClientValueError = (error: unknown): boolean => {
  for (const { code, message, name } of causes(error)) {
    if (name === 'URIError' || name === 'CastError' || name === 'BSONError') {
      return true
    }
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) {
      return true
    }
    if (
      typeof message === 'string' &&
      /Only finite numbers .* can be passed as arguments|cannot be passed as argument to the database/.test(
        message,
      )
    ) {
      return true
    }
  }
  return false
}

/**
 * Whether the database refused because it is locked by other writes (SQLite's busy and locked
 * codes; Postgres serialization failures, deadlocks and lock timeouts): a retry will succeed.
 */
export const isBusyError = (error: unknown): boolean => {
  for (const { code, status } of causes(error)) {
    if (status === 503) {
      return true
    }
    if (
      typeof code === 'string' &&
      ['40001', '40P01', '55P03', 'SQLITE_BUSY', 'SQLITE_LOCKED'].includes(code)
    ) {
      return true
    }
  }
  return false
}
