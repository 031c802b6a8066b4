import { describe, expect, it } from "vitest";
import { interfaceLocale } from "./language-settings";
import { DEFAULT_SETTINGS, readStoredSettings, writeStoredSettings } from "./stored-settings";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe("stored settings", () => {
  it("round-trips the script and interface language with the other settings", () => {
    const storage = memoryStorage();
    const settings = { fontSize: 3, theme: "dark", script: "hk", locale: "en", pageView: "text" } as const;
    writeStoredSettings(storage, settings);
    expect(readStoredSettings(storage)).toEqual(settings);
    writeStoredSettings(storage, { ...settings, script: null, locale: null });
    expect(readStoredSettings(storage)).toEqual({ ...settings, script: null, locale: null });
  });
  it("ignores values it does not know", () => {
    const storage = memoryStorage();
    storage.setItem("folio.script", "cyrillic");
    storage.setItem("folio.locale", "fr");
    storage.setItem("folio.pageView", "scroll");
    expect(readStoredSettings(storage)).toEqual(DEFAULT_SETTINGS);
  });
  it("chooses the interface language by the browser's, unless the reader chose", () => {
    expect(interfaceLocale(null, ["en-GB", "zh-CN"])).toBe("en");
    expect(interfaceLocale(null, ["fr", "zh-TW", "en"])).toBe("zh");
    expect(interfaceLocale(null, ["fr"])).toBe("zh");
    expect(interfaceLocale("zh", ["en-US"])).toBe("zh");
  });
});
