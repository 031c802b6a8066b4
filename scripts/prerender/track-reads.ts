import { createHash } from "node:crypto";

/**
 * Which data files a prerendered page is made from, found by watching what its render reads: every
 * bundle file in the prerender's bundle (an object whose `type` is `folio/…`: the manifest, an issue,
 * the people index, a shard…) is wrapped so that reading any property of it records the file. Generic
 * over the bundle's layout: it walks the containers (Maps and plain objects) the bundle holds them in.
 * A page's dependency key is then its files' digests: a content-hashed file name is its own digest,
 * any other file is hashed once per build.
 */
export interface ReadLog {
  /** The files read by the render in progress (ids as `containerPath/key`). */
  current: Set<string>;
}

export interface TrackedBundle<B> {
  bundle: B;
  log: ReadLog;
  /** The digest of one data file by its id, or undefined when this build has no such file. */
  digest(id: string): string | undefined;
}

/** A content-hashed bundle file name (`….<12 hex>.json`): the name already says what it holds. */
const HASHED_NAME = /\.[0-9a-f]{12}\.json$/u;

export function trackReads<B extends object>(bundle: B): TrackedBundle<B> {
  const log: ReadLog = { current: new Set() };
  const files = new Map<string, object>();
  const digests = new Map<string, string>();

  const wrapFile = (value: object, id: string): object => {
    files.set(id, value);
    const record = () => log.current.add(id);
    return new Proxy(value, {
      get(target, key, receiver) {
        record();
        return Reflect.get(target, key, receiver) as unknown;
      },
      has(target, key) {
        record();
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        record();
        return Reflect.ownKeys(target);
      },
    });
  };

  const walk = (value: unknown, path: string): unknown => {
    if (value instanceof Map) {
      const out = new Map<unknown, unknown>();
      for (const [key, inner] of value as Map<unknown, unknown>) out.set(key, walk(inner, `${path}/${String(key)}`));
      return out;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    if (isDataFile(value)) return wrapFile(value, path);
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner, `${path}/${key}`)]));
  };

  return {
    bundle: walk(bundle, "") as B,
    log,
    digest(id) {
      const cached = digests.get(id);
      if (cached !== undefined) return cached;
      const file = files.get(id);
      if (file === undefined) return undefined;
      const name = id.slice(id.lastIndexOf("/") + 1);
      const digest = HASHED_NAME.test(name)
        ? name
        : createHash("sha256").update(JSON.stringify(file)).digest("hex").slice(0, 16);
      digests.set(id, digest);
      return digest;
    },
  };
}

function isDataFile(value: object): boolean {
  const type = (value as { type?: unknown }).type;
  return typeof type === "string" && type.startsWith("folio/");
}
