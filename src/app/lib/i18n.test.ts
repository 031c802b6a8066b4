import { afterEach, describe, expect, it } from "vitest";
import en from "@/app/locales/en.json";
import zh from "@/app/locales/zh.json";
import { formatIssueDate, formatMonth, pageLabel } from "./format-date";
import { currentLocale, setLocale, t } from "./i18n";

/** The `{name}` placeholders of an ICU message (plural arguments included). */
const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)[,}]/gu)]
    .map((m) => m[1])
    .filter((name, i, all) => all.indexOf(name) === i)
    .sort();

describe("the interface catalogue", () => {
  it("has every Chinese message in English, with the same placeholders", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [id, message] of Object.entries(zh))
      expect(placeholders(en[id as keyof typeof en]), id).toEqual(placeholders(message));
  });
  it("has no Chinese in the English messages", () => {
    const chinese = Object.entries(en).filter(([, message]) => /\p{Script=Han}/u.test(message));
    expect(chinese).toEqual([]);
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

  it("formats dates and page labels in the interface's language", async () => {
    await setLocale("en");
    expect(formatIssueDate({ date: "1998-01-01", dateApproximate: false })).toBe("January 1, 1998 Thursday");
    expect(formatIssueDate({ date: "2023-02-26", dateApproximate: true })).toBe("about February 26, 2023");
    expect(formatMonth("1998-01")).toBe("January 1998");
    expect(pageLabel({ no: 1, name: "要闻" })).toBe("Page 1 · 要闻");
  });
});
