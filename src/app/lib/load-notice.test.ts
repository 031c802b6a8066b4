import { describe, expect, it } from "vitest";
import { BundleError } from "@/bundle/restore";
import { BundleFetchError } from "./fetch-bundle";
import { describeLoadError, isNotFound } from "./load-notice";

describe("load-notice", () => {
  it("tells a page that is not there from a page whose data failed", () => {
    // A 404 as the router keeps it after a loader threw `data(…, { status: 404 })`.
    const errorResponse = { status: 404, statusText: "Not Found", internal: false, data: "没有这一期" };
    expect(isNotFound({ content: errorResponse })).toBe(true);
    expect(isNotFound({ content: new BundleFetchError("/data/x.json", 503, "/data/x.json answered HTTP 503") })).toBe(
      false,
    );
    expect(isNotFound({ a: errorResponse, b: new Error("corrupt") })).toBe(false);
  });

  it("says which file failed and how", () => {
    const described = describeLoadError(new BundleFetchError("/data/i.json", 200, "/data/i.json is not valid JSON"));
    expect(described).toEqual({ text: "载入页面数据时出错（/data/i.json is not valid JSON）。", reload: false });
  });

  it("says a bundle too old to upgrade needs a rebuild, not a reload", () => {
    expect(describeLoadError(new BundleError("rebuild-needed", "schema version 1", 1))).toEqual({
      text: expect.stringContaining("folio build 重新生成数据"),
      reload: false,
    });
  });

  it("asks for a reload when the data is newer than the reader", () => {
    expect(describeLoadError(new BundleError("newer-version", "version 99", 99))).toMatchObject({ reload: true });
  });
});
