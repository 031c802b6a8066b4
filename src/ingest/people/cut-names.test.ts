import { describe, expect, it } from "vitest";
import { extendCutNames } from "./cut-names";
import { taggedWith } from "./test-helpers.test-helper";

const names = (texts: ReturnType<typeof taggedWith>[]) => texts.map((t) => t.mentions.map((m) => m.name));

describe("names cut short", () => {
  it("gives a cut mention the longer name the article tagged elsewhere, where the text reads it", () => {
    const texts = [taggedWith("柯远山（附图片）", ["柯远"]), taggedWith("今年春天，柯远山回到村里。", ["柯远山"], 1)];
    extendCutNames(texts);
    expect(names(texts)).toEqual([["柯远山"], ["柯远山"]]);
    expect(texts[0]!.mentions[0]).toMatchObject({ start: 0, end: 3 });
  });

  it("leaves a shorter name where the text does not read the longer one (two people)", () => {
    const texts = [taggedWith("柯远来了。", ["柯远"]), taggedWith("柯远山也来了。", ["柯远山"], 1)];
    extendCutNames(texts);
    expect(names(texts)).toEqual([["柯远"], ["柯远山"]]);
  });

  it("takes the longer name over a neighbour the article writes only run on from it (柯远山|刚来到)", () => {
    const texts = [
      taggedWith("去年，柯远山刚来到村里。", ["柯远", "山刚"]),
      taggedWith("柯远山说。柯远山笑了。", ["柯远山", "柯远山"], 1),
    ];
    extendCutNames(texts);
    expect(names(texts)).toEqual([["柯远山"], ["柯远山", "柯远山"]]);
  });

  it("keeps a neighbour the article writes on its own elsewhere (someone else)", () => {
    const texts = [
      taggedWith("去年，柯远山刚来到村里。", ["柯远", "山刚"]),
      taggedWith("柯远山说。山刚笑了。", ["柯远山", "山刚"], 1),
    ];
    extendCutNames(texts);
    expect(names(texts)).toEqual([
      ["柯远", "山刚"],
      ["柯远山", "山刚"],
    ]);
  });
});
