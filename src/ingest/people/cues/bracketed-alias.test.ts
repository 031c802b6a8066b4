import { describe, expect, it } from "vitest";
import { bracketedAliasStart } from "./bracketed-alias";
import { titlesBefore } from "./title-phrase";

/** The title read with its bracketed organisation when the parser's title is `cut`; null when not. */
const read = (text: string, cut: string) => {
  const chars = Array.from(text);
  const start = bracketedAliasStart(chars, chars.length - Array.from(cut).length, chars.length);
  return start === null ? null : chars.slice(start).join("");
};

describe("an organisation with its other name in brackets", () => {
  it("takes the name and the bracketed name before the post", () => {
    expect(read("。南岭党校（南岭行政学院）教授", "教授")).toBe("南岭党校（南岭行政学院）教授");
    expect(read("在南岭党校（南岭行政学院）教授", "教授")).toBe("南岭党校（南岭行政学院）教授");
  });

  it("leaves a note, a person, a bracket after punctuation and a short name", () => {
    expect(read("。南岭党校（左二）教授", "教授")).toBeNull();
    expect(read("。南岭党校（陈明远）教授", "教授")).toBeNull();
    expect(read("。（南岭行政学院）教授", "教授")).toBeNull();
    expect(read("。校（南岭行政学院）教授", "教授")).toBeNull();
    expect(read("。南岭党校教授", "教授")).toBeNull();
  });

  it("reads the titles before a name with it", () => {
    const chars = Array.from("。南岭党校（南岭行政学院）教授林思远表示");
    expect(titlesBefore(chars, chars.indexOf("林"))).toEqual(["南岭党校（南岭行政学院）教授"]);
  });
});
