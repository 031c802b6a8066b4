import { describe, expect, it } from "vitest";
import type { Mention, TaggedText } from "./mentions";
import { trimGluedNames } from "./glued-names";

const tagged = (text: string, names: string[]): TaggedText => {
  const chars = Array.from(text);
  const mentions: Mention[] = [];
  let from = 0;
  for (const name of names) {
    const start = Array.from(text.slice(0, text.indexOf(name, from))).length;
    from = text.indexOf(name, from) + name.length;
    mentions.push({ text: 0, start, end: start + Array.from(name).length, name, source: "tagger" });
  }
  return { chars, scorer: { spanProbability: () => 1 }, mentions };
};

describe("names glued to the next character", () => {
  it("cuts a mention back to the name the article finds elsewhere followed by something else", () => {
    const texts = [tagged("站长林禾站在田边。", ["林禾站"]), tagged("林禾说，今年收成好。", ["林禾"])];
    trimGluedNames(texts, (w) => w === "正在");
    expect(texts.flatMap((t) => t.mentions.map((m) => m.name))).toEqual(["林禾", "林禾"]);
  });

  it("keeps the longer name where the shorter one is only ever followed by its last character", () => {
    const texts = [tagged("林禾平说，今年收成好。", ["林禾平"]), tagged("林禾平笑了。", ["林禾"])];
    trimGluedNames(texts, (w) => w === "正在");
    expect(texts[0]!.mentions.map((m) => m.name)).toEqual(["林禾平"]);
  });
});

describe("names that are no glue", () => {
  it("keeps names closed by a list's marks, whose first characters another name shares", () => {
    const texts = [tagged("林禾平、林禾安（女）、林禾来了。", ["林禾平", "林禾安", "林禾"])];
    trimGluedNames(texts, () => false);
    expect(texts[0]!.mentions.map((m) => m.name)).toEqual(["林禾平", "林禾安", "林禾"]);
  });

  it("keeps a foreign name whose short form the article uses, unless a word was glued on", () => {
    const texts = [
      tagged("羽田孜说，克莱克正在开会。", ["羽田孜", "克莱克正"]),
      tagged("羽田和克莱克都来了。", ["羽田", "克莱克"]),
    ];
    trimGluedNames(texts, (w) => w === "正在");
    expect(texts[0]!.mentions.map((m) => m.name)).toEqual(["羽田孜", "克莱克"]);
  });

  it("keeps a dotted name and a four-character name whose first half the article also finds", () => {
    const texts = [
      tagged("安娜·林说，扎西央金笑了。", ["安娜·林", "扎西央金"]),
      tagged("安娜·林和扎西来了。", ["安娜", "扎西"]),
    ];
    trimGluedNames(texts, (w) => w === "正在");
    expect(texts[0]!.mentions.map((m) => m.name)).toEqual(["安娜·林", "扎西央金"]);
  });
});
