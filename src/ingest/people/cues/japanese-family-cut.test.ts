import { describe, expect, it } from "vitest";
import { taggedWith } from "../test-helpers.test-helper";
import { cutFamilyStart, mendJapaneseFamilyCuts } from "./japanese-family-cut";

const none = () => false;
const startOf = (text: string, piece: string, isKnown: (w: string) => boolean = none) => {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(piece))).length;
  return cutFamilyStart(chars, start, start + Array.from(piece).length, isKnown);
};

describe("a Japanese name cut inside its family name", () => {
  it("starts one character earlier, where a title or punctuation opens the name's slot", () => {
    expect(startOf("协会的会长菊泽和之说", "泽和之")).toBe(5);
    expect(startOf("，菊泽和之说", "泽和之")).toBe(1);
  });

  it("is no cut where the piece itself starts a slot, or a function character stands before it", () => {
    expect(startOf("协会的会长泽和之说", "泽和之")).toBeNull();
    expect(startOf("会长在韩立民陪同下", "韩立民")).toBeNull();
  });

  it("is no cut where the family name would be a known word, or the piece is not three characters", () => {
    expect(startOf("协会的会长菊泽和之说", "泽和之", (w) => w === "菊泽")).toBeNull();
    expect(startOf("协会的会长菊泽和说", "泽和")).toBeNull();
  });

  it("gives the tagger's piece its whole name unless the tagger rules it out", () => {
    const t = taggedWith("协会的会长菊泽和之说", ["泽和之"]);
    mendJapaneseFamilyCuts(t, none);
    expect(t.mentions.map((m) => m.name)).toEqual(["菊泽和之"]);
    const unlikely = taggedWith("协会的会长菊泽和之说", ["泽和之"], 0, (s) => (s === "菊泽和之" ? 0.0001 : 1));
    mendJapaneseFamilyCuts(unlikely, none);
    expect(unlikely.mentions.map((m) => m.name)).toEqual(["泽和之"]);
  });
});
