/**
 * A small LRU by weight (bytes, roughly), so a long session in the worker keeps the shards it
 * reuses without growing without bound. Values may be promises: concurrent requests share one fetch.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private weight = 0;

  constructor(private readonly maxWeight: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, weight: number): void {
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.weight -= old.weight;
      this.entries.delete(key);
    }
    this.entries.set(key, { value, weight });
    this.weight += weight;
    for (const [k, e] of this.entries) {
      if (this.weight <= this.maxWeight || this.entries.size === 1) break;
      this.entries.delete(k);
      this.weight -= e.weight;
    }
  }

  /** Re-weighs an entry once its real size is known (after the fetch resolves). */
  reweigh(key: string, weight: number): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.weight += weight - entry.weight;
    entry.weight = weight;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.weight -= entry.weight;
  }
}
