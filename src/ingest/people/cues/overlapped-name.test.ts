import { describe, expect, it } from "vitest";
import { overlapsOtherName, overlapsOtherNameOf } from "./overlapped-name";

const at = (text: string, name: string, others: string[]) => {
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return overlapsOtherName(Array.from(text), start, start + Array.from(name).length, others);
};

describe("a mention across the end of another name", () => {
  it("starts inside the other name printed there and runs past it", () => {
    expect(at("4月，韦德王刚来到八好村", "王刚", ["韦德王"])).toBe(true);
  });

  it("is not a name beside another, one that starts with it, or one inside it", () => {
    expect(at("韦德王、王刚来到八好村", "王刚", ["韦德王"])).toBe(false);
    expect(at("韦德王刚来到八好村", "韦德王刚", ["韦德王"])).toBe(false);
    expect(at("韦德王刚来到八好村", "德王", ["韦德王"])).toBe(false);
    expect(at("王刚来到八好村", "王刚", ["韦德王"])).toBe(false);
  });
});

describe("the article's names split once", () => {
  it("answers as the other names given one by one, the mention's own name left out", () => {
    const text = Array.from("4月，韦德王刚来到八好村，王刚和韦德王、德王刚说");
    const names = ["韦德王", "王刚", "德王", "韦德王刚", "八好", "刚来"];
    const split = names.map((name) => ({ name, chars: Array.from(name) }));
    for (let start = 0; start < text.length; start++)
      for (let end = start + 1; end <= Math.min(text.length, start + 5); end++)
        for (const own of names)
          expect(overlapsOtherNameOf(text, start, end, split, own)).toBe(
            overlapsOtherName(
              text,
              start,
              end,
              names.filter((n) => n !== own),
            ),
          );
  });
});
