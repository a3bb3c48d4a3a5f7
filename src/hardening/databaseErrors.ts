/**
 * An error and the errors it wraps (`cause`), outermost first, at most five deep.
 */
export const causes = function* (error: unknown) {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    yield cause as { code?: unknown; message?: unknown; name?: unknown; status?: unknown }
    cause = (cause as { cause?: unknown }).cause
  }
}

/**
 * Whether an error was caused by what the client sent rather than by the server: a malformed
 * percent-encoding Payload decodes, a malformed form or JSON field in it, or a value the database refuses for its column type
 * (Postgres data exceptions, SQLSTATE class 22; values SQLite's driver cannot bind; MongoDB
 * casts). Payload passes such values through in a few places and answers 500.
 */
export const isClientValueError = (error: unknown): boolean => {
  for (const { code, message, name } of causes(error)) {
    // SyntaxError: JSON.parse of a form's `_payload` field.
    if (['BSONError', 'CastError', 'SyntaxError', 'URIError'].includes(name as string)) {
      return true
    }
    // The multipart parser's refusals of a malformed form.
    if (
      typeof message === 'string' &&
      /^(Malformed part header|Unexpected end of form|Multipart: Boundary not found|Malformed urlencoded form|Request is not eligible for file upload)/.test(
        message,
      )
    ) {
      return true
    }
    // Postgres data exceptions (class 22), and an operator that does not exist for a column's
    // type (42883): both come from a value or operator in the request.
    if (typeof code === 'string' && (/^22[0-9A-Z]{3}$/.test(code) || code === '42883')) {
      return true
    }
    // A request nested deeply enough to exhaust the stack of whatever copies it.
    if (name === 'RangeError' && typeof message === 'string' && message.includes('call stack')) {
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
 * codes, extended ones included; Postgres serialization failures, deadlocks and lock timeouts):
 * a retry will succeed. libsql reports SQLite's extended codes: a transaction whose first write
 * comes after another connection committed since its first read fails at once with
 * `SQLITE_BUSY_SNAPSHOT`, which waiting cannot cure but a retry does.
 */
export const isBusyError = (error: unknown): boolean => {
  for (const { code, status } of causes(error)) {
    if (status === 503) {
      return true
    }
    if (
      typeof code === 'string' &&
      (['40001', '40P01', '55P03'].includes(code) || /^SQLITE_(BUSY|LOCKED)(_[A-Z]+)?$/.test(code))
    ) {
      return true
    }
  }
  return false
}

/**
 * The status for a write the database refused on a constraint: 409 when it would duplicate a
 * unique value (a list row id taken by another document, say), 400 when it points at a document
 * that does not exist or leaves out a required column; undefined for anything else.
 */
export const constraintStatus = (error: unknown): 400 | 409 | undefined => {
  for (const { code, message } of causes(error)) {
    const text = typeof message === 'string' ? message : ''
    if (code === '23505' || /UNIQUE constraint failed|PRIMARY KEY constraint failed/.test(text)) {
      return 409
    }
    if (
      (typeof code === 'string' && /^23\d{3}$/.test(code)) ||
      /(FOREIGN KEY|NOT NULL|CHECK) constraint failed/.test(text)
    ) {
      return 400
    }
  }
  return undefined
}
