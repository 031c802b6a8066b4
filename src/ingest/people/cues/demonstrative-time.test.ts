import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../test-helpers.test-helper";
import { isDemonstrativeTime } from "./demonstrative-time";

describe("那 and a measure of time", () => {
  it("is an adverbial, not a name", () => {
    expect(isDemonstrativeTime("那次")).toBe(true);
    expect(isDemonstrativeTime("那年")).toBe(true);
    // longer names of the surname, and other two-character names
    expect(isDemonstrativeTime("那次仁")).toBe(false);
    expect(isDemonstrativeTime("那英")).toBe(false);
    expect(isDemonstrativeTime("张次")).toBe(false);
  });

  it("is no person after a title", () => {
    const people = extractPeople(plainArticle("老街换新颜", ["“局长那次专门问到了取暖的事。”居民何春梅说。"])).map(
      (p) => p.name,
    );
    expect(people).not.toContain("那次");
    expect(people).toContain("何春梅");
  });
});
