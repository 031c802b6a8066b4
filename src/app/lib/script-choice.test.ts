import { describe, expect, it } from "vitest";
import { scriptFromParam, scriptOfLanguages, scriptParam, sharedLink } from "./script-choice";

describe("script choice", () => {
  it("reads ?script= as links write it", () => {
    expect(scriptFromParam("hant")).toBe("tw");
    expect(scriptFromParam("hant-tw")).toBe("tw");
    expect(scriptFromParam("Hant-HK")).toBe("hk");
    expect(scriptFromParam("hans")).toBe("hans");
    expect(scriptFromParam("klingon")).toBeNull();
    expect(scriptFromParam(null)).toBeNull();
    for (const choice of ["tw", "hk"] as const) expect(scriptFromParam(scriptParam(choice))).toBe(choice);
  });
  it("adds ?script= to a shared link only for traditional", () => {
    expect(sharedLink("https://x.org/a/1/", "hans")).toBe("https://x.org/a/1/");
    expect(sharedLink("https://x.org/a/1/", "tw")).toBe("https://x.org/a/1/?script=hant");
    expect(sharedLink("https://x.org/a/1/?q=1", "hk")).toBe("https://x.org/a/1/?q=1&script=hant-hk");
  });
  it("follows the browser's Chinese", () => {
    expect(scriptOfLanguages(["zh-TW", "en"])).toBe("tw");
    expect(scriptOfLanguages(["en", "zh-HK"])).toBe("hk");
    expect(scriptOfLanguages(["zh-Hant"])).toBe("tw");
    expect(scriptOfLanguages(["zh-CN", "zh-TW"])).toBe("hans");
    expect(scriptOfLanguages(["en-US"])).toBe("hans");
  });
});
