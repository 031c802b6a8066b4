import { describe, expect, it } from "vitest";
import { EMPTY_LEXICONS } from "../tagger/lexicons";
import { dropUnsupportedNames } from "../support";
import { taggedWith } from "../test-helpers.test-helper";
import { appointeeSlotAt } from "./appointee-slot";

describe("an appointee between its verb and 为", () => {
  it("is the slot of 任命…为", () => {
    expect(appointeeSlotAt(Array.from("任命柯远山为驻南岭国大使"), 2, 5)).toBe(true);
  });

  it("is no slot without 为 after it or the verb before it", () => {
    expect(appointeeSlotAt(Array.from("任命柯远山的决定"), 2, 5)).toBe(false);
    expect(appointeeSlotAt(Array.from("认为柯远山为人正直"), 2, 5)).toBe(false);
  });

  it("vouches for the tagger's name there (support)", () => {
    const t = taggedWith("主席任命柯远山为驻南岭国大使。", ["柯远山"], 0, () => 0.5);
    dropUnsupportedNames([t], [t], EMPTY_LEXICONS);
    expect(t.mentions.map((m) => m.name)).toEqual(["柯远山"]);
  });
});
