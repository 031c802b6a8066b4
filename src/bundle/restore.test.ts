import { describe, expect, it } from "vitest";
import { BUNDLE_VERSION } from "./schema";
import { BundleError, restoreIssue, restoreManifest } from "./restore";

const manifest = { type: "folio/manifest", version: BUNDLE_VERSION, papers: [] };

describe("restore", () => {
  it("accepts a valid current file", () => {
    expect(restoreManifest(manifest)).toEqual(manifest);
  });
  it("refuses a file from a newer Folio and says which version", () => {
    const error = (() => {
      try {
        restoreManifest({ ...manifest, version: BUNDLE_VERSION + 1 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(BundleError);
    expect(error).toMatchObject({ kind: "newer-version", fileVersion: BUNDLE_VERSION + 1 });
    expect((error as Error).message).toContain(`version ${BUNDLE_VERSION + 1}`);
  });
  it("refuses the wrong kind of file", () => {
    expect(() => restoreIssue(manifest)).toThrow(/expected a folio\/issue file, got "folio\/manifest"/);
    expect(() => restoreIssue([1])).toThrow(/got an array/);
    expect(() => restoreIssue("x")).toThrow(/got string/);
  });
  it("names the failing field of an invalid file", () => {
    expect(() => restoreManifest({ ...manifest, papers: [{ id: "Bad Id" }] })).toThrow(/papers\[0\]\.id|papers.0.id/);
  });
  it("refuses a missing or bad version", () => {
    expect(() => restoreManifest({ type: "folio/manifest" })).toThrow(/no valid schema version/);
    expect(() => restoreManifest({ ...manifest, version: 0 })).toThrow(/no valid schema version/);
  });
});
