import { describe, expect, it } from "vitest";
import { publicationTitleStart } from "./publication-title";
import { titlesBefore } from "./title-phrase";

const chars = (s: string) => Array.from(s);
const PLACES = new Set(["埃及", "韩国"]);

describe("publication title", () => {
  it("takes the publication in 《》 and the place before it", () => {
    expect(publicationTitleStart(chars("——埃及《白沙报》总编辑"), 9, 12, PLACES)).toBe(2);
    expect(publicationTitleStart(chars("，东岭《白沙报》总编辑"), 8, 11, PLACES)).toBe(1);
    expect(publicationTitleStart(chars("《白沙报》总编辑"), 5, 8, PLACES)).toBe(0);
    expect(publicationTitleStart(chars("白沙报总编辑"), 3, 6, PLACES)).toBeNull();
    expect(publicationTitleStart(chars("《》总编辑"), 2, 5, PLACES)).toBeNull();
  });

  it("gives the whole title as printed", () => {
    expect(titlesBefore(chars("——韩国《白沙经济新闻》市场营销局局长方立新"), 19, PLACES)).toEqual([
      "韩国《白沙经济新闻》市场营销局局长",
    ]);
    expect(titlesBefore(chars("据埃及《白沙报》国际版主编方立新说"), 13, PLACES)).toEqual(["埃及《白沙报》国际版主编"]);
  });
});
