/**
 * A bounded memo for the answers of pure functions, by a string key: the engine meets the same
 * sentence again and again (a sentence is read for each sentence whose attribution window holds
 * it, and a page repeats itself), and gives the same answer each time. Oldest first out, so a
 * long page costs at most `limit` entries.
 */
export class Memo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The answer kept for `key`, or `compute()`'s, kept. */
  get(key: string, compute: () => V): V {
    const known = this.entries.get(key);
    if (known !== undefined || this.entries.has(key)) return known as V;
    const value = compute();
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, value);
    return value;
  }
}
