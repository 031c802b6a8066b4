import { createHash } from "node:crypto";
import { FIXED_NAME_TYPES } from "../../src/bundle/data-files";
import { LazyFileMap } from "./lazy-files";

/**
 * Which data a prerendered page is made from, found by watching what its render reads. Every bundle
 * file in the prerender's bundle (an object whose `type` is `folio/…`) is wrapped; generic over the
 * bundle's layout: it walks the containers (Maps and plain objects) the bundle holds them in. A
 * Map's files are wrapped when first read (the Map may read its files lazily: `lazy-files.ts`), and
 * a dependency on a content-hashed file is checked by its name alone, without reading the file.
 *
 * Two grains, by the file's kind:
 * - a content file (an issue, a people shard, the people index) is one dependency (a content-hashed
 *   name is its own digest): reading any of it makes the page depend on all of it;
 * - a file with a fixed name (`FIXED_NAME_TYPES`: the manifest, a year file, the people directory:
 *   they say where the others are, and change with every new issue) is tracked value by value: the page depends on the
 *   values it read, at the places it read them. A new day appended to its year file, or the
 *   manifest's latest issue moving on, then leaves the pages of other days alone.
 *
 * The value grain is sound for any code: every own property read records its path and what was
 * there (a value, or only that an object or array was there); an array's `length` read records the
 * exact length, except inside `find`/`findIndex`/`some`, which stop at the first match: a scan that
 * matched at k needs only the elements up to k and that the array is longer than k (a day appended
 * after k changes nothing it saw). Reading past the end records that nothing was there, so the last
 * day's page depends on the day after it appearing. A property descriptor read depends on the whole
 * value below it.
 */
export interface ReadLog {
  /** The dependencies of the render in progress (ids, see `compact`). */
  current: Set<string>;
}

export interface TrackedBundle<B> {
  bundle: B;
  log: ReadLog;
  /** The digest of one dependency by its id, or undefined when this build has no such file. */
  digest(id: string): string | undefined;
  /** A render's dependencies as the page state keeps them: sorted, runs of indices as ranges. */
  compact(ids: Iterable<string>): string[];
  /**
   * A digest of a whole file by its id (`fileOfDep`), or undefined when this build has no such
   * file: while it is the same, so is every value read in it. A content-hashed name is its own; a
   * file the memo keeps a stamp for (a people shard: its size and mtime) that stamp, without
   * reading it (both `isWholeOnly`); any other file a hash of its content.
   */
  fileDigest(fileId: string): string | undefined;
}

/** The file a dependency (an id of `trackReads`) is in. */
export function fileOfDep(id: string): string {
  const at = id.indexOf(AT);
  return at === -1 ? id : id.slice(0, at);
}

/**
 * True for a `fileDigest` that says only whether the file is as it was, not how its values are:
 * a content-hashed name, or the memo's stamp of the file (its size and mtime).
 */
export function isWholeOnly(digest: string): boolean {
  return digest.startsWith(STAMP) || digest.startsWith(NAME);
}
const STAMP = "stamp ";
const NAME = "name ";

/** A content-hashed bundle file name (`….<12 hex>.json`): the name already says what it holds. */
const HASHED_NAME = /\.[0-9a-f]{12}\.json$/u;
/** Separates a file's id from the path of a value read in it. */
const AT = "#";

/**
 * A step of a value's path: a property name, a range of array indices (`{ from, to }`, after
 * `compact`), or "the array is longer than n" (`{ longer }`).
 */
type Step = string | { from: number; to: number } | { longer: number };

/**
 * Digests kept from an earlier build for the files in the bundle's Maps, by the file's key in its
 * Map (`shard-memo.ts`: for a shard as it was, the digests of the values pages read in it), so that
 * checking an unchanged page does not read its file again.
 */
export interface DigestMemo {
  digest(file: string, id: string): string | undefined;
  noteDigest(file: string, id: string, digest: string): void;
  /** A stamp of the file as it is (a rewritten file has another), if the memo keeps its digests. */
  stamp?(file: string): string | undefined;
}

