import { describe, expect, it } from "vitest";
import { tenureTitleStart, tenureTitlesBefore } from "./tenure-title";
import { titlesBefore } from "./title-phrase";

/** The title read with its dating word when the parser's title is `cut` (a suffix of `text`); null when not. */
const read = (text: string, cut: string) => {
  const chars = Array.from(text);
  const start = tenureTitleStart(chars, chars.length - Array.from(cut).length);
  return start === null ? null : chars.slice(start).join("");
};

describe("a post dated by 时任", () => {
  it("takes the dating word that opens the clause or follows a function character", () => {
    expect(read("2006年，时任南岭国总统", "南岭国总统")).toBe("时任南岭国总统");
    expect(read("时任南岭国总统", "南岭国总统")).toBe("时任南岭国总统");
    expect(read("和时任县长", "县长")).toBe("时任县长");
    expect(read("还有时任县长", "县长")).toBe("时任县长");
  });

  it("takes 现任 (now) as it takes 时任", () => {
    expect(read("，现任南岭国总统", "南岭国总统")).toBe("现任南岭国总统");
    expect(read("表现任县长", "县长")).toBeNull();
  });

  it("leaves a title without it, and the word inside another word", () => {
    expect(read("，南岭国总统", "南岭国总统")).toBeNull();
    expect(read("当时任县长", "县长")).toBeNull();
  });

  it("is read by the title reader in front of a title that starts at a place", () => {
    const places = new Set(["南岭国"]);
    const chars = Array.from("12月，时任南岭国总统林大同宣布");
    expect(titlesBefore(chars, chars.indexOf("林"), places)).toEqual(["时任南岭国总统"]);
  });
});

describe("a dated post joined to the name by 的", () => {
  const titlesOf = (text: string, name: string) => {
    const chars = Array.from(text);
    return tenureTitlesBefore(chars, text.indexOf(name), (end) => titlesBefore(chars, end));
  };

  it("gives the dated titles to the name after 的", () => {
    expect(titlesOf("当时，时任县公安局副局长的王大明赶到现场", "王大明")).toEqual(["时任县公安局副局长"]);
  });

  it("gives nothing without the dating word, or without 的", () => {
    expect(titlesOf("当时，县公安局副局长的王大明赶到现场", "王大明")).toEqual([]);
    expect(titlesOf("当时，时任县公安局副局长王大明赶到现场", "王大明")).toEqual([]);
  });
});
