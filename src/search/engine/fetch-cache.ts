import type { FetchBytes } from "../search-types";
import { LruCache } from "./lru-cache";

/**
 * Files of a segmented index, fetched once and kept decoded. The files are immutable, so a cached
 * copy is never stale; a failed fetch is forgotten so that the next query retries it.
 */
export class FetchCache {
  private readonly cache: LruCache<Promise<unknown>>;
  /** Files downloaded since creation: what a query cost. */
  fetchedFiles = 0;
  fetchedBytes = 0;

  constructor(
    private readonly fetchBytes: FetchBytes,
    maxBytes: number,
  ) {
    this.cache = new LruCache(maxBytes);
  }

  has(path: string): boolean {
    return this.cache.get(path) !== undefined;
  }

  /** The decoded file; `decode` runs once per download. Weight: the file's size × `expansion`. */
  get<T>(path: string, decode: (bytes: Uint8Array) => T, expansion = 1): Promise<T> {
    const hit = this.cache.get(path);
    if (hit !== undefined) return hit as Promise<T>;
    const pending = this.fetchBytes(path).then((raw) => {
      const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
      this.fetchedFiles++;
      this.fetchedBytes += bytes.length;
      this.cache.reweigh(path, bytes.length * expansion);
      return decode(bytes);
    });
    pending.catch(() => this.cache.delete(path));
    this.cache.set(path, pending, 0);
    return pending;
  }
}