export function trackReads<B extends object>(bundle: B, memo?: DigestMemo): TrackedBundle<B> {
  const log: ReadLog = { current: new Set() };
  const files = new Map<string, object>();
  const digests = new Map<string, string | undefined>();
  const fileDigests = new Map<string, string | undefined>();

  const wrapWhole = (value: object, id: string): object => {
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
      getOwnPropertyDescriptor(target, key) {
        record();
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
  };

  const wrapValues = (root: object, id: string): object => {
    const proxies = new WeakMap<object, object>();
    const record = (path: readonly Step[]) => log.current.add(`${id}${AT}${JSON.stringify(path)}`);
    const wrap = (target: object, path: readonly Step[]): object => {
      const known = proxies.get(target);
      if (known !== undefined) return known;
      const scan =
        (method: "find" | "findIndex" | "some") =>
        (predicate: (value: unknown, index: number, array: unknown) => unknown, thisArg?: unknown) => {
          const array = target as unknown[];
          const self = proxy as unknown[];
          // The scan reads the length itself, unrecorded: what it depends on is recorded below.
          for (let i = 0; i < array.length; i++) {
            const value = self[i];
            if (predicate.call(thisArg, value, i, self)) {
              record([...path, { longer: i }]);
              return method === "find" ? value : method === "findIndex" ? i : true;
            }
          }
          record([...path, "length"]);
          return method === "find" ? undefined : method === "findIndex" ? -1 : false;
        };
      const proxy: object = new Proxy(target, {
        get(t, key, receiver) {
          const value = Reflect.get(t, key, receiver) as unknown;
          if (typeof key !== "string") return value;
          if (Array.isArray(t) && (key === "find" || key === "findIndex" || key === "some")) return scan(key);
          // The array's methods and other inherited functions are code, not data.
          if (typeof value === "function" && !Object.hasOwn(t, key)) return value;
          record([...path, key]);
          return typeof value === "object" && value !== null ? wrap(value, [...path, key]) : value;
        },
        has(t, key) {
          if (typeof key === "string") record([...path, key]);
          return Reflect.has(t, key);
        },
        ownKeys(t) {
          record([...path, "*keys"]);
          return Reflect.ownKeys(t);
        },
        getOwnPropertyDescriptor(t, key) {
          if (typeof key === "string") record([...path, key, "*all"]);
          return Reflect.getOwnPropertyDescriptor(t, key);
        },
      });
      proxies.set(target, proxy);
      return proxy;
    };
    return wrap(root, []);
  };

  /** The Maps of files found in the bundle, by their path: a file in one is resolved when a digest needs it. */
  const maps: [string, Map<unknown, unknown>][] = [];

  const walk = (value: unknown, path: string): unknown => {
    if (value instanceof Map) {
      const map = value as Map<unknown, unknown>;
      maps.push([path, map]);
      const keys = new Map([...map.keys()].map((key) => [String(key), key]));
      return new LazyFileMap(keys.keys(), (key) => wrapFile(map.get(keys.get(key)), `${path}/${key}`));
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    if (isDataFile(value)) {
      files.set(path, value);
      return wrapFile(value, path);
    }
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner, `${path}/${key}`)]));
  };

  const wrapFile = (value: unknown, path: string): unknown => {
    if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Map) return value;
    if (!isDataFile(value)) return walk(value, path);
    return byValue(value) ? wrapValues(value, path) : wrapWhole(value, path);
  };

  /** A file by its id: one walked at once, or one in a Map (hashed names only checked to be there). */
  const fileOf = (fileId: string, needed: boolean): object | "there" | undefined => {
    const known = files.get(fileId);
    if (known !== undefined) return known;
    for (const [path, map] of maps) {
      if (!fileId.startsWith(`${path}/`)) continue;
      const key = fileId.slice(path.length + 1);
      // The bundle's Maps are keyed by file name.
      if (!map.has(key)) continue;
      if (!needed) return "there";
      const value = map.get(key);
      return typeof value === "object" && value !== null ? value : undefined;
    }
    return undefined;
  };

  /** The key of a file in one of the bundle's Maps (its name), found without reading it. */
  const mapKeyOf = (fileId: string): string | undefined => {
    for (const [path, map] of maps) {
      if (!fileId.startsWith(`${path}/`)) continue;
      const key = fileId.slice(path.length + 1);
      if (map.has(key)) return key;
    }
    return undefined;
  };

  return {
    bundle: walk(bundle, "") as B,
    log,
    digest(id) {
      if (digests.has(id)) return digests.get(id);
      const at = id.indexOf(AT);
      const fileId = at === -1 ? id : id.slice(0, at);
      // A content-hashed file read whole: its name is its digest; it only has to be in this build.
      const byName = at === -1 && HASHED_NAME.test(fileId);
      const inMap = byName ? undefined : mapKeyOf(fileId);
      const kept = inMap === undefined ? undefined : memo?.digest(inMap, id);
      if (kept !== undefined) {
        digests.set(id, kept);
        return kept;
      }
      const file = fileOf(fileId, !byName);
      let digest: string | undefined;
      if (file === undefined) digest = undefined;
      else if (byName) digest = fileId.slice(fileId.lastIndexOf("/") + 1);
      else if (file === "there") digest = undefined;
      else if (at !== -1 && byValue(file)) digest = hashOf(valuesAt(file, JSON.parse(id.slice(at + 1)) as Step[]));
      else if (HASHED_NAME.test(fileId)) digest = fileId.slice(fileId.lastIndexOf("/") + 1);
      else digest = hashOf(JSON.stringify(file));
      digests.set(id, digest);
      if (inMap !== undefined && digest !== undefined) memo?.noteDigest(inMap, id, digest);
      return digest;
    },
    compact: compactIds,
    fileDigest(fileId) {
      if (fileDigests.has(fileId)) return fileDigests.get(fileId);
      let digest: string | undefined;
      if (HASHED_NAME.test(fileId)) {
        digest =
          fileOf(fileId, false) === undefined ? undefined : `${NAME}${fileId.slice(fileId.lastIndexOf("/") + 1)}`;
      } else {
        const inMap = mapKeyOf(fileId);
        const stamp = inMap === undefined ? undefined : memo?.stamp?.(inMap);
        if (stamp !== undefined) digest = `${STAMP}${stamp}`;
        else {
          const file = fileOf(fileId, true);
          digest = typeof file === "object" ? hashOf(JSON.stringify(file)) : undefined;
        }
      }
      fileDigests.set(fileId, digest);
      return digest;
    },
  };
}

