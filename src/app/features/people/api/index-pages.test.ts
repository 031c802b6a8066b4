import { describe, expect, it } from "vitest";
import type { PersonSummary } from "@/bundle/schema";
import { isPagedByLetter, LETTERS, letterOfSlug, letterSlug, mostMentioned, ONE_PAGE_MAX_PEOPLE } from "./index-pages";

const person = (name: string, articleCount: number): PersonSummary => ({
  name,
  pinyin: "",
  initials: "",
  letter: "A",
  latestRole: null,
  articleCount,
});

describe("people index pages", () => {
  it("pages by letter only above the one-page threshold", () => {
    expect(isPagedByLetter(36)).toBe(false);
    expect(isPagedByLetter(ONE_PAGE_MAX_PEOPLE)).toBe(false);
    expect(isPagedByLetter(ONE_PAGE_MAX_PEOPLE + 1)).toBe(true);
  });

  it("turns every letter into a URL segment and back, and rejects anything else", () => {
    for (const letter of LETTERS) expect(letterOfSlug(letterSlug(letter))).toBe(letter);
    expect(letterSlug("#")).toBe("other");
    expect(letterSlug("L")).toBe("l");
    for (const slug of ["L", "#", "ab", "", "%23", "Other"]) expect(letterOfSlug(slug)).toBeNull();
  });

  it("lists the most mentioned first, ties in index order", () => {
    const people = [person("甲", 1), person("乙", 5), person("丙", 5), person("丁", 9)];
    expect(mostMentioned(people, 3).map((p) => p.name)).toEqual(["丁", "乙", "丙"]);
  });
});
