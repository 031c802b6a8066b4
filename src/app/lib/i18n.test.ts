import { afterEach, describe, expect, it } from "vitest";
import { CATALOGUE_PARTS } from "../../../lingui.config";
import "@/app/locales/parts/search";
import { formatIssueDate, formatMonth, pageLabel } from "./format-date";
import { currentLocale, t } from "./i18n";
import { setLocale } from "./i18n-english";

type Catalogue = Record<string, string>;
const files: Record<string, Catalogue> = import.meta.glob("/src/app/locales/**/*.json", {
  eager: true,
  import: "default",
});
const read = (file: string) => files[`/src/app/locales/${file}`]!;
/** The catalogue's files: the first view's and each part's, in both languages. */
const catalogues: { name: string; zh: Catalogue; en: Catalogue }[] = [
  { name: "first view", zh: read("zh.json"), en: read("en.json") },
  ...Object.keys(CATALOGUE_PARTS).map((part) => ({
    name: part,
    zh: read(`parts/${part}/zh.json`),
    en: read(`parts/${part}/en.json`),
  })),
];

/** The app's source files (tests aside), by path from the project's root. */
function appSources(): Map<string, string> {
  const sources: Record<string, string> = import.meta.glob(["/src/app/**/*.{ts,tsx}", "!**/*.test.{ts,tsx}"], {
    eager: true,
    query: "?raw",
    import: "default",
  });
  return new Map(Object.entries(sources).map(([path, text]) => [path.slice(1), text]));
}

/** The `{name}` placeholders of an ICU message (plural arguments included). */
const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)[,}]/gu)]
    .map((m) => m[1])
    .filter((name, i, all) => all.indexOf(name) === i)
    .sort();

describe("the interface catalogue", () => {
  it("has every Chinese message in English, with the same placeholders", () => {
    for (const { name, zh, en } of catalogues) {
      expect(Object.keys(en).sort(), name).toEqual(Object.keys(zh).sort());
      for (const [id, message] of Object.entries(zh)) expect(placeholders(en[id]!), id).toEqual(placeholders(message));
    }
  });
  it("has no Chinese in the English messages", () => {
    for (const { name, en } of catalogues) {
      const chinese = Object.entries(en).filter(([, message]) => /\p{Script=Han}/u.test(message));
      expect(chinese, name).toEqual([]);
    }
  });
  it("has each id in one file only", () => {
    const ids = catalogues.flatMap(({ zh }) => Object.keys(zh));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it("has each part's messages shown only by the code that loads them", () => {
    const sources = appSources();
    for (const [part, files] of Object.entries(CATALOGUE_PARTS)) {
      const { zh } = catalogues.find((c) => c.name === part)!;
      for (const file of files) expect(sources.get(file), file).toContain(`@/app/locales/parts/${part}`);
      for (const id of Object.keys(zh)) {
        const users = [...sources].filter(([, text]) => text.includes(`"${id}"`)).map(([path]) => path);
        expect(users.length, id).toBeGreaterThan(0);
        expect(
          users.filter((path) => !(files as readonly string[]).includes(path)),
          id,
        ).toEqual([]);
      }
    }
  });
});

describe("t", () => {
  afterEach(() => setLocale("zh"));

  it("fills placeholders and plurals in the active language", async () => {
    expect(t("search.found", { count: 3 })).toBe("找到 3 篇文章");
    await setLocale("en");
    expect(currentLocale()).toBe("en");
    expect(t("search.found", { count: 1 })).toBe("Found 1 article");
    expect(t("search.found", { count: 3 })).toBe("Found 3 articles");
    await setLocale("zh");
    expect(t("layout.today")).toBe("今日");
  });

  it("loads a part's English with it, and a part installed before English when English is chosen", async () => {
    // The search part was installed (imported above) while Chinese was active.
    expect(t("search.more")).toBe("显示更多结果");
    await setLocale("en");
    expect(t("search.more")).toBe("Show more results");
    // A part installed while English is active shows English at once.
    await import("@/app/locales/parts/read-aloud");
    expect(t("readAloud.pause")).toBe("Pause");
    await setLocale("zh");
    expect(t("readAloud.pause")).toBe("暂停");
  });

  it("formats dates and page labels in the interface's language", async () => {
    await setLocale("en");
    expect(formatIssueDate({ date: "1998-01-01", dateApproximate: false })).toBe("January 1, 1998 Thursday");
    expect(formatIssueDate({ date: "2023-02-26", dateApproximate: true })).toBe("about February 26, 2023");
    expect(formatMonth("1998-01")).toBe("January 1998");
    expect(pageLabel({ no: 1, name: "要闻" })).toBe("Page 1 · 要闻");
  });
});
