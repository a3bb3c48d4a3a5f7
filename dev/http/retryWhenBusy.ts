/**
 * Runs a write again when the database answered "busy" (503): a Postgres deadlock or
 * serialization failure between concurrent writes, or a SQLite write that waited too long. The
 * plugin's transactions roll such a write back entirely, so sending it again is safe, and a
 * client making an ordinary request should not have to. After `attempts` more tries the 503
 * (with `Retry-After`) goes to the client.
 */
export const retryWhenBusy = async (
  send: () => Promise<Response>,
  attempts: number,
): Promise<Response> => {
  let response = await send()
  for (let attempt = 1; response.status === 503 && attempt <= attempts; attempt++) {
    await response.body?.cancel()
    // Spread out, so two writes that deadlocked do not meet again at the same moment.
    await new Promise((resolve) => setTimeout(resolve, attempt * 40 + Math.random() * 60))
    response = await send()
  }
  return response
}
