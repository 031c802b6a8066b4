/**
 * A map of bundle files read when first asked for, for the prerender: it knows every file's name
 * (so `has`, `keys` and `size` read nothing) and reads a file only when a page's render (or the
 * route table listing the pages) asks for it. The names are given, or a function that gives them
 * when they are first needed (a step that never looks at the map never lists them). The last
 * `keep` files read are kept, so memory is bounded whatever the archive holds; a file asked for
 * again after that is read again.
 */
export class LazyFileMap<T> extends Map<string, T> {
  private known: ReadonlySet<string> | undefined;
  private readonly recent = new Map<string, T>();

  constructor(
    private readonly listed: Iterable<string> | (() => Iterable<string>),
    private readonly load: (name: string) => T,
    private readonly keep = DEFAULT_KEEP,
  ) {
    super();
    if (typeof listed !== "function") this.known = new Set(listed);
  }

  private get names(): ReadonlySet<string> {
    if (this.known === undefined && typeof this.listed === "function") this.known = new Set(this.listed());
    return this.known!;
  }

  override get(name: string): T | undefined {
    const known = this.recent.get(name);
    if (known !== undefined) {
      // Most recently used last.
      this.recent.delete(name);
      this.recent.set(name, known);
      return known;
    }
    if (!this.names.has(name)) return undefined;
    const value = this.load(name);
    this.recent.set(name, value);
    if (this.recent.size > this.keep) this.recent.delete(this.recent.keys().next().value!);
    return value;
  }

  override has(name: string): boolean {
    return this.names.has(name);
  }

  override get size(): number {
    return this.names.size;
  }

  override keys(): MapIterator<string> {
    return this.names.values();
  }

  override *values(): MapIterator<T> {
    for (const name of this.names) yield this.get(name)!;
  }

  override *entries(): MapIterator<[string, T]> {
    for (const name of this.names) yield [name, this.get(name)!];
  }

  override [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }

  override forEach(callback: (value: T, key: string, map: Map<string, T>) => void, thisArg?: unknown): void {
    for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this);
  }

  override set(): this {
    throw new Error("a LazyFileMap is read-only: its files are the bundle's");
  }

  override delete(): boolean {
    throw new Error("a LazyFileMap is read-only: its files are the bundle's");
  }

  override clear(): void {
    throw new Error("a LazyFileMap is read-only: its files are the bundle's");
  }
}

/** Files kept read: a day's issues and their neighbours, a page's people shards, with room to spare. */
export const DEFAULT_KEEP = 256;
