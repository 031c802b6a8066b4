import { describe, expect, it } from "vitest";
import type { Mention } from "../mentions";
import { taggedWith } from "../test-helpers.test-helper";
import { addConjoinedLastItems } from "./conjoined-last-item";

const none = () => false;
const names = (mentions: readonly Mention[]) => mentions.map((m) => m.name);

describe("the last name of a list after 与", () => {
  it("is added where the name before 与 follows another name and a 、, whatever its first character", () => {
    const t = taggedWith("诗人中有甘露明、舒远山与荀默，各有所长。", ["甘露明", "舒远山"]);
    addConjoinedLastItems([t], none);
    expect(names(t.mentions)).toEqual(["甘露明", "舒远山", "荀默"]);
  });

  it("is not added where no name stands before the 、, or the item does not close the list", () => {
    const lone = taggedWith("诗人中有前辈、舒远山与荀默，各有所长。", ["舒远山"]);
    addConjoinedLastItems([lone], none);
    expect(names(lone.mentions)).toEqual(["舒远山"]);
    const open = taggedWith("诗人中有甘露明、舒远山与荀默然同行。", ["甘露明", "舒远山"]);
    addConjoinedLastItems([open], none);
    expect(names(open.mentions)).toEqual(["甘露明", "舒远山"]);
  });

  it("is not added where the item is a known word or the tagger finds it unlikely", () => {
    const word = taggedWith("诗人中有甘露明、舒远山与同伴，各有所长。", ["甘露明", "舒远山"]);
    addConjoinedLastItems([word], (w) => w === "同伴");
    expect(names(word.mentions)).toEqual(["甘露明", "舒远山"]);
    const unlikely = taggedWith("诗人中有甘露明、舒远山与荀默，各有所长。", ["甘露明", "舒远山"], 0, (s) =>
      s === "荀默" ? 0.1 : 1,
    );
    addConjoinedLastItems([unlikely], none);
    expect(names(unlikely.mentions)).toEqual(["甘露明", "舒远山"]);
  });
});
