/**
 * A map bounded in bytes: storing past the bound drops the least recently used entries first.
 * `sizeOf` says what an entry costs (its body, its headers and its key).
 */
export class ByteLru<V> {
  bytes = 0
  evictions = 0
  private readonly entries = new Map<string, { size: number; value: V }>()

  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (key: string, value: V) => number,
  ) {}

  get size() {
    return this.entries.size
  }

  clear() {
    this.entries.clear()
    this.bytes = 0
  }

  delete(key: string) {
    const found = this.entries.get(key)
    if (found) {
      this.entries.delete(key)
      this.bytes -= found.size
    }
  }

  /**
   * The entry under `key`, made the most recently used.
   */
  get(key: string): V | undefined {
    const found = this.entries.get(key)
    if (!found) {
      return undefined
    }
    this.entries.delete(key)
    this.entries.set(key, found)
    return found.value
  }

  /**
   * Stores an entry; one larger than the whole bound is not stored. Returns whether it was.
   */
  set(key: string, value: V): boolean {
    const size = this.sizeOf(key, value)
    this.delete(key)
    if (size > this.maxBytes) {
      return false
    }
    this.entries.set(key, { size, value })
    this.bytes += size
    for (const [oldest, { size: oldSize }] of this.entries) {
      if (this.bytes <= this.maxBytes) {
        break
      }
      this.entries.delete(oldest)
      this.bytes -= oldSize
      this.evictions++
    }
    return true
  }
}
