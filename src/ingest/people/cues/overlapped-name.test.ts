import { describe, expect, it } from "vitest";
import { overlapsOtherName, overlapsOtherNameOf } from "./overlapped-name";

const at = (text: string, name: string, others: string[]) => {
  const start = Array.from(text.slice(0, text.indexOf(name))).length;
  return overlapsOtherName(Array.from(text), start, start + Array.from(name).length, others);
};

describe("a mention across the end of another name", () => {
  it("starts inside the other name printed there and runs past it", () => {
    expect(at("4月，程立田川来到石桥村", "田川", ["程立田"])).toBe(true);
  });

  it("is not a name beside another, one that starts with it, or one inside it", () => {
    expect(at("程立田、田川来到石桥村", "田川", ["程立田"])).toBe(false);
    expect(at("程立田川来到石桥村", "程立田川", ["程立田"])).toBe(false);
    expect(at("程立田川来到石桥村", "立田", ["程立田"])).toBe(false);
    expect(at("田川来到石桥村", "田川", ["程立田"])).toBe(false);
  });
});

describe("the article's names split once", () => {
  it("answers as the other names given one by one, the mention's own name left out", () => {
    const text = Array.from("4月，程立田川来到石桥村，田川和程立田、立田川说");
    const names = ["程立田", "田川", "立田", "程立田川", "石桥", "川来"];
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
