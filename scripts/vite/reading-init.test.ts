import { runInNewContext } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { STORAGE_KEYS } from "../../src/app/features/reading/api/stored-settings";
import { compileReadingInit } from "./reading-init";

/**
 * Runs the built script in a page-like global with the given storage and system theme (a Chinese
 * browser at a plain address unless `page` says otherwise).
 */
function run(
  source: string,
  stored: Record<string, string> | "blocked",
  systemDark = false,
  page: { languages?: string[]; search?: string } = {},
) {
  const dataset: Record<string, string> = {};
  const window = {
    get localStorage() {
      if (stored === "blocked") throw new Error("SecurityError: storage is blocked");
      return { getItem: (key: string) => stored[key] ?? null };
    },
    matchMedia: (query: string) => ({ matches: systemDark && query === "(prefers-color-scheme: dark)" }),
    navigator: { languages: page.languages ?? ["zh-CN"], language: page.languages?.[0] ?? "zh-CN" },
    location: { search: page.search ?? "" },
  };
  runInNewContext(source, { window, document: { documentElement: { dataset } }, URLSearchParams });
  return dataset;
}

describe("reading-init.js, built from the settings' one source", () => {
  let source = "";
  beforeAll(async () => {
    source = await compileReadingInit();
  });
  it("is one small script with no imports", () => {
    expect(source).not.toMatch(/\bimport\b|\bexport\b/u);
    expect(source.length).toBeLessThan(1500);
  });
  it("applies the stored size and theme under the app's storage keys", () => {
    expect(run(source, { [STORAGE_KEYS.fontSize]: "3", [STORAGE_KEYS.theme]: "dark" })).toEqual({
      fontSize: "3",
      theme: "dark",
    });
    expect(run(source, { [STORAGE_KEYS.fontSize]: "0", [STORAGE_KEYS.theme]: "light" }, true)).toEqual({
      fontSize: "0",
      theme: "light",
    });
  });
  it("follows the system theme and the default size when nothing valid is stored", () => {
    expect(run(source, {}, true)).toEqual({ fontSize: "1", theme: "dark" });
    expect(run(source, { [STORAGE_KEYS.fontSize]: "9", [STORAGE_KEYS.theme]: "blue" })).toEqual({
      fontSize: "1",
      theme: "light",
    });
  });
  it("opens a PDF page in its text view when the reader chose it (data-page-view)", () => {
    expect(run(source, { [STORAGE_KEYS.pageView]: "text" })).toEqual({
      fontSize: "1",
      theme: "light",
      pageView: "text",
    });
    expect(run(source, { [STORAGE_KEYS.pageView]: "image" })).toEqual({ fontSize: "1", theme: "light" });
  });
  it("marks a page whose interface will switch to English (data-locale-pending), as the app decides it", () => {
    const english = { fontSize: "1", theme: "light", localePending: "" };
    expect(run(source, {}, false, { languages: ["en-US", "zh-CN"] })).toEqual(english);
    expect(run(source, { [STORAGE_KEYS.locale]: "en" })).toEqual(english);
    expect(run(source, {}, false, { search: "?lang=en" })).toEqual(english);
    expect(run(source, "blocked", false, { languages: ["en-GB"] })).toEqual(english);
    // Chinese: chosen, asked for by the link, or the browser's first language we have.
    expect(run(source, { [STORAGE_KEYS.locale]: "zh" }, false, { languages: ["en-US"] })).toEqual({
      fontSize: "1",
      theme: "light",
    });
    expect(run(source, { [STORAGE_KEYS.locale]: "en" }, false, { search: "?lang=zh" })).toEqual({
      fontSize: "1",
      theme: "light",
    });
    expect(run(source, {}, false, { languages: ["fr", "zh-TW", "en"] })).toEqual({ fontSize: "1", theme: "light" });
  });
  it("falls back to the defaults when storage is blocked", () => {
    expect(run(source, "blocked", false)).toEqual({ fontSize: "1", theme: "light" });
  });
});
