import * as z from "zod/mini";
import {
  BUNDLE_VERSION,
  issueSchema,
  manifestSchema,
  peopleIndexSchema,
  peopleShardSchema,
  type Issue,
  type Manifest,
  type PeopleIndex,
  type PeopleShard,
} from "./schema";

/**
 * Loading side of the bundle: checks a fetched file's `type` and `version`, upgrades files written
 * by an older Folio (one step per version, pinned by tests), refuses files from a newer Folio with
 * a message saying so, then validates against the schema. Throws `BundleError`; never returns
 * unchecked data.
 */
export type BundleErrorKind = "newer-version" | "wrong-type" | "invalid";

export class BundleError extends Error {
  override name = "BundleError";
  constructor(
    readonly kind: BundleErrorKind,
    message: string,
    readonly fileVersion?: number,
  ) {
    super(message);
  }
}

/** Upgrades from version n to n+1, by n. Version 1 is the first: nothing to upgrade yet. */
const UPGRADES: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {};

export function restoreManifest(data: unknown): Manifest {
  return restore(data, "folio/manifest", manifestSchema);
}

export function restoreIssue(data: unknown): Issue {
  return restore(data, "folio/issue", issueSchema);
}

export function restorePeopleIndex(data: unknown): PeopleIndex {
  return restore(data, "folio/people", peopleIndexSchema);
}

export function restorePeopleShard(data: unknown): PeopleShard {
  return restore(data, "folio/people-shard", peopleShardSchema);
}

function restore<T>(data: unknown, type: string, schema: z.ZodMiniType<T>): T {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new BundleError(
      "wrong-type",
      `expected a ${type} file, got ${Array.isArray(data) ? "an array" : typeof data}`,
    );
  }
  let record = data as Record<string, unknown>;
  if (record.type !== type) {
    throw new BundleError("wrong-type", `expected a ${type} file, got ${JSON.stringify(record.type ?? null)}`);
  }
  const version = record.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new BundleError("invalid", `${type} has no valid schema version (${JSON.stringify(version ?? null)})`);
  }
  if (version > BUNDLE_VERSION) {
    throw new BundleError(
      "newer-version",
      `${type} uses schema version ${version}; this reader knows versions up to ${BUNDLE_VERSION}`,
      version,
    );
  }
  for (let v = version; v < BUNDLE_VERSION; v++) {
    const upgrade = UPGRADES[v];
    if (upgrade === undefined) throw new BundleError("invalid", `no upgrade from ${type} version ${v}`, version);
    record = { ...upgrade(record), version: v + 1 };
  }
  const result = schema.safeParse(record);
  if (!result.success)
    throw new BundleError("invalid", `${type} does not match the schema:\n${z.prettifyError(result.error)}`, version);
  return result.data;
}