/**
 * What a path leads to in a file, as text: a value as JSON, `{}`/`[]` for an object or array (its
 * contents are other paths), `*keys` an object's keys, `*all` the whole value below.
 */
function valuesAt(root: unknown, path: readonly Step[]): string {
  const out: string[] = [];
  const visit = (value: unknown, at: number): void => {
    if (at === path.length) {
      out.push(shape(value));
      return;
    }
    const step = path[at]!;
    if (typeof step === "object") {
      const array: unknown[] = Array.isArray(value) ? value : [];
      if ("longer" in step) {
        out.push(String(array.length > step.longer));
        return;
      }
      for (let i = step.from; i <= step.to; i++)
        visit(Array.isArray(value) ? array[i] : child(value, String(i)), at + 1);
      return;
    }
    if (step === "*keys")
      out.push(JSON.stringify(typeof value === "object" && value !== null ? Object.keys(value) : null));
    else if (step === "*all") out.push(JSON.stringify(value) ?? "undefined");
    else if (step === "length" && Array.isArray(value)) out.push(String(value.length));
    else visit(child(value, step), at + 1);
  };
  visit(root, 0);
  return out.join("\n");
}

function child(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function shape(value: unknown): string {
  if (Array.isArray(value)) return "[]";
  if (typeof value === "object" && value !== null) return "{}";
  return JSON.stringify(value) ?? "undefined";
}

function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/**
 * Sorted ids, with the paths that differ only in their last array index merged into one path with
 * a range of indices (a scan up to the 200th day of a year is a few ids, not a thousand).
 */
export function compactIds(ids: Iterable<string>): string[] {
  const plain: string[] = [];
  const runs = new Map<string, { head: Step[]; tail: Step[]; indices: number[] }>();
  for (const id of ids) {
    const at = id.indexOf(AT);
    const path = at === -1 ? null : (JSON.parse(id.slice(at + 1)) as Step[]);
    const index = path === null ? -1 : path.findLastIndex((s) => typeof s === "string" && /^(?:0|[1-9]\d*)$/u.test(s));
    if (path === null || index === -1) {
      plain.push(id);
      continue;
    }
    const head = path.slice(0, index);
    const tail = path.slice(index + 1);
    const key = `${id.slice(0, at)}${AT}${JSON.stringify(head)}${AT}${JSON.stringify(tail)}`;
    const run = runs.get(key) ?? { head, tail, indices: [] };
    run.indices.push(Number(path[index]));
    runs.set(key, run);
  }
  for (const [key, run] of runs) {
    const fileId = key.slice(0, key.indexOf(AT));
    const indices = [...new Set(run.indices)].sort((a, b) => a - b);
    for (let i = 0; i < indices.length;) {
      let j = i;
      while (j + 1 < indices.length && indices[j + 1] === indices[j]! + 1) j++;
      plain.push(`${fileId}${AT}${JSON.stringify([...run.head, { from: indices[i]!, to: indices[j]! }, ...run.tail])}`);
      i = j + 1;
    }
  }
  return plain.sort();
}

function byValue(file: object): boolean {
  return (FIXED_NAME_TYPES as readonly unknown[]).includes((file as { type?: unknown }).type);
}

function isDataFile(value: object): boolean {
  const type = (value as { type?: unknown }).type;
  return typeof type === "string" && type.startsWith("folio/");
}
